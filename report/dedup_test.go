package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/similarity"
)

// dedupSample is the section of a dedup run over seven articles: "AP: 7"
// and s, a day later, carry one text, s with a word changed, and t
// undated; p and q, of one date, and r, undated, another; u is alone.
// The first group names its first member the original, the second names
// none (a tie).
func dedupSample(t *testing.T) (*Dedup, *similarity.Deduper) {
	t.Helper()
	text := func(seed string) []string {
		var ws []string
		for i := range 80 {
			ws = append(ws, seed+string(rune('a'+i%26))+strings.Repeat("x", i/26))
		}
		return ws
	}
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	docs := []similarity.Doc{
		{ID: "AP: 7", Date: day("2025-03-01"), Words: text("two")},
		{ID: "s", Date: day("2025-03-02"), Words: append(text("two")[:79], "changed")},
		{ID: "t", Words: text("two")},
		{ID: "p", Date: day("2025-03-01"), Words: text("one")},
		{ID: "q", Date: day("2025-03-01"), Words: text("one")},
		{ID: "r", Words: text("one")},
		{ID: "u", Words: text("three")},
	}
	dd := similarity.NewDeduper(similarity.DedupOptions{})
	for i, d := range docs {
		dd.Add(i, d)
	}
	about := func(i int) (string, string) { return "title of " + docs[i].ID, "outlet of " + docs[i].ID }
	return NewDedup(dd, dd.Groups(), about), dd
}

// TestDedupTable: a row per group, numbered from 1. A group with no
// original says why in the original column, without the ids of the
// members that tie (the copies beside it list them); a named original is
// shown whole, ": " and all. A chained group says so beside its kind.
func TestDedupTable(t *testing.T) {
	d, _ := dedupSample(t)
	d.Groups[1].Chained = true
	want := `┌───────┬─────────────────┬────────────────────────────────────────────────┬────────┬─────────────────┬────────────────┐
│ group │      kind       │                    original                    │ copies │     outlet      │     title      │
├───────┼─────────────────┼────────────────────────────────────────────────┼────────┼─────────────────┼────────────────┤
│ 1     │ near            │ AP: 7                                          │ s t    │ outlet of AP: 7 │ title of AP: 7 │
│ 2     │ exact (chained) │ ? 2 members share the earliest date 2025-03-01 │ p q r  │ outlet of p     │ title of p     │
└───────┴─────────────────┴────────────────────────────────────────────────┴────────┴─────────────────┴────────────────┘
`
	if got := render(t, Table, New(nil, d)); got != want {
		t.Errorf("table (-want +got):\n%s", cmp.Diff(want, got))
	}
	want = `group,kind,chained,copies,original,outlet,title,articles
1,near,false,2,AP: 7,outlet of AP: 7,title of AP: 7,AP: 7 s t
2,exact,true,2,,outlet of p,title of p,p q r
`
	if got := render(t, CSV, New(nil, d)); got != want {
		t.Errorf("CSV (-want +got):\n%s", cmp.Diff(want, got))
	}
	if got, want := render(t, Table, New(nil, &Dedup{})), "no duplicate groups\n"; got != want {
		t.Errorf("no groups: %q, want %q", got, want)
	}
}

// TestDedupExplain: with --explain the banding comes first, as lines of
// text, indented as code in Markdown, under the heading of the groups.
func TestDedupExplain(t *testing.T) {
	d, dd := dedupSample(t)
	d.Explain = ExplainDedup(dd)
	table := render(t, Table, New(nil, d))
	if !strings.HasPrefix(table, "LSH: 128 MinHash values in ") || !strings.Contains(table, "\n  P(candidate | Jaccard 0.80) = ") ||
		!strings.Contains(table, "every candidate is then verified on exact shingle sets\n\n┌") {
		t.Errorf("table:\n%s", table)
	}
	md := render(t, Markdown, New(nil, d))
	if !strings.HasPrefix(md, "    LSH: ") || !strings.Contains(md, "\n    every candidate is then verified on exact shingle sets\n\n## Duplicate groups (2)\n\n| group |") {
		t.Errorf("Markdown:\n%s", md)
	}
	var doc struct {
		Groups []struct {
			OriginalNote string `json:"original_note"`
			Edges        []DupEdge
		}
		Explain *Explain
	}
	if err := json.Unmarshal([]byte(render(t, JSON, New(nil, d))), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Explain == nil || doc.Explain.Hashes != 128 || len(doc.Explain.Curve) != 9 {
		t.Errorf("explain %+v", doc.Explain)
	}
	if len(doc.Groups) != 2 || doc.Groups[1].OriginalNote != "2 members share the earliest date 2025-03-01: p, q" ||
		doc.Groups[0].Edges[0] != (DupEdge{A: "AP: 7", B: "s", Kind: similarity.Near, Jaccard: 0.974, ContainmentAB: 0.9868, ContainmentBA: 0.9868}) {
		t.Errorf("groups %+v", doc.Groups)
	}
	d.Explain = nil
	if out := render(t, JSON, New(nil, d)); strings.Contains(out, `"explain"`) {
		t.Errorf("explain without --explain:\n%s", out)
	}
}
