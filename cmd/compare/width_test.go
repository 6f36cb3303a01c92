package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// TestTablesFitColumns: at COLUMNS=80 and 120 every line of every table
// command on the seeds is at most that wide (in display width) and every
// id appears whole; without COLUMNS, on a pipe, a row is one line.
func TestTablesFitColumns(t *testing.T) {
	const seeds = "../../testdata/seeds"
	entries, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		ids = append(ids, strings.TrimSuffix(e.Name(), ".txt"))
	}
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.csv")
	pairs := filepath.Join(dir, "pairs.jsonl")
	var g strings.Builder
	for i, id := range ids {
		g.WriteString(id + ",g" + string(rune('0'+i%2)) + "\n")
	}
	os.WriteFile(gold, []byte(g.String()), 0o644)
	abs, err := filepath.Abs(seeds) // pairs reads a path from the folder of its file
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(pairs, []byte(`{"id":"one","a":"`+abs+`/`+ids[0]+`.txt","b":"`+abs+`/`+ids[2]+`.txt"}`+"\n"), 0o644)
	commands := []struct {
		args []string
		ids  []string // the ids the output names
	}{
		{[]string{"inspect", seeds}, ids},
		{[]string{"dedup", seeds}, nil},
		{[]string{"events", seeds}, ids},
		{[]string{"eval", "events", "--gold", gold, seeds}, nil},
		{[]string{"eval", "events", "--sweep", "--gold", gold, seeds}, nil},
		{[]string{"framing", seeds}, nil},
		{[]string{"similarity", "--in", seeds, ids[2], ids[4]}, []string{ids[2], ids[4]}},
		{[]string{"pairs", pairs}, nil},
	}
	for _, width := range []int{80, 120} {
		t.Setenv("COLUMNS", strconv.Itoa(width))
		for _, c := range commands {
			name := strings.Join(c.args[:1], " ")
			var out, errOut bytes.Buffer
			if code := run(c.args, nil, &out, &errOut); code != 0 {
				t.Fatalf("%s: exit %d: %s", name, code, errOut.String())
			}
			for _, l := range strings.Split(out.String(), "\n") {
				if w := twwidth.Width(l); w > width {
					t.Errorf("%s at %d columns: a line %d wide: %s", name, width, w, l)
				}
			}
			for _, id := range c.ids {
				if !strings.Contains(out.String(), id) {
					t.Errorf("%s at %d columns: id %s is not whole:\n%s", name, width, id, out.String())
				}
			}
		}
	}
	// On a pipe without COLUMNS nothing is wrapped or cut: the row of an
	// article holds its whole title.
	t.Setenv("COLUMNS", "")
	var out, errOut bytes.Buffer
	if code := run([]string{"inspect", seeds}, nil, &out, &errOut); code != 0 {
		t.Fatalf("inspect: exit %d: %s", code, errOut.String())
	}
	found := false
	for _, l := range strings.Split(out.String(), "\n") {
		found = found || strings.Contains(l, ids[1]) && strings.Contains(l, "Russian official | Russia-Ukraine war News")
	}
	if !found {
		t.Errorf("inspect without COLUMNS: the row of %s does not hold its whole title:\n%s", ids[1], out.String())
	}
}
