package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newsfold/compare/pipeline"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"compare": main,
	})
}

// TestScripts runs the end-to-end scripts in testdata/script. Each script
// starts with a copy of the seed dump in seeds/ and of the bad-input corpus
// in bad/.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			for _, dir := range []string{"seeds", "bad", "loaders"} {
				if err := copyDir(filepath.Join("../../testdata", dir), filepath.Join(env.WorkDir, dir)); err != nil {
					return err
				}
			}
			return nil
		},
	})
}

func copyDir(from, to string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".golden") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// TestRunExitCodes pins the exit codes that `! exec` in scripts cannot tell
// apart: 0 ok, 2 usage or runtime errors and --strict with diagnostics.
func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		want   int
		stderr string // a substring of stderr
	}{
		{"ok", []string{"inspect", "../../testdata/seeds"}, "", 0, "5 articles from 5 files"},
		{"strict clean", []string{"inspect", "--strict", "../../testdata/seeds"}, "", 0, ""},
		{"strict with diagnostics", []string{"inspect", "--strict", "../../testdata/bad"}, "", 2, "--strict"},
		{"diagnostics without strict", []string{"inspect", "../../testdata/bad"}, "", 0, "error: binary file"},
		{"no path", []string{"inspect"}, "", 2, "give at least one PATH"},
		{"missing path", []string{"inspect", "no/such/dir"}, "", 2, "no/such/dir"},
		{"unknown flag", []string{"inspect", "--bogus", "x"}, "", 2, "unknown flag: --bogus"},
		{"bad format", []string{"inspect", "--format", "xml", "x"}, "", 2, `unknown format "xml"`},
		{"bad field", []string{"inspect", "--field", "nope=x", "x"}, "", 2, `unknown role "nope"`},
		{"bad workers", []string{"inspect", "--workers", "0", "../../testdata/seeds"}, "", 2, "--workers must be at least 1"},
		{"unknown command", []string{"frobnicate"}, "", 2, "unknown command"},
		{"missing outlets file", []string{"inspect", "--outlets", "nope.csv", "../../testdata/seeds"}, "", 2, "--outlets"},
		{"stdin", []string{"inspect", "-"}, `{"id":"s","text":"From stdin.","date":"2025-01-01"}`, 0, "1 article from standard input"},
		{"dedup no words", []string{"dedup", "-"}, `{"id":"p","text":"!!! ???","date":"2025-01-01"}`, 0, `article "p" has no words to compare; left out of dedup`},
		{"dedup strict no words", []string{"dedup", "--strict", "-"}, `{"id":"p","text":"!!! ???","date":"2025-01-01"}`, 2, "--strict"},
		{"dedup bad shingle", []string{"dedup", "--shingle", "0", "x"}, "", 2, "--shingle must be at least 1"},
		{"similarity one arg", []string{"similarity", "x"}, "", 2, "give two articles"},
		{"pairs no file", []string{"pairs", "no/such.jsonl"}, "", 2, "no/such.jsonl"},

		// --strict takes a level; alone it is warning, so an info repair
		// (CRLF) passes and a warning (no date) fails.
		{"strict info repair", []string{"inspect", "--strict", "../../testdata/bad/crlf.txt"}, "", 0, "info: CRLF"},
		{"strict=warning info repair", []string{"inspect", "--strict=warning", "../../testdata/bad/crlf.txt"}, "", 0, ""},
		{"strict=info info repair", []string{"inspect", "--strict=info", "../../testdata/bad/crlf.txt"}, "", 2, "--strict=info: the input produced 1 diagnostic"},
		{"strict warning", []string{"inspect", "--strict", "../../testdata/bad/no-date.txt"}, "", 2, "--strict=warning"},
		{"strict=error warning", []string{"inspect", "--strict=error", "../../testdata/bad/no-date.txt"}, "", 0, "warning: no date"},
		{"strict=error error", []string{"inspect", "--strict=error", "../../testdata/bad"}, "", 2, "--strict=error: the input produced"},
		{"strict bad level", []string{"inspect", "--strict=loud", "../../testdata/seeds"}, "", 2, `unknown level "loud"`},
		{"strict takes no separate value", []string{"inspect", "--strict", "error", "../../testdata/seeds"}, "", 2, "error"},

		// Nothing loaded, nothing scored, nothing in common with the gold
		// file: exit 2 without --strict, the output still written.
		{"inspect nothing loaded", []string{"inspect", "-"}, "", 2, "no article was loaded from standard input"},
		{"inspect only bad files", []string{"inspect", "../../testdata/bad/empty.txt", "../../testdata/bad/binary.txt"}, "", 2, "no article was loaded from 2 files"},
		{"dedup nothing loaded", []string{"dedup", "-"}, "\n", 2, "no article was loaded"},
		{"events nothing loaded", []string{"events", "-"}, "", 2, "no article was loaded"},
		{"framing nothing loaded", []string{"framing", "../../testdata/bad/empty.txt"}, "", 2, "no article was loaded"},
		{"eval nothing loaded", []string{"eval", "events", "--gold", "$TMP/gold.csv", "../../testdata/bad/empty.txt"}, "", 2, "no article was loaded"},
		{"eval gold shares no id", []string{"eval", "events", "--gold", "$TMP/other.csv", "../../testdata/seeds"}, "", 2, "none of its ids is in the dump"},
		{"eval gold shares ids", []string{"eval", "events", "--gold", "$TMP/gold.csv", "../../testdata/seeds"}, "", 0, ""},
		{"eval dedup gold shares no id", []string{"eval", "dedup", "--gold", "$TMP/other.csv", "../../testdata/seeds"}, "", 2, "none of its ids is in the dump"},
		{"pairs every line failed", []string{"pairs", "-"}, "not json\n{\"text_1\":12,\"text_2\":\"x\"}\n", 2, "no pair was scored (2 lines)"},
		{"pairs empty file", []string{"pairs", "-"}, "", 2, "no pair was scored (0 lines)"},
		{"pairs one line scored", []string{"pairs", "-"}, "not json\n{\"text_1\":\"a b\",\"text_2\":\"a b\"}\n", 0, "2 pairs"},
		{"pairs strict", []string{"pairs", "--strict", "-"}, "not json\n{\"text_1\":\"a b\",\"text_2\":\"a b\"}\n", 2, "--strict=warning"},
		{"pairs blank line is scored as an error", []string{"pairs", "--strict", "-"}, "{\"text_1\":\"a b\",\"text_2\":\"a b\"}\n\n", 2, "line is blank"},

		// An unsupported --format fails before any input is read.
		{"events html", []string{"events", "--format", "html", "-"}, "unread", 2, "the html format is for compare diff, compare framing and compare report"},
		{"diff csv", []string{"diff", "--format", "csv", "-", "-"}, "unread", 2, "compare diff has no csv format"},
		{"pairs html", []string{"pairs", "--format", "html", "-"}, "unread", 2, `unknown format "html"`},
		{"dedup csv of nothing", []string{"dedup", "--format", "csv", "-"}, "\n", 2, "no article was loaded"},
	}
	tmp := t.TempDir()
	for name, body := range map[string]string{
		"gold.csv":  "id,event\n000_1e9a216f9237e569,berlin\n001_1c2c2081d55c5b3c,moscow\n",
		"other.csv": "id,event\nnot-in-the-dump,x\n",
	} {
		if err := os.WriteFile(filepath.Join(tmp, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "$TMP", tmp)
			}
			var stdin io.Reader = strings.NewReader(tc.stdin)
			if tc.stdin == "unread" {
				stdin = unreadable{t}
			}
			got := run(args, stdin, &out, &errOut)
			if got != tc.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", got, tc.want, errOut.String())
			}
			if !strings.Contains(errOut.String(), tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, errOut.String())
			}
		})
	}
}

// unreadable is standard input that fails the test when read: a command
// that must fail before reading its input.
type unreadable struct{ t *testing.T }

func (u unreadable) Read([]byte) (int, error) {
	u.t.Error("the input was read")
	return 0, io.EOF
}

// TestNewCmdInspect checks flag and argument parsing without running.
func TestNewCmdInspect(t *testing.T) {
	var got *inspectOptions
	f := &factory{}
	root := newCmdRoot(f)
	for _, c := range root.Commands() {
		if c.Name() == "inspect" {
			root.RemoveCommand(c)
		}
	}
	root.AddCommand(newCmdInspect(f, func(o *inspectOptions) error { got = o; return nil }))
	root.SetArgs([]string{"inspect", "--format", "md", "--field", "text=body_html", "--strict", "--workers", "3", "a.jsonl", "dir"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.jsonl", "dir"}, got.Paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	g := got.f.global
	if g.Format != "markdown" || g.Strict != "warning" || g.Workers != 3 || g.Fields["text"] != "body_html" {
		t.Errorf("global options not parsed: %+v", g)
	}
}

// TestDeterministicOutput runs inspect many times and expects the same
// bytes every time.
func TestDeterministicOutput(t *testing.T) {
	var first []byte
	for i := range 10 {
		var out, errOut bytes.Buffer
		if code := run([]string{"inspect", "--format", "json", "--workers", []string{"1", "2", "7"}[i%3], "../../testdata/seeds", "../../testdata/bad", "../../testdata/loaders"}, nil, &out, &errOut); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if i == 0 {
			first = out.Bytes()
		} else if !bytes.Equal(first, out.Bytes()) {
			t.Fatalf("run %d differs:\n%s", i, cmp.Diff(string(first), out.String()))
		}
	}
}

// TestProgressOnlyOnTerminal: no progress line is drawn on a stream that
// is not a terminal (a pipe, a file, a buffer), whatever the run: a run
// with stderr redirected to a file writes only the diagnostics and the
// summary there, no carriage return or escape.
func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf); p != nil {
		t.Error("progress line on a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgress(f); p != nil {
		t.Error("progress line on a regular file")
	}
	for _, args := range [][]string{
		{"dedup", "../../testdata/seeds"},
		{"events", "../../testdata/seeds"},
		{"report", "../../testdata/seeds"},
		{"diff", "--in", "../../testdata/seeds", "000_1e9a216f9237e569", "002_b7b859cbb739f493"},
	} {
		if err := f.Truncate(0); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Seek(0, 0); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if code := run(args, nil, &out, f); code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
		got, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		if bytes.ContainsAny(got, "\r\x1b") || !bytes.HasPrefix(got, []byte("compare: ")) {
			t.Errorf("%v: stderr on a file = %q, want the summary alone", args, got)
		}
	}
}

// TestProgressLine: on a terminal the line names the stage after it has
// run a while, is rewritten in place, and is cleared at the end; a run
// that ends sooner draws nothing.
func TestProgressLine(t *testing.T) {
	var mu syncBuffer
	p := startProgress(&mu, 0)
	p.Stage(pipeline.StageLoading)
	p.Bytes(30<<20, 60<<20)
	time.Sleep(3 * progressTick)
	p.Stage(pipeline.StageEvents)
	time.Sleep(3 * progressTick)
	p.end()
	p.end() // twice is harmless
	got := mu.String()
	for _, want := range []string{"\rcompare: loading [==========          ]  50% 30/60 MiB, 0s\x1b[K", "\rcompare: grouping events, 0s\x1b[K"} {
		if !strings.Contains(got, want) {
			t.Errorf("progress output lacks %q:\n%q", want, got)
		}
	}
	if !strings.HasSuffix(got, "\r\x1b[K") || strings.Contains(got, "\n") {
		t.Errorf("progress output not one line cleared at the end: %q", got)
	}

	var quiet syncBuffer
	p = startProgress(&quiet, time.Hour)
	p.Stage(pipeline.StageAligning)
	time.Sleep(2 * progressTick)
	p.end()
	if quiet.String() != "" {
		t.Errorf("a stage shorter than the delay drew %q", quiet.String())
	}
	var none *progress // no terminal or --quiet: every method is a no-op
	none.Stage(pipeline.StageLoading)
	none.Bytes(1, 2)
	none.end()
}

// syncBuffer is a bytes.Buffer safe for the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestVersion: the module version when built at one, else the VCS
// revision (marked when the tree was modified), else devel; the Go
// version always.
func TestVersion(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "51f140a0123456789abcdef"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		info *debug.BuildInfo
		want string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}, Settings: rev}, "v1.2.0 go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: rev}, "51f140a01234+dirty go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: rev[:1]}, "51f140a01234 go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "devel go1.26.8"},
	}
	for _, tc := range tests {
		if got := version(tc.info, true); got != tc.want {
			t.Errorf("version = %q, want %q", got, tc.want)
		}
	}
	if got := version(nil, false); !strings.Contains(got, "devel") {
		t.Errorf("no build info: %q", got)
	}
}

// TestUsageHint: every usage error, a bad flag value too, ends with one
// hint to the usage of the command that failed; other errors carry none.
func TestUsageHint(t *testing.T) {
	tests := []struct {
		args []string
		hint string // "" for none
	}{
		{[]string{"dedup", "--threshold", "1.5", "../../testdata/seeds"}, "compare dedup"},
		{[]string{"events", "--linkage", "single", "../../testdata/seeds"}, "compare events"},
		{[]string{"eval", "events", "../../testdata/seeds"}, "compare eval events"},
		{[]string{"inspect", "--workers", "0", "../../testdata/seeds"}, "compare inspect"},
		{[]string{"inspect", "--bogus", "x"}, "compare inspect"},
		{[]string{"framing"}, "compare framing"},
		{[]string{"similarity", "../../testdata/seeds", "../../testdata/seeds"}, "compare similarity"},
		{[]string{"inspect", "no/such/dir"}, ""},
		{[]string{"similarity", "--in", "../../testdata/seeds", "nope", "000_1e9a216f9237e569"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tc.args, nil, &out, &errOut); code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			stderr := errOut.String()
			if n := strings.Count(stderr, "--help' for usage."); tc.hint == "" && n != 0 || tc.hint != "" && n != 1 {
				t.Errorf("%d usage hints in stderr:\n%s", n, stderr)
			}
			if want := "\nRun '" + tc.hint + " --help' for usage.\n"; tc.hint != "" && !strings.HasSuffix(stderr, want) {
				t.Errorf("stderr does not end with %q:\n%s", want, stderr)
			}
		})
	}
}
