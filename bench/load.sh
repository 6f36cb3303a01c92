#!/usr/bin/env bash
# Loading, cleaning and tokenising the AllSides scale corpus with
# `compare inspect` (issue 2): wall time, peak RSS and MB/s, as medians of
# RUNS runs, beside the time of `zcat | wc -w` measured in the same run.
#
#   bench/load.sh [DATA_DIR]     (default ../shared/data; RUNS=5)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-5}
gz="$data/allsides.jsonl.gz"
[ -f "$gz" ] || { echo "bench: $gz not found (give the data directory)" >&2; exit 2; }

bin=$(mktemp -d)/compare
go build -o "$bin" ./cmd/compare
raw=$(zcat "$gz" | wc -c)
echo "AllSides: $(ls -l "$gz" | awk '{print $5}') bytes gzip, $raw bytes of JSONL; $(nproc) cores; $runs runs each"
go run ./bench/measure -n "$runs" -label "zcat | wc -w (baseline)" -bytes "$raw" -sh "zcat '$gz' | wc -w"
go run ./bench/measure -n "$runs" -label "compare inspect (json)" -bytes "$raw" -items 37554 -- "$bin" inspect --quiet --format json "$gz"
go run ./bench/measure -n "$runs" -label "compare inspect ruwa" -- "$bin" inspect --quiet --format json "$data/ruwa.jsonl"
