package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/compare/bench/internal/dedupjson"
	"github.com/newsfold/compare/bench/internal/setjoin"
)

// seq returns the set {from, ..., to-1}, spread as hashes are.
func seq(from, to uint64) []uint64 {
	var s []uint64
	for h := from; h < to; h++ {
		s = append(s, h)
	}
	return s
}

func TestScore(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e", "f", "g"}
	sets := [][]uint64{
		seq(0, 100),   // a
		seq(0, 100),   // b: identical to a
		seq(1, 100),   // c: J(a,c) = 0.99
		seq(200, 300), // d
		seq(200, 295), // e: J(d,e) = 0.95
		seq(400, 500), // f
		seq(430, 500), // g: J(f,g) = 0.7, g inside f
	}
	s := setjoin.New(sets, 1)
	pairs := s.Join(0.9, 1) // a-b, a-c, b-c, d-e
	if len(pairs) != 4 {
		t.Fatalf("join gave %d pairs, want 4", len(pairs))
	}
	res := &dedupjson.Result{Schema: dedupjson.Schema, Groups: []dedupjson.Group{
		{Kind: "near", Articles: []string{"a", "b", "c"}, Edges: []dedupjson.Edge{
			{A: "a", B: "b", Kind: "exact", Jaccard: 1, ContainmentAB: 1, ContainmentBA: 1},
			{A: "a", B: "c", Kind: "near", Jaccard: 0.99, ContainmentAB: 0.99, ContainmentBA: 1},
		}},
		// d-e is missed; f-g is reported near with J 0.7 (wrong) and a bad score.
		{Kind: "near", Articles: []string{"f", "g"}, Edges: []dedupjson.Edge{
			{A: "f", B: "g", Kind: "near", Jaccard: 0.8, ContainmentAB: 0.7, ContainmentBA: 1},
		}},
	}}
	sc, err := score(ids, s, pairs, res, 0.75)
	if err != nil {
		t.Fatal(err)
	}
	if sc.found != 3 || sc.direct != 3 || sc.pairs != 4 {
		t.Errorf("found %d, direct %d of %d pairs; want 3, 3 of 4", sc.found, sc.direct, sc.pairs)
	}
	if len(sc.missed) != 1 || sc.missed[0].a != "d" || sc.missed[0].b != "e" || sc.missedBand[1] != 1 {
		t.Errorf("missed = %+v (bands %v), want d-e in [0.95, 1)", sc.missed, sc.missedBand)
	}
	if sc.nearEdges != 2 || sc.nearOK != 1 || sc.precision() != 0.5 {
		t.Errorf("near edges %d, ok %d, precision %g; want 2, 1, 0.5", sc.nearEdges, sc.nearOK, sc.precision())
	}
	if sc.agree != 2 || sc.checked != 3 {
		t.Errorf("scores agree on %d of %d edges, want 2 of 3", sc.agree, sc.checked)
	}
	var out bytes.Buffer
	sc.print(&out, 0.9, 0.75, 5)
	for _, want := range []string{"3 of 4 exact pairs", "missed d e", "wrong near f g", "= 0.5000"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	// An article the input does not have is an error, not a silent miss.
	res.Groups[1].Articles = append(res.Groups[1].Articles, "zz")
	if _, err := score(ids, s, pairs, res, 0.75); err == nil {
		t.Error("score accepted an unknown article id")
	}
}

// TestRun runs the program end to end on a tiny JSONL dump: three copies
// of one text (two identical, one with a word changed) and an unrelated
// article, against a dedup result that finds them, then one that misses one.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	text := func(prefix string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s%d ", prefix, i)
		}
		return b.String()
	}
	body := text("talks", 80)
	edited := strings.Replace(body, "talks40 ", "meeting ", 1)
	other := text("storm", 80)
	dump := `{"id":"x1","title":"T","text":"` + body + `"}
{"id":"x2","title":"T","text":"` + body + `"}
{"id":"x3","title":"T","text":"` + edited + `"}
{"id":"x4","title":"U","text":"` + other + `"}
`
	in := filepath.Join(dir, "d.jsonl")
	if err := os.WriteFile(in, []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"schema":"compare/v1","groups":[{"kind":"near","articles":["x1","x2","x3"],"original":null,"chained":false,
		"edges":[{"a":"x1","b":"x2","kind":"exact","jaccard":1,"containment_ab":1,"containment_ba":1}]}],"diagnostics":[]}`), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"schema":"compare/v1","groups":[{"kind":"exact","articles":["x1","x2"],"original":null,"chained":false,
		"edges":[{"a":"x1","b":"x2","kind":"exact","jaccard":1,"containment_ab":1,"containment_ba":1}]}],"diagnostics":[]}`), 0o644)

	var out, errOut bytes.Buffer
	// The edit changes 5 of 76 shingles: J = 71/81, above 0.8.
	if code := run([]string{"-t", "0.8", "-dedup", good, in}, &out, &errOut); code != 0 {
		t.Fatalf("good result: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	if !strings.Contains(out.String(), "3 of 3 exact pairs in one group") {
		t.Errorf("good result output:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"-t", "0.8", "-dedup", bad, in}, &out, &errOut); code != 1 {
		t.Fatalf("bad result: exit %d, want 1\n%s%s", code, out.String(), errOut.String())
	}
	if !strings.Contains(out.String(), "1 of 3 exact pairs") || !strings.Contains(out.String(), "missed x1 x3") {
		t.Errorf("bad result output:\n%s", out.String())
	}
	if code := run([]string{in}, &out, &errOut); code != 0 {
		t.Errorf("no -dedup: exit %d", code)
	}
	if code := run([]string{"-t", "0", in}, &out, &errOut); code != 2 {
		t.Errorf("-t 0: exit %d, want 2", code)
	}
}
