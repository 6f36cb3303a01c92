#!/usr/bin/env bash
# How `compare dedup` scales: wall time and peak RSS on generated dumps of
# 250k, 500k and 1M articles with planted syndicated copies (bench/gendump,
# one pass, the smaller dumps prefixes of the larger), the growth ratios
# between sizes, then recall and precision of each output against the
# planted pairs (gendump -check).
#
#   bench/scale.sh [DATA_DIR]     (default ../shared/data; SEED=1, RUNS=1, SIZES="250000 500000 1000000")
#
# The dumps are generated once and cached under bench/out/ (git-ignored),
# keyed by the generator's source and the seed; remove them to regenerate.
# Targets: 1M under 2 minutes and 4 GB; recall and precision >= 0.99.
# Exits 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
seed=${SEED:-1}
runs=${RUNS:-1}
read -r -a sizes <<<"${SIZES:-250000 500000 1000000}"
src="$data/allsides.jsonl.gz"
. bench/lib.sh
bench_need "$src"
bench_build bench/gendump

mkdir -p bench/out
key=$(cat bench/gendump/*.go | sha256sum | cut -c1-10)
stem="bench/out/gen-$key-s$seed"
missing=0
for n in "${sizes[@]}"; do
	[ -s "$stem-$n.jsonl.gz" ] && [ -s "$stem-$n.truth.csv" ] || missing=1
done
if [ $missing = 1 ]; then
	echo "generating $(IFS=,; echo "${sizes[*]}") articles (seed $seed) into $stem-*"
	"$tmp/gendump" -src "$src" -seed "$seed" -n "$(IFS=,; echo "${sizes[*]}")" \
		-out "$stem-{n}.jsonl.gz" -truth "$stem-{n}.truth.csv" | sed 's/^/  /'
fi
echo "$(nproc) cores; $runs run(s) each"

declare -A wall rss
for n in "${sizes[@]}"; do
	dump="$stem-$n.jsonl.gz"
	line=$("$tmp/measure" -n "$runs" -label "compare dedup $n" -items "$n" \
		-sh "'$tmp/compare' dedup --quiet --format json '$dump' > '$tmp/dedup-$n.json'")
	echo "$line"
	wall[$n]=$(bench_wall "$line")
	rss[$n]=$(bench_rss "$line")
done

prev=
for n in "${sizes[@]}"; do
	if [ -n "$prev" ]; then
		bench_growth "$prev" "$n" "${wall[$prev]}" "${wall[$n]}" "${rss[$prev]}" "${rss[$n]}"
	fi
	prev=$n
done
last=${sizes[${#sizes[@]}-1]}
bench_target " at $last" "${wall[$last]}" "${rss[$last]}" 120 4096 || true # the checks below decide the exit

status=0
for n in "${sizes[@]}"; do
	echo "check of $n (planted pairs; target recall and precision >= 0.99):"
	"$tmp/gendump" -check -truth "$stem-$n.truth.csv" -dedup "$tmp/dedup-$n.json" | sed 's/^/  /' || status=1
done
exit $status
