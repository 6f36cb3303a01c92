#!/usr/bin/env bash
# Mutation testing with gremlins (github.com/go-gremlins/gremlins, pinned
# below): each mutant (a flipped comparison, a shifted boundary, a negated
# condition, an arithmetic operator swapped) is compiled into the package and
# its tests are run; a mutant the tests fail on is killed, one they pass
# lived. Prints, per Go package, the kill rate killed / (killed + lived) with
# timed-out, not-covered and not-viable mutants and the equivalent ones
# (bench/mutation-equivalent.txt) reported apart, then the mutants that
# lived, to write tests for.
#
#   bench/mutation.sh [--diff REV] [--exclude REGEXP]... [--workers N] [--timeout-coefficient N] [--save DIR] PKG...
#   bench/mutation.sh --from DIR PKG...
#
#   bench/mutation.sh ./corpus               every mutant of corpus
#   bench/mutation.sh --diff main ./event    only mutants on lines changed since main
#
# --exclude leaves out the files whose path (from PKG) matches REGEXP, to
# measure part of a large package. PKG is a package directory; its sub-packages are included (./framing is
# framing and framing/...), each reported on its own line. --workers is
# gremlins' (default 1: a mutant is a whole go test run, and the machine is
# shared); --timeout-coefficient multiplies the time a test run may take
# over the normal one before the mutant counts as timed out (default 30: at
# 10, half of corpus's mutants timed out on a loaded 2-core machine). --save keeps gremlins' report of each
# package as DIR/PKG.json; --from tallies saved reports again without
# running anything, after equivalents were listed. The gremlins binary is installed once
# into $GREMLINS_BIN (default ~/.cache/compare-gremlins/VERSION).
#
# An equivalent mutant changes no behaviour (a bound no input reaches, a
# tie that cannot happen): list it in bench/mutation-equivalent.txt as
# "PATH:LINE:COLUMN TYPE  why", PATH from the module root, and it counts
# apart instead of as lived. Lines move when code changes: a stale entry
# matches nothing and the mutant counts as lived again, as it should until
# someone looks.
#
# Exits 1 when a package's kill rate is under $MIN_KILL (percent, default
# 0: report only), 2 on a usage or tool error.
set -euo pipefail
cd "$(dirname "$0")/.."

version=v0.6.0
workers=1
coef=30
diff=
save=
from=
exclude=()
while [ $# -gt 0 ]; do
	case $1 in
	--diff) diff=$2; shift 2 ;;
	--diff=*) diff=${1#--diff=}; shift ;;
	--workers) workers=$2; shift 2 ;;
	--save) save=$2; shift 2 ;;
	--exclude) exclude+=(--exclude-files "$2"); shift 2 ;;
	--from) from=$2; shift 2 ;;
	--timeout-coefficient) coef=$2; shift 2 ;;
	-h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	-*) echo "mutation: unknown flag $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "mutation: give at least one package directory, e.g. ./corpus" >&2; exit 2; }
command -v jq >/dev/null || { echo "mutation: jq is needed to read gremlins' report" >&2; exit 2; }

[ -z "$save" ] || mkdir -p "$save"
bin=${GREMLINS_BIN:-${XDG_CACHE_HOME:-$HOME/.cache}/compare-gremlins/$version}
gremlins=$bin/gremlins
if [ -z "$from" ] && [ ! -x "$gremlins" ]; then
	echo "mutation: installing gremlins@$version into $bin" >&2
	mkdir -p "$bin"
	GOBIN=$bin go install "github.com/go-gremlins/gremlins/cmd/gremlins@$version"
fi

# go vet adds a few seconds to each of hundreds of test runs and kills no
# mutant the tests would not: leave it to CI.
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-vet=off"

equiv=bench/mutation-equivalent.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; [ -z "${reaper:-}" ] || kill "$reaper" 2>/dev/null' EXIT
# Keys of the equivalent mutants: "PATH:LINE:COLUMN TYPE".
{ [ -f "$equiv" ] && grep -v '^[[:space:]]*\(#\|$\)' "$equiv" | awk '{ print $1 " " $2 }'; } >"$tmp/equiv" || true

# reap kills, every 10 s, the test binaries of gremlins' work dirs whose
# parent process is not `go` (orphans of timed-out mutants).
reap() {
	while sleep 10; do
		ps -eo pid=,ppid=,args= | while read -r pid ppid cmd _; do
			case $cmd in "${TMPDIR:-/tmp}"/gremlins-*.test) ;; *) continue ;; esac
			[ "$(ps -o comm= -p "$ppid" 2>/dev/null)" = go ] || kill -9 "$pid" 2>/dev/null || true
		done
	done
}

status=0
for pkg; do
	dir=${pkg#./}
	dir=${dir%/}
	dir=${dir%/...}
	[ -d "$dir" ] || { echo "mutation: $pkg is not a package directory" >&2; exit 2; }
	name=${dir//\//_}.json
	start=$(date +%s)
	if [ -n "$from" ]; then
		cp "$from/$name" "$tmp/out.json"
	else
		args=(unleash --workers "$workers" --timeout-coefficient "$coef" --output "$tmp/out.json")
		target=./$dir
		if [ -n "$diff" ]; then
			# gremlins v0.6.0 matches the diff's paths (from the module
			# root) only when run on the root, and reads one range of
			# added lines per hunk: run it on the root with every other
			# package left out, and diff without context lines.
			target=.
			args+=(--diff "$diff")
			for p in $(go list -f '{{.Dir}}' ./...); do
				p=${p#"$PWD"}
				p=${p#/}
				case $p in "$dir" | "$dir"/*) ;; *) args+=(--exclude-files "^${p:+$p/}[^/]*\.go\$") ;; esac
			done
			export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=diff.context GIT_CONFIG_VALUE_0=0
		fi
		args+=("${exclude[@]}")
		# gremlins v0.6.0 kills a timed-out mutant's `go test` but not the
		# test binary it started, which then runs on as an orphan (seen: six
		# similarity.test for 15 minutes, a third of two cores). Reap them
		# while gremlins runs: a test binary of a gremlins work dir whose
		# parent is no longer `go`.
		reap &
		reaper=$!
		if ! "$gremlins" "${args[@]}" "$target" >"$tmp/log" 2>&1; then
			kill "$reaper" 2>/dev/null || true
			cat "$tmp/log" >&2
			echo "mutation: gremlins failed on $dir" >&2
			exit 2
		fi
		kill "$reaper" 2>/dev/null || true
		[ -z "$save" ] || cp "$tmp/out.json" "$save/$name"
	fi
	secs=$(($(date +%s) - start))
	# One line per mutant: STATUS PATH:LINE:COLUMN TYPE, PATH from the module root.
	# gremlins names files from the directory it ran on: PKG, or the root
	# under --diff.
	jq -r --arg dir "$dir" '(.files // [])[] as $f | ($f.mutations // [])[] |
		($f.file_name | if startswith($dir + "/") then . else $dir + "/" + . end) as $path |
		"\(.status | gsub(" "; "_")) \($path):\(.line):\(.column) \(.type)"' "$tmp/out.json" >"$tmp/mutants"
	awk -v eqfile="$tmp/equiv" -v secs="$secs" -v min="${MIN_KILL:-0}" -v what="$dir${diff:+ (lines changed since $diff)}${from:+ (as saved in $from)}" '
		BEGIN { while ((getline line < eqfile) > 0) eq[line] = 1 }
		$1 == "SKIPPED" { next } # outside --diff
		{
			n = split($2, p, ":"); file = p[1]; sub(/\/[^\/]*$/, "", file)
			pkgs[file] = 1
			key = $2 " " $3
			if ($1 == "LIVED" && key in eq) { equiv[file]++; next }
			count[file, $1]++
			if ($1 == "LIVED") lived_list = lived_list "  lived " key "\n"
			if ($1 == "TIMED_OUT") lived_list = lived_list "  timed out " key "\n"
		}
		END {
			printf "mutation testing of %s, %ds:\n", what, secs
			bad = 0
			for (f in pkgs) order[++m] = f
			for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (order[j] < order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
			for (i = 1; i <= m; i++) {
				f = order[i]; k = count[f, "KILLED"] + 0; l = count[f, "LIVED"] + 0
				rate = k + l > 0 ? 100 * k / (k + l) : 100
				printf "%-16s kill rate %5.1f%% = %d/%d (killed / killed+lived); timed out %d, not covered %d, not viable %d, equivalent %d\n",
					f, rate, k, k + l, count[f, "TIMED_OUT"], count[f, "NOT_COVERED"], count[f, "NOT_VIABLE"], equiv[f]
				if (k + l > 0 && rate < min) bad = 1
			}
			if (m == 0) print "  no mutants (no changed lines, or none gremlins could make)"
			printf "%s", lived_list
			exit bad
		}' "$tmp/mutants" || status=1
done
exit $status
