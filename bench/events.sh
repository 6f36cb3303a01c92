#!/usr/bin/env bash
# Event grouping with `compare events`: wall time, peak RSS and articles/s on
# the first 10,000 and 20,000 articles of the AllSides corpus and on all of it
# (37,554), as medians of RUNS runs, with the growth ratios between sizes; then
# a check of the JSON contract of the full-corpus output (every loaded article
# in exactly one event), and the quality figures of `compare eval events
# --sweep` on BASIL dev and RUWA.
#
#   bench/events.sh [DATA_DIR]     (default ../shared/data; RUNS=3)
#
# Targets: the full corpus under 20 s and 2 GB; B-cubed F1 >= 0.97 on BASIL
# dev at the default threshold. Exits 1 when a target is missed or the
# contract check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-3}
gz="$data/allsides.jsonl.gz"
. bench/lib.sh
bench_need "$gz" "$data/basil-dev.jsonl" "$data/basil-dev.gold.csv" "$data/ruwa.jsonl" "$data/ruwa.gold.csv"
bench_build
n=$(zcat "$gz" | wc -l)
sizes=(10000 20000 "$n")
for k in 10000 20000; do
	head -n "$k" < <(zcat "$gz") | gzip -1 >"$tmp/allsides-$k.jsonl.gz" # not zcat | head: SIGPIPE under pipefail
done
ln -s "$(realpath "$gz")" "$tmp/allsides-$n.jsonl.gz"
echo "AllSides: $n articles, subsets of the first 10000 and 20000; $(nproc) cores; $runs run(s) each"

declare -A wall rss
for k in "${sizes[@]}"; do
	line=$("$tmp/measure" -n "$runs" -label "compare events $k" -items "$k" \
		-sh "'$tmp/compare' events --quiet --format json '$tmp/allsides-$k.jsonl.gz' > '$tmp/events-$k.json'")
	echo "$line"
	wall[$k]=$(bench_wall "$line")
	rss[$k]=$(bench_rss "$line")
done

prev=
for k in "${sizes[@]}"; do
	if [ -n "$prev" ]; then
		bench_growth "$prev" "$k" "${wall[$prev]}" "${wall[$k]}" "${rss[$prev]}" "${rss[$k]}"
	fi
	prev=$k
done
status=0
bench_target " at $n" "${wall[$n]}" "${rss[$n]}" 20 2048 || status=1

# The contract: the ids in the events are exactly the ids `compare inspect`
# loads from the same file, each once, and there are as many as input lines.
echo "contract check of the full-corpus output (every loaded article in exactly one event):"
"$tmp/compare" inspect --quiet --format json "$gz" >"$tmp/inspect.json"
python3 - "$tmp/events-$n.json" "$tmp/inspect.json" "$n" <<'EOF' | sed 's/^/  /' || status=1
import collections, json, sys

events = json.load(open(sys.argv[1]))
loaded = [a["id"] for a in json.load(open(sys.argv[2]))["articles"]]
lines = int(sys.argv[3])
ids = [a for e in events["events"] for a in e["articles"]]
counts = collections.Counter(ids)
dups = [a for a, c in counts.items() if c > 1]
missing = set(loaded) - set(counts)
extra = set(counts) - set(loaded)
sizes = [len(e["articles"]) for e in events["events"]]
print(f"schema {events.get('schema')}; {len(events['events'])} events, "
      f"{sum(s > 1 for s in sizes)} with more than one article, largest {max(sizes, default=0)}; "
      f"{len(events.get('diagnostics') or [])} diagnostics")
print(f"article ids in events {len(ids)}, distinct {len(counts)}; loaded {len(loaded)}; input lines {lines}")
ok = True
for what, bad in (("in more than one event", dups), ("loaded but in no event", missing), ("in an event but not loaded", extra)):
    if bad:
        ok = False
        print(f"{len(bad)} article(s) {what}, e.g. {sorted(bad)[:3]}")
if not (len(ids) == len(loaded) == lines):
    ok = False
    print("counts differ")
if len(set(loaded)) != len(loaded):
    ok = False
    print(f"{len(loaded) - len(set(loaded))} duplicate id(s) among the loaded articles")
print("contract: " + ("ok" if ok else "FAILED"))
sys.exit(0 if ok else 1)
EOF

echo
echo "BASIL dev (target: B-cubed F1 >= 0.97 at the default threshold)"
"$tmp/compare" eval events --sweep --quiet --gold "$data/basil-dev.gold.csv" "$data/basil-dev.jsonl"
"$tmp/compare" eval events --quiet --format json --gold "$data/basil-dev.gold.csv" "$data/basil-dev.jsonl" >"$tmp/basil.json"
python3 - "$tmp/basil.json" <<'EOF' || status=1
import json, sys

ev = json.load(open(sys.argv[1]))["eval"]
f1 = ev["scores"]["bcubed_f1"]
ok = f1 >= 0.97
print(f"BASIL B-cubed F1 at the default threshold: {f1:.4f} (target 0.97): {'met' if ok else 'MISSED'}")
sys.exit(0 if ok else 1)
EOF

echo
echo "RUWA (headlines; no target)"
"$tmp/compare" eval events --sweep --quiet --gold "$data/ruwa.gold.csv" "$data/ruwa.jsonl"
exit $status
