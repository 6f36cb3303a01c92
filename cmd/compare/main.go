// Command compare tells which news articles are the same text, which cover
// the same event, what two articles share and how each outlet frames a story.
//
// Usage:
//
//	compare inspect [flags] PATH...
//	compare dedup [--threshold J] [--containment C] [--shingle N] [--hashes K] [--hold BYTES] [--fold=false] [--explain] PATH...
//	compare similarity [--in PATH] [--shingle N] [--fold=false] [--explain] A B
//	compare pairs [--shingle N] [--fold=false] FILE.jsonl
//	compare events [--window D] [--threshold S] [--terms N] [--linkage average|online] PATH...
//	compare eval events|dedup --gold GOLD.csv [--sweep] PATH...
//	compare diff [--in PATH] [--no-color] [--width N] [--changed-only] A B
//	compare framing [--lexicon FILE|none]... [--window D] [--threshold S] [--terms N] [--linkage average|online] PATH...
//	compare report [-o FILE] [--format F] [--events N] [--articles N] [--diffs N] [--timestamp] [events, dedup and framing flags] PATH...
//
// inspect lists a dump's articles with their metadata; dedup groups exact,
// near and contained duplicates; similarity scores one pair; pairs scores
// each line of a JSON Lines file of pairs; events groups the articles that
// report one event and labels each event; eval scores events or duplicate
// groups against a gold clustering; diff aligns two articles and shows what
// they share and where they differ; framing shows how each outlet tells the
// story (variant terms, distinctive terms, sourcing); report writes the
// report of a whole dump (all of the above in one document: a terminal
// summary, Markdown, JSON or one HTML page, its format from the extension of
// -o FILE unless --format says otherwise).
//
// PATH is a file or a directory (read recursively); "-" reads standard input.
// Files are read by extension: .txt (seed format), .jsonl/.ndjson, .json,
// .csv, .tsv, each optionally gzip-compressed (.gz).
//
// Flags shared by every command:
//
//	--format table|markdown|json|csv|html  output format (default table; html: diff, framing and report)
//	--outlets FILE                         CSV manifest `pattern,outlet` naming outlets
//	--field ROLE=NAME                      read role (text, title, date, outlet, url, id) from field NAME; repeatable
//	--max-bytes N                          bound on one article's size (default 16 MiB)
//	--strict[=LEVEL]                       exit 2 when the input produced a diagnostic of LEVEL
//	                                       (info, warning, error) or graver; alone: warning
//	--workers N                            parallel workers (default: all cores)
//	--quiet                                no diagnostics, progress or summary on stderr
//
// compare --version prints the version the binary was built at (module
// version, else VCS revision) and the Go version that built it.
//
// Results go to stdout; diagnostics, progress and the summary to stderr.
// An unsupported --format is rejected before any input is read.
//
// Exit codes: 0 ok, 1 findings (for check), 2 usage or runtime error, no
// article loaded, no pair scored, a gold file sharing no id with the dump,
// or a diagnostic at the --strict level.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

func main() {
	os.Exit(profiled(func() int { return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr) }))
}

// profiled runs f, writing a CPU profile to the file named by the
// environment variable COMPARE_CPUPROFILE when it is set (for bench/ and
// for anyone measuring where a run's time goes).
func profiled(f func() int) int {
	path := os.Getenv("COMPARE_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare: COMPARE_CPUPROFILE:", err)
		return 2
	}
	code := f()
	pprof.StopCPUProfile()
	if err := out.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "compare: COMPARE_CPUPROFILE:", err)
		return 2
	}
	return code
}

// version is what `compare --version` prints after the name: the module
// version the binary was built at (go install …@v1.2.0), else the VCS
// revision it was built from (12 digits, "+dirty" when the tree had
// changes), else "devel"; then the Go version that built it.
func version(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "devel (no build information)"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
		var rev, dirty string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if rev != "" {
			v = rev[:min(len(rev), 12)] + dirty
		}
	}
	return v + " " + info.GoVersion
}

// run runs the command line args with the given streams and returns the
// exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f := &factory{in: stdin, out: stdout, errOut: stderr}
	cmd := newCmdRoot(f)
	cmd.SetArgs(args)
	c, err := cmd.ExecuteC()
	f.progress.end()
	return exitCode(c, err, stderr)
}
