#!/usr/bin/env bash
# The whole dump's report (`compare report`) of all AllSides articles, to
# JSON and to HTML: wall time, peak RSS and articles/s (medians of RUNS
# runs), beside the baseline measured in the same run: `compare events`,
# `compare framing` and `compare dedup` run one after the other, each with
# its own load (their walls added, the largest of their peaks). A report
# loads once and groups once for all its parts, so it should cost less
# than the three.
#
#   bench/report.sh [DATA_DIR]     (default ../shared/data; RUNS=3)
#
# Target on 2 cores: each report under 35 s and 2.5 GB. Exits 1 when missed.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-3}
. bench/lib.sh
in=$data/allsides.jsonl.gz
bench_need "$in"
bench_build
n=37554
echo "$(nproc) cores; $runs run(s); $n articles"

base_wall=0
base_rss=0
for cmd in events framing dedup; do
	line=$("$tmp/measure" -n "$runs" -label "compare $cmd" -items $n \
		-sh "'$tmp/compare' $cmd --quiet --format json '$in' > '$tmp/$cmd.json'")
	echo "$line"
	base_wall=$(awk -v a="$base_wall" -v b="$(bench_wall "$line")" 'BEGIN { print a + b }')
	base_rss=$(awk -v a="$base_rss" -v b="$(bench_rss "$line")" 'BEGIN { print (b > a ? b : a) }')
done
printf 'baseline: events + framing + dedup, %.1fs wall (sum of medians), %.0f MiB peak (largest)\n' "$base_wall" "$base_rss"

status=0
for ext in json html; do
	line=$("$tmp/measure" -n "$runs" -label "compare report -o report.$ext" -items $n \
		-sh "'$tmp/compare' report --quiet -o '$tmp/report.$ext' '$in'")
	echo "$line"
	w=$(bench_wall "$line")
	awk -v w="$w" -v b="$base_wall" -v s="$(stat -c %s "$tmp/report.$ext")" \
		'BEGIN { printf "report.%s: %.1f MB; wall %.2f of the baseline'"'"'s\n", "'"$ext"'", s / 1e6, w / b }'
	bench_target " ($ext)" "$w" "$(bench_rss "$line")" 35 2560 || status=1
done
exit $status
