#!/usr/bin/env bash
# Word diffs and alignment (`compare diff`, package align): the time for
# all 150 pairwise diffs of BASIL dev's events (each event told by NYT,
# Fox News and HuffPost) and for one pair of 5,000-word articles made of
# BASIL texts, medians of RUNS runs (bench/diffbench), then one `compare
# diff` process on a BASIL pair, end to end, with its peak RSS.
#
#   bench/diff.sh [DATA_DIR]     (default ../shared/data; RUNS=5)
#
# Targets on 2 cores: the 150 pairs under 1 s, the long pair under 50 ms.
# Exits 1 when one is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-5}
. bench/lib.sh
bench_need "$data/basil-dev.jsonl" "$data/basil-dev.gold.csv"
bench_build bench/diffbench
echo "$(nproc) cores"
status=0
"$tmp/diffbench" -data "$data" -runs "$runs" || status=$?
a=$(sed -n 2p "$data/basil-dev.gold.csv" | cut -d, -f1)
b=$(sed -n 3p "$data/basil-dev.gold.csv" | cut -d, -f1)
"$tmp/measure" -n "$runs" -label "compare diff (one BASIL pair, process)" \
	-sh "'$tmp/compare' diff --quiet --format json --in '$data/basil-dev.jsonl' '$a' '$b' > /dev/null"
exit $status
