#!/usr/bin/env bash
# Framing (`compare framing`): wall time, peak RSS and articles/s on all
# AllSides articles (medians of RUNS runs), then the RUWA checks of
# discovery without a lexicon: the discovered variants with their outlets,
# and rt.com's distinctive terms.
#
#   bench/framing.sh [DATA_DIR]     (default ../shared/data; RUNS=3)
#
# Target on 2 cores: AllSides under 30 s and 2 GB. Exits 1 when missed.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-3}
. bench/lib.sh
bench_need "$data/allsides.jsonl.gz" "$data/ruwa.jsonl"
bench_build
echo "$(nproc) cores; $runs run(s)"
line=$("$tmp/measure" -n "$runs" -label "compare framing AllSides" -items 37554 \
	-sh "'$tmp/compare' framing --quiet --format json '$data/allsides.jsonl.gz' > '$tmp/allsides.json'")
echo "$line"
status=0
bench_target "" "$(bench_wall "$line")" "$(bench_rss "$line")" 30 2048 || status=1

"$tmp/measure" -n 1 -label "compare framing RUWA --lexicon none" -items 16351 \
	-sh "'$tmp/compare' framing --quiet --lexicon none --format json '$data/ruwa.jsonl' > '$tmp/ruwa.json'"
python3 - "$tmp/ruwa.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
disc = [v for v in d["variants"] if v["source"] == "discovered"]
print(f"RUWA, no lexicon: {len(disc)} discovered variant groups; the first 12:")
def show(v):
    sides = []
    for t in v["terms"]:
        top = sorted(t["outlets"].items(), key=lambda kv: -kv[1])[:4]
        sides.append(f'{t["term"]} [' + ", ".join(f"{o} {n}" for o, n in top) + "]")
    print("  " + "  vs  ".join(sides))
for v in disc[:12]:
    show(v)
print("the Kiev/Kyiv and Donbass/Donbas groups:")
for v in disc:
    if any(t["term"] in ("Kiev", "Donbass") for t in v["terms"]):
        show(v)
for o in d["distinctive"]:
    if o["outlet"] == "rt.com":
        print("rt.com distinctive terms:", ", ".join(f'{t["term"]} ({t["z"]:.1f})' for t in o["terms"][:15]))
PY
exit $status
