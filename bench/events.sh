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
for f in "$gz" "$data/basil-dev.jsonl" "$data/basil-dev.gold.csv" "$data/ruwa.jsonl" "$data/ruwa.gold.csv"; do
	[ -f "$f" ] || { echo "bench: $f not found (give the data directory)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/compare" ./cmd/compare
go build -o "$tmp/measure" ./bench/measure
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
	wall[$k]=$(sed -E 's/.*wall median +([0-9.]+)s.*/\1/' <<<"$line")
	rss[$k]=$(sed -E 's/.*peak RSS median +([0-9.]+) MiB.*/\1/' <<<"$line")
done

prev=
for k in "${sizes[@]}"; do
	if [ -n "$prev" ]; then
		awk -v a="$prev" -v b="$k" -v wa="${wall[$prev]}" -v wb="${wall[$k]}" -v ra="${rss[$prev]}" -v rb="${rss[$k]}" \
			'BEGIN { printf "growth %s -> %s articles (x%.2f): wall x%.2f, peak RSS x%.2f\n", a, b, b / a, wb / wa, rb / ra }'
	fi
	prev=$k
done
status=0
awk -v n="$n" -v w="${wall[$n]}" -v r="${rss[$n]}" \
	'BEGIN { printf "target at %s: under 20s and 2048 MiB: %s (%.1fs, %.0f MiB)\n", n, (w < 20 && r < 2048) ? "met" : "MISSED", w, r
		exit !(w < 20 && r < 2048) }' || status=1

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
