package dedupjson

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIndex(t *testing.T) {
	// a, b, c identical (a star of exact edges from a); d near a; e near d
	// only (a chain to a); f alone in its own group with g.
	r := &Result{Schema: Schema, Groups: []Group{
		{Kind: "near", Articles: []string{"a", "b", "c", "d", "e"}, Edges: []Edge{
			{A: "a", B: "b", Kind: "exact"},
			{A: "a", B: "c", Kind: "exact"},
			{A: "a", B: "d", Kind: "near"},
			{A: "d", B: "e", Kind: "near"},
		}},
		{Kind: "near", Articles: []string{"f", "g"}, Edges: []Edge{{A: "f", B: "g", Kind: "near"}}},
	}}
	x, err := NewIndex(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b         string
		same, direct bool
	}{
		{"a", "b", true, true},
		{"b", "c", true, true},  // one exact class
		{"c", "d", true, true},  // d's edge names a, c's class representative
		{"b", "e", true, false}, // only through d
		{"a", "f", false, false},
		{"f", "g", true, true},
		{"a", "zz", false, false},
	} {
		if got := x.SameGroup(tc.a, tc.b); got != tc.same {
			t.Errorf("SameGroup(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
		if got := x.Direct(tc.a, tc.b); got != tc.direct {
			t.Errorf("Direct(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.direct)
		}
	}
	r.Groups[1].Articles = append(r.Groups[1].Articles, "a")
	if _, err := NewIndex(r); err == nil {
		t.Error("an article in two groups was accepted")
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	r, err := Read(write("ok.json", `{"schema":"compare/v1","groups":[{"kind":"exact","articles":["a","b"],"original":null,"chained":false,"edges":[]}],"diagnostics":[]}`))
	if err != nil || len(r.Groups) != 1 || r.Groups[0].Articles[1] != "b" {
		t.Errorf("Read = %+v, %v", r, err)
	}
	if _, err := Read(write("v2.json", `{"schema":"compare/v2","groups":[]}`)); err == nil {
		t.Error("another schema was accepted")
	}
	if _, err := Read(write("bad.json", `{"schema":`)); err == nil {
		t.Error("truncated JSON was accepted")
	}
}
