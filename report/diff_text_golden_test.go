package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// quietDiff is a diff that shares no passage, quote or substitution: one
// pair whose word diff opens with an insertion, and no title.
func quietDiff() *Diff {
	return &Diff{
		A: DiffSide{ID: "a1", Outlet: "A", Sentences: []string{"Talks ended."}},
		B: DiffSide{ID: "b1", Outlet: "B", Sentences: []string{"Peace talks ended."}},
		Pairs: []DiffPair{{ASentences: []int{0}, BSentences: []int{0}, Similarity: 0.8, Diff: []DiffOp{
			{Op: "insert", Text: "Peace "}, {Op: "equal", Text: "talks ended."}}}},
		OnlyA: []int{}, OnlyB: []int{},
		Summary: DiffSummary{SharedWords: 2, OnlyBWords: 1, SharedPercent: 66.7},
	}
}

// TestDiffTextGolden: the terminal views and the Markdown of a diff, as
// testdata/diff.txtar holds them: inline below 100 columns (a width of 0
// is 80), side by side from 100; moved, only-A and only-B rows marked;
// passages, quotes and substitutions listed, and their headings left out
// when there are none; with ChangedOnly, how many pairs are left out.
func TestDiffTextGolden(t *testing.T) {
	views := []struct {
		name string
		d    *Diff
		md   bool
		view DiffView
	}{
		{"inline-80", sampleDiff(), false, DiffView{Width: 80}},
		{"inline-99", sampleDiff(), false, DiffView{Width: 99}},
		{"side-by-side-100", sampleDiff(), false, DiffView{Width: 100}},
		{"markdown", sampleDiff(), true, DiffView{}},
		{"markdown-changed-only", sampleDiff(), true, DiffView{ChangedOnly: true}},
		{"quiet-inline", quietDiff(), false, DiffView{}},
		{"quiet-side-by-side", quietDiff(), false, DiffView{Width: 100}},
		{"quiet-markdown", quietDiff(), true, DiffView{}},
	}
	got := &txtar.Archive{Comment: []byte("Views of report's sample diffs; go test ./report -run TestDiffTextGolden -update rewrites them.\n")}
	for _, v := range views {
		var b bytes.Buffer
		v.d.View = v.view
		if err := v.d.Table(&b, v.md); err != nil {
			t.Fatal(err)
		}
		got.Files = append(got.Files, txtar.File{Name: v.name, Data: b.Bytes()})
	}
	golden := filepath.Join("testdata", "diff.txtar")
	if *update {
		if err := os.WriteFile(golden, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := txtar.ParseFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run TestDiffTextGolden -update)", err)
	}
	if len(want.Files) != len(got.Files) {
		t.Fatalf("%s holds %d views, the test renders %d", golden, len(want.Files), len(got.Files))
	}
	for i, f := range got.Files {
		if w := want.Files[i]; w.Name != f.Name || !bytes.Equal(w.Data, f.Data) {
			t.Errorf("%s differs from %s (rerun with -update if intended):\n%s", f.Name, golden, firstDiff(w.Data, f.Data))
		}
	}
}
