package docs_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// elision is the line that stands, in an example's output, for any number
// of lines cut from it. Only a line that is exactly "…" elides: a line
// ending in "…" is a table cell the renderer cut and must match as it is.
const elision = "…"

// exampleColumns is the terminal width every example is shown at.
const exampleColumns = "120"

// TestExamples runs every ```console block of README.md and docs/*.md and
// fails where the output shown is not what the command prints. Each "$ "
// line (with its continuation lines) runs through sh from the module root
// with COLUMNS=120, "go run ./cmd/compare" replaced by a compare binary
// built once, and paths under /tmp/ moved into a temporary folder (and
// moved back in the output). The lines shown after a command must be its
// stdout: all of it, in order, where a line "…" stands for any number of
// lines. A command must exit 0. Blocks that read the shared data, which the
// repository does not hold, are skipped.
func TestExamples(t *testing.T) {
	files, err := filepath.Glob("*.md")
	if err != nil {
		t.Fatal(err)
	}
	files = append([]string{"../README.md"}, files...)
	var blocks []example
	for _, f := range files {
		bs, err := consoleBlocks(f)
		if err != nil {
			t.Fatal(err)
		}
		blocks = append(blocks, bs...)
	}
	if len(blocks) < 10 {
		t.Fatalf("found %d console blocks in README.md and docs/*.md, want at least 10", len(blocks))
	}

	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "compare"), "./cmd/compare")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/compare: %v\n%s", err, out)
	}
	env := append(os.Environ(), "COLUMNS="+exampleColumns, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))

	ran := 0
	for _, b := range blocks {
		t.Run(b.name, func(t *testing.T) {
			if m := sharedData.FindString(b.text()); m != "" {
				t.Skipf("reads %s, the shared data the repository does not hold", m)
			}
			tmp := t.TempDir() + "/"
			for _, c := range b.cmds {
				cmd := exec.Command("sh", "-c", strings.ReplaceAll(strings.ReplaceAll(c.line, "go run ./cmd/compare", "compare"), "/tmp/", tmp))
				cmd.Dir = ".."
				cmd.Env = env
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Errorf("%s: $ %s: %v\nstderr:\n%s", c.at, c.line, err, stderr.String())
					continue
				}
				got := strings.ReplaceAll(stdout.String(), tmp, "/tmp/")
				if msg := matchOutput(c.want, lines(got)); msg != "" {
					t.Errorf("%s: $ %s: %s\nstdout:\n%s", c.at, c.line, msg, got)
				}
			}
			ran++
		})
	}
	if ran == 0 {
		t.Error("no example ran")
	}
}

// TestMatchOutput proves the comparison fails where it should: a changed,
// missing, extra or reordered line, and an elision that hides nothing it
// may not.
func TestMatchOutput(t *testing.T) {
	got := []string{"a", "b", "c", "d"}
	for _, c := range []struct {
		want []string
		ok   bool
	}{
		{[]string{"a", "b", "c", "d"}, true},
		{[]string{"a", "b", "c", "d  "}, true}, // trailing spaces do not count
		{[]string{"a", "…", "d"}, true},
		{[]string{"…", "c", "…"}, true},
		{[]string{"…"}, true},
		{[]string{"a", "…", "b", "…", "d"}, true}, // "…" may stand for no line
		{[]string{"a", "b", "c"}, false},          // d left out without "…"
		{[]string{"b", "c", "d"}, false},          // a left out without "…"
		{[]string{"a", "c", "d"}, false},          // b left out without "…"
		{[]string{"a", "b", "x", "d"}, false},
		{[]string{"a", "…", "c", "b", "…"}, false}, // order
		{[]string{"a", "b", "c", "d", "e"}, false},
		{[]string{"a", "b…", "c", "d"}, false}, // a trailing … is not an elision
		{nil, false},
	} {
		msg := matchOutput(c.want, got)
		if (msg == "") != c.ok {
			t.Errorf("matchOutput(%q, %q) = %q, want ok %v", c.want, got, msg, c.ok)
		}
	}
	if msg := matchOutput(nil, nil); msg != "" {
		t.Errorf("no output shown, none printed: %q", msg)
	}
}

// TestConsoleBlocks checks the reading of a page: commands, their
// continuation lines, the output of each and the blocks left alone.
func TestConsoleBlocks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.md")
	text := "# Page\n\n```console\n$ printf x > /tmp/f\n$ echo a |\n    cat \\\n    -\na\n…\n```\n\n```\n$ not run\n```\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	bs, err := consoleBlocks(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 1 || len(bs[0].cmds) != 2 {
		t.Fatalf("got %+v, want one block of two commands", bs)
	}
	c0, c1 := bs[0].cmds[0], bs[0].cmds[1]
	if c0.line != "printf x > /tmp/f" || len(c0.want) != 0 {
		t.Errorf("first command %+v", c0)
	}
	if c1.line != "echo a |\n    cat \\\n    -" || strings.Join(c1.want, "|") != "a|…" || !strings.HasSuffix(c1.at, "page.md:5") {
		t.Errorf("second command %+v", c1)
	}
}

// sharedData matches the paths of the data shared beside the repository.
var sharedData = regexp.MustCompile(`(\.\./shared|/work/shared)\S*`)

// example is one ```console block.
type example struct {
	name string // FILE:LINE of the opening fence
	cmds []command
}

// command is a "$ " line of a block, with its continuation lines, and the
// output lines shown under it.
type command struct {
	at   string // FILE:LINE of the "$ " line
	line string
	want []string
}

func (e example) text() string {
	var b strings.Builder
	for _, c := range e.cmds {
		b.WriteString(c.line + "\n" + strings.Join(c.want, "\n") + "\n")
	}
	return b.String()
}

// consoleBlocks reads the ```console blocks of a Markdown file. A command
// continues on the next line while it ends in "\" or "|" and that line is
// indented.
func consoleBlocks(path string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	name := filepath.ToSlash(path)
	if !strings.HasPrefix(name, "../") && !filepath.IsAbs(path) {
		name = "docs/" + name
	}
	name = strings.TrimPrefix(name, "../")
	var (
		out []example
		cur *example
		n   int
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case cur == nil && strings.TrimSpace(line) == "```console":
			cur = &example{name: fmt.Sprintf("%s:%d", name, n)}
		case cur == nil:
		case strings.TrimSpace(line) == "```":
			out = append(out, *cur)
			cur = nil
		case strings.HasPrefix(line, "$ "):
			cur.cmds = append(cur.cmds, command{at: fmt.Sprintf("%s:%d", name, n), line: strings.TrimPrefix(line, "$ ")})
		case len(cur.cmds) == 0:
			return nil, fmt.Errorf("%s:%d: console block output before any \"$ \" command", name, n)
		default:
			c := &cur.cmds[len(cur.cmds)-1]
			if len(c.want) == 0 && strings.HasPrefix(line, " ") && (strings.HasSuffix(c.line, "\\") || strings.HasSuffix(c.line, "|")) {
				c.line += "\n" + line
				continue
			}
			c.want = append(c.want, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if cur != nil {
		return nil, fmt.Errorf("%s: console block at %s not closed", name, cur.name)
	}
	return out, nil
}

// lines splits output into lines, without the newline after the last.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// matchOutput says how got differs from the lines shown, want, or "" when
// it does not: every line of want is a line of got, in order and next to
// the one before, except that a line "…" stands for any number of lines
// (none too). Trailing spaces do not count.
func matchOutput(want, got []string) string {
	trim := func(s string) string { return strings.TrimRight(s, " \t") }
	// memo[i][j]: whether want[i:] matches got[j:] was already found false.
	failed := map[[2]int]bool{}
	best := [2]int{} // the furthest point reached, to say where it failed
	var match func(i, j int) bool
	match = func(i, j int) bool {
		if i > best[0] || (i == best[0] && j > best[1]) {
			best = [2]int{i, j}
		}
		if failed[[2]int{i, j}] {
			return false
		}
		ok := false
		switch {
		case i == len(want):
			ok = j == len(got)
		case want[i] == elision:
			for k := j; k <= len(got) && !ok; k++ {
				ok = match(i+1, k)
			}
		default:
			ok = j < len(got) && trim(want[i]) == trim(got[j]) && match(i+1, j+1)
		}
		if !ok {
			failed[[2]int{i, j}] = true
		}
		return ok
	}
	if match(0, 0) {
		return ""
	}
	i, j := best[0], best[1]
	switch {
	case i == len(want):
		return fmt.Sprintf("output goes on after the last line shown: %q", got[j])
	case j == len(got):
		return fmt.Sprintf("output ended before the line shown %q", want[i])
	default:
		return fmt.Sprintf("shown %q, printed %q (output line %d)", want[i], got[j], j+1)
	}
}
