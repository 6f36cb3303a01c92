package event

import (
	"testing"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/similarity"
)

// TestVocabulary: the builder's vocabulary counts each article's compared
// words once, spelling folded: 000 writes Kiev, the others Kyiv or no
// city, and "kyiv" counts them all; a word no seed writes counts none.
func TestVocabulary(t *testing.T) {
	arts := seeds(t)
	_, b := group(arts, Options{})
	v := b.Vocabulary()
	want := similarity.NewVocabulary(framing.DefaultLexicon().Canon())
	for _, a := range arts {
		want.Add(a.ComparedWords())
	}
	for _, term := range []string{"kyiv", "witkoff", "berlin", "ushakov", "zzzunseen"} {
		_, got, _ := v.Lookup(xxhash.Sum64String(term))
		_, w, _ := want.Lookup(xxhash.Sum64String(term))
		if got != w {
			t.Errorf("df of %q = %d, want %d", term, got, w)
		}
	}
	if _, df, _ := v.Lookup(xxhash.Sum64String("kyiv")); df != 5 {
		t.Errorf("df of kyiv = %d, want 5 (every seed, Kiev folded)", df)
	}
}
