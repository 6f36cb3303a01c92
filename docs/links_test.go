package docs_test

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLinks reads every Markdown file of the module (hidden folders and
// testdata left out) and fails on a relative link to a file that does not
// exist, or to a heading that the target page does not have. Links with a
// scheme (https:, mailto:) are not followed.
func TestLinks(t *testing.T) {
	for _, p := range check(t, "..") {
		t.Error(p)
	}
}

// TestLinksCatch proves the check fails where it should: a missing file, a
// missing anchor in another page and in the same page, while good links,
// links in code and external links pass.
func TestLinksCatch(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("README.md", "# Top\n\nSee [the page](docs/page.md#json-output-comparev1), [gone](docs/gone.md),\n"+
		"[no such part](docs/page.md#nowhere), [here](#top), [not here](#bottom), [web](https://example.com/x.md),\n"+
		"`[in code](docs/gone.md)` and [a folder](docs/).\n\n```\n[in a block](docs/gone.md)\n```\n")
	write("docs/page.md", "# Page\n\n## JSON output (`compare/v1`)\n\nBack to [the top](../README.md#top).\n")
	got := check(t, dir)
	want := []string{
		"README.md:3: docs/gone.md: no such file",
		"README.md:4: docs/page.md#nowhere: no heading \"nowhere\" in docs/page.md",
		"README.md:4: #bottom: no heading \"bottom\" in README.md",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems found:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ heading, want string }{
		{"JSON output (`compare/v1`)", "json-output-comparev1"},
		{"Duplicates: `compare dedup`", "duplicates-compare-dedup"},
		{"Flags every command shares", "flags-every-command-shares"},
		{"How `--threshold` 0.2 was chosen", "how---threshold-02-was-chosen"},
		{"[Linked](x.md) title", "linked-title"},
		{"Ünïcode — dash", "ünïcode--dash"},
	} {
		if got := slug(c.heading); got != c.want {
			t.Errorf("slug(%q) = %q, want %q", c.heading, got, c.want)
		}
	}
}

// check returns the broken links of the Markdown files under root, as
// "FILE:LINE: LINK: reason" with FILE relative to root.
func check(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".md") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no Markdown files under %s", root)
	}
	pages := map[string]*page{}
	load := func(p string) *page {
		if pg, ok := pages[p]; ok {
			return pg
		}
		pg, err := parse(p)
		if err != nil {
			t.Fatal(err)
		}
		pages[p] = pg
		return pg
	}
	var problems []string
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		for _, l := range load(f).links {
			if reason := broken(root, f, l.dest, load); reason != "" {
				problems = append(problems, fmt.Sprintf("%s:%d: %s: %s", filepath.ToSlash(rel), l.line, l.dest, reason))
			}
		}
	}
	return problems
}

// broken says why the link dest of file from does not resolve, or "".
func broken(root, from, dest string, load func(string) *page) string {
	path, frag, _ := strings.Cut(dest, "#")
	target := from
	if path != "" {
		if strings.HasPrefix(path, "/") {
			target = filepath.Join(root, filepath.FromSlash(path))
		} else {
			target = filepath.Join(filepath.Dir(from), filepath.FromSlash(path))
		}
		if _, err := os.Stat(target); err != nil {
			return "no such file"
		}
	}
	if frag == "" {
		return ""
	}
	rel, _ := filepath.Rel(root, target)
	rel = filepath.ToSlash(rel)
	if !strings.HasSuffix(target, ".md") {
		if lineAnchor.MatchString(frag) {
			return ""
		}
		return fmt.Sprintf("anchor %q in %s, which is not Markdown", frag, rel)
	}
	if !load(target).anchors[frag] {
		return fmt.Sprintf("no heading %q in %s", frag, rel)
	}
	return ""
}

// lineAnchor is GitHub's anchor of a line or a range of lines of a file.
var lineAnchor = regexp.MustCompile(`^L\d+(-L\d+)?$`)

// page is what a Markdown file holds for the check: its links and the
// anchors of its headings.
type page struct {
	links   []link
	anchors map[string]bool
}

type link struct {
	line int
	dest string
}

var (
	fence      = regexp.MustCompile("^ {0,3}(```|~~~)")
	atx        = regexp.MustCompile(`^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$`)
	setext     = regexp.MustCompile(`^ {0,3}(=+|-+)\s*$`)
	codeSpan   = regexp.MustCompile("`+[^`]*`+")
	inlineLink = regexp.MustCompile(`!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)
	refDef     = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$`)
	htmlAnchor = regexp.MustCompile(`<a\s+(?:id|name)="([^"]+)"`)
	scheme     = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
)

// parse reads the links (outside code) and heading anchors of a Markdown
// file. Anchors follow GitHub: the slug of each heading, with -1, -2…
// added to repeats.
func parse(path string) (*page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	pg := &page{anchors: map[string]bool{}}
	seen := map[string]int{}
	addHeading := func(text string) {
		s := slug(text)
		if n := seen[s]; n > 0 {
			pg.anchors[fmt.Sprintf("%s-%d", s, n)] = true
		} else {
			pg.anchors[s] = true
		}
		seen[s]++
	}
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	inFence := ""
	for i, line := range lines {
		if m := fence.FindStringSubmatch(line); m != nil {
			switch {
			case inFence == "":
				inFence = m[1]
			case inFence == m[1]:
				inFence = ""
			}
			continue
		}
		if inFence != "" {
			continue
		}
		if m := atx.FindStringSubmatch(line); m != nil {
			addHeading(m[1])
		} else if i+1 < len(lines) && strings.TrimSpace(line) != "" && !strings.HasPrefix(strings.TrimSpace(line), "|") &&
			setext.MatchString(lines[i+1]) && !fence.MatchString(line) {
			addHeading(strings.TrimSpace(line))
		}
		for _, m := range htmlAnchor.FindAllStringSubmatch(line, -1) {
			pg.anchors[m[1]] = true
		}
		text := codeSpan.ReplaceAllString(line, "")
		var dests []string
		for _, m := range inlineLink.FindAllStringSubmatch(text, -1) {
			dests = append(dests, m[1])
		}
		if m := refDef.FindStringSubmatch(text); m != nil {
			dests = append(dests, m[1])
		}
		for _, d := range dests {
			if d == "" || scheme.MatchString(d) || strings.HasPrefix(d, "//") {
				continue
			}
			pg.links = append(pg.links, link{line: i + 1, dest: d})
		}
	}
	return pg, nil
}

var linkText = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// slug is GitHub's anchor of a heading: its text (links as their text,
// code without backticks) lower-cased, every character but letters,
// digits, '-', '_' and spaces dropped, spaces turned into '-'.
func slug(heading string) string {
	s := linkText.ReplaceAllString(heading, "$1")
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}
