#!/usr/bin/env bash
# Duplicate detection on the AllSides corpus with `compare dedup`: wall time,
# peak RSS and articles/s, as medians of RUNS runs, beside the time of
# `zcat | wc -w` measured in the same run; then the recall and precision of
# one of those outputs against the exact reference (bench/exactpairs: every
# pair of Jaccard >= 0.9 by an exact similarity join).
#
#   bench/dedup.sh [DATA_DIR]     (default ../shared/data; RUNS=5)
#
# Targets: under 4 s and 1 GB; recall 1 at J >= 0.9 and near-edge precision
# >= 0.99. Exits 1 when the reference check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-5}
gz="$data/allsides.jsonl.gz"
. bench/lib.sh
bench_need "$gz"
bench_build bench/exactpairs
raw=$(zcat "$gz" | wc -c)
n=$(zcat "$gz" | wc -l)
echo "AllSides: $n articles, $(stat -c %s "$gz") bytes gzip, $raw bytes of JSONL; $(nproc) cores; $runs runs each"

# target LINE MAX_SECONDS MAX_MIB: says whether a measure line meets a target.
target() {
	awk -v s="$2" -v m="$3" '{
		for (i = 1; i < NF; i++) {
			if ($i == "wall" && $(i+1) == "median") { w = $(i+2); sub(/s$/, "", w) }
			if ($i == "RSS" && $(i+1) == "median") r = $(i+2)
		}
		printf "  target: under %ss and %s MiB: %s\n", s, m, (w + 0 < s + 0 && r + 0 < m + 0) ? "met" : "MISSED"
	}' <<<"$1"
}

"$tmp/measure" -n "$runs" -label "zcat | wc -w (baseline)" -bytes "$raw" -items "$n" -sh "zcat '$gz' | wc -w"
line=$("$tmp/measure" -n "$runs" -label "compare dedup (json)" -bytes "$raw" -items "$n" \
	-sh "'$tmp/compare' dedup --quiet --format json '$gz' > '$tmp/dedup.json'")
echo "$line"
target "$line" 4 1024

echo "reference check of the last output (bench/exactpairs):"
status=0
"$tmp/exactpairs" -t 0.9 -dedup "$tmp/dedup.json" "$gz" | sed 's/^/  /' || status=1
exit $status
