# Shared by the bench scripts: source it from the module root.

# bench_need FILE...: exit 2 unless every file exists.
bench_need() {
	for f; do
		[ -f "$f" ] || { echo "bench: $f not found (give the data directory)" >&2; exit 2; }
	done
}

# bench_build [PKG...]: a temporary directory $tmp, removed on exit, with
# compare, measure and each bench command PKG (e.g. bench/gendump) built in it.
bench_build() {
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	go build -o "$tmp/compare" ./cmd/compare
	go build -o "$tmp/measure" ./bench/measure
	for p; do
		go build -o "$tmp/$(basename "$p")" "./$p"
	done
}

# bench_wall LINE, bench_rss LINE: the medians of a line bench/measure printed.
bench_wall() { sed -E 's/.*wall median +([0-9.]+)s.*/\1/' <<<"$1"; }
bench_rss() { sed -E 's/.*peak RSS median +([0-9.]+) MiB.*/\1/' <<<"$1"; }

# bench_growth A B WALL_A WALL_B RSS_A RSS_B: how time and memory grew from
# A to B articles.
bench_growth() {
	awk -v a="$1" -v b="$2" -v wa="$3" -v wb="$4" -v ra="$5" -v rb="$6" \
		'BEGIN { printf "growth %s -> %s articles (x%.2f): wall x%.2f, peak RSS x%.2f\n", a, b, b / a, wb / wa, rb / ra }'
}

# bench_target WHERE WALL RSS MAX_S MAX_MIB: prints whether the target is
# met and fails when it is not.
bench_target() {
	awk -v at="$1" -v w="$2" -v r="$3" -v mw="$4" -v mr="$5" \
		'BEGIN { ok = (w < mw && r < mr); printf "target%s: under %gs and %g MiB: %s (%.1fs, %.0f MiB)\n", at, mw, mr, ok ? "met" : "MISSED", w, r; exit !ok }'
}
