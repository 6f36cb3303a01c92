package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

func sampleArticles() Articles {
	date := "2025-12-15"
	return Articles{
		{ID: "000_1e9a", Outlet: "MENAFN", Date: &date, DateSource: "header", Title: "Talks in Berlin <live> & more", Words: 420, Sentences: 18, Path: "seeds/000.txt"},
		{ID: "001_1c2c", Outlet: "Al Jazeera", Republished: true, DateSource: "none", Title: "Moscow meeting", Words: 610, Sentences: 25, Path: "seeds/001.txt"},
	}
}

func sampleEvents() Events {
	start, end := "2025-12-14", "2025-12-15"
	return Events{
		{ID: "e1", Label: "Berlin talks", Terms: []string{"berlin"}, Start: &start, End: &end, Outlets: []string{"MENAFN"}, Articles: []string{"000_1e9a", "002_b7b8"}},
		{ID: "e2", Label: "Moscow meeting", Terms: []string{}, Outlets: []string{}, Articles: []string{"001_1c2c"}},
	}
}

func render(t *testing.T, f Format, d *Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, d); err != nil {
		t.Fatalf("Write %s: %v", f, err)
	}
	return b.String()
}

// TestDocumentTwoSections: a document of two sections renders both, in
// order, in every format the two share: the tables and CSV one after the
// other with a blank line between, the JSON one object with each
// section's keys between "schema" and "diagnostics".
func TestDocumentTwoSections(t *testing.T) {
	diags := []corpus.Diagnostic{{Path: "x.txt", Severity: corpus.Warning, Message: "no date"}}
	as, es := sampleArticles(), sampleEvents()
	both := New(diags, as, es)
	for _, f := range []Format{Table, Markdown, CSV} {
		want := render(t, f, New(diags, as)) + "\n" + render(t, f, New(diags, es))
		if got := render(t, f, both); got != want {
			t.Errorf("%s (-want +got):\n%s", f, cmp.Diff(want, got))
		}
	}

	got := render(t, JSON, both)
	var keys []string
	dec := json.NewDecoder(strings.NewReader(got))
	dec.Token() // {
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"schema", "articles", "events", "diagnostics"}; !cmp.Equal(want, keys) {
		t.Errorf("JSON keys (-want +got):\n%s", cmp.Diff(want, keys))
	}
	// The object is the one encoding/json makes of the equivalent struct.
	want := encodeIndented(t, struct {
		Schema      string              `json:"schema"`
		Articles    []Article           `json:"articles"`
		Events      []Event             `json:"events"`
		Diagnostics []corpus.Diagnostic `json:"diagnostics"`
	}{Schema, as, es, diags})
	if got != want {
		t.Errorf("JSON (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// encodeIndented encodes v as the JSON of a document is encoded.
func encodeIndented(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestJSONFieldsAtTopLevel: a section that puts its fields at the top level
// (diff, framing) writes the bytes encoding/json writes for the struct
// that embeds it, HTML characters unescaped.
func TestJSONFieldsAtTopLevel(t *testing.T) {
	d := sampleDiff()
	d.A.Title = `Strike on "Kiev" <b>&</b>`
	want := encodeIndented(t, struct {
		Schema string `json:"schema"`
		*Diff
		Diagnostics []corpus.Diagnostic `json:"diagnostics"`
	}{Schema, d, []corpus.Diagnostic{}})
	if got := render(t, JSON, New(nil, d)); got != want {
		t.Errorf("(-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestUnsupportedFormat: a document a section cannot render in a format
// fails before it writes a byte, with the error that section's command has
// always given.
func TestUnsupportedFormat(t *testing.T) {
	tests := []struct {
		name string
		f    Format
		doc  *Document
		err  string
	}{
		{"diff has no csv", CSV, New(nil, sampleArticles(), sampleDiff()), "compare diff has no csv format"},
		{"articles have no page", HTML, New(nil, sampleArticles()), "the html format is for compare diff, compare framing and compare report"},
		{"a page after a section without one", HTML, New(nil, sampleDiff(), sampleEvents()), "the html format is for compare diff, compare framing and compare report"},
		{"pair lines have no page", HTML, New(nil, PairLines{{Line: 1}}), `unknown format "html"`},
		{"one page a document", HTML, New(nil, sampleDiff(), &Framing{}), "one section a page"},
		{"no page of nothing", HTML, New(nil), "the html format"},
		{"unknown format", "xml", New(nil, sampleArticles()), `unknown format "xml"`},
		{"a key twice", JSON, New(nil, sampleEvents(), &Framing{}), `two sections write the JSON key "events"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Write(&b, tc.f, tc.doc)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("error %v, want one with %q", err, tc.err)
			}
			if b.Len() > 0 {
				t.Errorf("wrote %q before failing", b.String())
			}
			if tc.f == JSON {
				return // a key twice shows only when the sections render
			}
			if err := Check(tc.f, tc.doc.Sections...); err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Check: error %v, want one with %q", err, tc.err)
			}
		})
	}
}

// TestPairLinesJSON: alone, pair lines are JSON Lines without an envelope;
// among other sections they are a list under "pairs".
func TestPairLinesJSON(t *testing.T) {
	lines := PairLines{
		{Line: 1, Echo: []Field{{Key: "id", Value: json.RawMessage(`"p1"`)}}, Scores: &Scores{Jaccard: 0.5}},
		{Line: 2, Error: "line is not JSON"},
	}
	alone := render(t, JSON, New(nil, lines))
	want := `{"id":"p1","similarity":{"jaccard":0.5,"containment":0,"containment_ab":0,"containment_ba":0,"minhash":0,"cosine":0,"title":null,"combined":0}}
{"line":2,"similarity":null,"error":"line is not JSON"}
`
	if alone != want {
		t.Errorf("alone (-want +got):\n%s", cmp.Diff(want, alone))
	}
	var doc struct {
		Schema string            `json:"schema"`
		Pairs  []json.RawMessage `json:"pairs"`
		Events []Event           `json:"events"`
	}
	if err := json.Unmarshal([]byte(render(t, JSON, New(nil, lines, sampleEvents()))), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != Schema || len(doc.Pairs) != 2 || len(doc.Events) != 2 {
		t.Errorf("among sections: %+v", doc)
	}
	var compact bytes.Buffer
	json.Compact(&compact, doc.Pairs[1])
	if got := compact.String(); got != strings.Split(want, "\n")[1] {
		t.Errorf("second pair %s, want the second line", got)
	}
}

// Example: a document of one evaluation, as JSON: the envelope, then the
// section's key.
func ExampleWrite() {
	doc := New(nil, &Eval{Of: "events", Gold: "gold.csv", Threshold: 0.5,
		Scores: EvalScores{Items: 5, PredictedClusters: 3, GoldClusters: 3, BCubedF1: 1, PairF1: 1, ARI: 1}})
	Write(os.Stdout, JSON, doc)
	// Output:
	// {
	//   "schema": "compare/v1",
	//   "eval": {
	//     "of": "events",
	//     "gold": "gold.csv",
	//     "threshold": 0.5,
	//     "scores": {
	//       "items": 5,
	//       "predicted_clusters": 3,
	//       "gold_clusters": 3,
	//       "bcubed_precision": 0,
	//       "bcubed_recall": 0,
	//       "bcubed_f1": 1,
	//       "pair_precision": 0,
	//       "pair_recall": 0,
	//       "pair_f1": 1,
	//       "ari": 1
	//     }
	//   },
	//   "diagnostics": []
	// }
}

// TestCheckZeroSections: the zero values a command passes to Check before
// it reads anything say which formats its section has.
func TestCheckZeroSections(t *testing.T) {
	tests := []struct {
		f  Format
		s  Section
		ok bool
	}{
		{CSV, Events(nil), true},
		{HTML, Events(nil), false},
		{HTML, &Framing{}, true},
		{HTML, &Diff{}, true},
		{CSV, &Diff{}, false},
		{Markdown, &Diff{}, true},
		{JSON, PairLines(nil), true},
		{HTML, PairLines(nil), false},
		{CSV, &Dedup{}, true},
		{"xml", Articles(nil), false},
	}
	for _, tc := range tests {
		if err := Check(tc.f, tc.s); (err == nil) != tc.ok {
			t.Errorf("Check(%s, %T) = %v, want ok %v", tc.f, tc.s, err, tc.ok)
		}
	}
}

// TestPairLinesEcho: CSV (and the table) echo each input field in a column
// of its own, in the order keys first appear: strings as their text, other
// values as JSON, a key named like one of our columns under "input.".
func TestPairLinesEcho(t *testing.T) {
	lines := PairLines{
		{Line: 1, Echo: []Field{{Key: "id", Value: json.RawMessage(`"p1"`)}, {Key: "line", Value: json.RawMessage(`7`)}}, Scores: &Scores{Jaccard: 0.5}},
		{Line: 2, Echo: []Field{{Key: "meta", Value: json.RawMessage(`{"a":1}`)}, {Key: "id", Value: json.RawMessage(`"p2"`)}}, Error: "line is blank"},
	}
	got := render(t, CSV, New(nil, lines))
	want := `line,id,input.line,meta,jaccard,containment,cosine,title,combined,error
1,p1,7,,0.5000,0.0000,0.0000,,0.0000,
2,p2,,"{""a"":1}",,,,,,line is blank
`
	if got != want {
		t.Errorf("(-want +got):\n%s", cmp.Diff(want, got))
	}
	if table := render(t, Table, New(nil, lines)); !strings.Contains(table, "input.line") || !strings.Contains(table, `{"a":1}`) {
		t.Errorf("table without the echoed fields:\n%s", table)
	}
}
