#!/usr/bin/env bash
# One change against a baseline revision, in the same run: builds compare
# at REV and at the working tree, runs each command of the suite below with
# both binaries in turn (old, new, old, new, ... so that a noisy shared
# machine slows both alike), prints the median wall time and peak RSS of
# each and the new/old ratios, and checks that both wrote the same bytes
# on stdout (a restructuring must not change a result).
#
#   bench/versus.sh REV [DATA_DIR]     (default ../shared/data; RUNS=3)
#
# ONLY=REGEX runs the entries whose label matches it.
# Exits 1 when an output differs, or when a median is more than LIMIT
# (default 1.10) times the baseline's.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: bench/versus.sh REV [DATA_DIR]}
data=${2:-${COMPARE_DATA:-../shared/data}}
runs=${RUNS:-3}
limit=${LIMIT:-1.10}
. bench/lib.sh
bench_need "$data/allsides.jsonl.gz" "$data/basil-dev.jsonl" "$data/basil-dev.gold.csv" "$data/ruwa.jsonl"
bench_build
git worktree add -q --detach "$tmp/base" "$rev"
trap 'git worktree remove --force "$tmp/base"; rm -rf "$tmp"' EXIT
(cd "$tmp/base" && go build -o "$tmp/compare-old" ./cmd/compare)
mv "$tmp/compare" "$tmp/compare-new"

a=$(sed -n 2p "$data/basil-dev.gold.csv" | cut -d, -f1)
b=$(sed -n 3p "$data/basil-dev.gold.csv" | cut -d, -f1)
# label|arguments (BIN is replaced by the binary under test)
suite=(
	"inspect AllSides|BIN inspect --quiet --format json $data/allsides.jsonl.gz"
	"dedup AllSides|BIN dedup --quiet --format json $data/allsides.jsonl.gz"
	"events AllSides|BIN events --quiet --format json $data/allsides.jsonl.gz"
	"framing AllSides|BIN framing --quiet --format json $data/allsides.jsonl.gz"
	"framing RUWA, no lexicon|BIN framing --quiet --lexicon none --format json $data/ruwa.jsonl"
	"eval events BASIL|BIN eval events --quiet --format json --gold $data/basil-dev.gold.csv $data/basil-dev.jsonl"
	"diff BASIL pair|BIN diff --quiet --format json --in $data/basil-dev.jsonl $a $b"
)
echo "baseline $(git rev-parse --short "$rev") against the working tree; $(nproc) cores; $runs runs each, alternating"
status=0
for entry in "${suite[@]}"; do
	label=${entry%%|*}
	cmd=${entry#*|}
	[[ $label =~ ${ONLY:-.} ]] || continue
	declare -a wo=() wn=() ro=() rn=()
	for ((r = 0; r < runs; r++)); do
		for side in old new; do
			line=$("$tmp/measure" -n 1 -label "$side" -sh "${cmd//BIN/$tmp/compare-$side} > $tmp/out-$side")
			if [ $side = old ]; then wo+=("$(bench_wall "$line")"); ro+=("$(bench_rss "$line")"); else wn+=("$(bench_wall "$line")"); rn+=("$(bench_rss "$line")"); fi
		done
	done
	same=identical
	cmp -s "$tmp/out-old" "$tmp/out-new" || { same="OUTPUT DIFFERS"; status=1; }
	awk -v label="$label" -v limit="$limit" -v same="$same" \
		-v wo="${wo[*]}" -v wn="${wn[*]}" -v ro="${ro[*]}" -v rn="${rn[*]}" '
	function median(s,   a, n, i, j, t) {
		n = split(s, a, " ")
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	BEGIN {
		mwo = median(wo); mwn = median(wn); mro = median(ro); mrn = median(rn)
		ok = (mwn <= mwo * limit && mrn <= mro * limit)
		printf "%-26s wall %6.2fs -> %6.2fs (x%.2f)  peak RSS %6.0f -> %6.0f MiB (x%.2f)  output %s%s\n",
			label, mwo, mwn, mwn / mwo, mro, mrn, mrn / mro, same, ok ? "" : "  OVER LIMIT"
		exit !ok
	}' || status=1
done
exit $status
