package report

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestPairLineKeysOnce: an echoed field named like a key of ours, or like
// an echoed field already written, is renamed, so that no line holds a key
// twice (a reader keeping the last value would take the input's
// "similarity" for compare's, or the reverse).
func TestPairLineKeysOnce(t *testing.T) {
	l := PairLine{Line: 3, Error: "no text", Echo: []Field{
		{"id", json.RawMessage(`"x"`)},
		{"similarity", json.RawMessage(`"mine"`)},
		{"input.similarity", json.RawMessage(`1`)},
		{"error", json.RawMessage(`"theirs"`)},
		{"line", json.RawMessage(`7`)},
	}}
	b, err := l.json()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"x","input.similarity":"mine","input.input.similarity":1,"input.error":"theirs","input.line":7,"similarity":null,"error":"no text"}`
	if string(b) != want {
		t.Fatalf("line\n%s\nwant\n%s", b, want)
	}
	// Every key once: decoding into a map loses nothing.
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), `":`); len(m) != n {
		t.Errorf("%d keys written, %d distinct", n, len(m))
	}
}
