package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// TestKept: the words kept are those of the equal runs, title first, then
// the body's; a changed word, an unaligned sentence and b's inserted words
// are not kept.
func TestKept(t *testing.T) {
	a := article("a", "Berlin talks end", "Talks in Kiev went on   all day. Nothing else happened here at all.")
	b := article("b", "Berlin talks",
		"Talks in Kyiv went on all day long. A sentence only B writes about other matters.")
	r := Compare(a, b, Options{})
	ka, kb := r.Kept(a, b)
	show := func(words []string, kept []bool) string {
		var out []string
		for i, w := range words {
			if kept[i] {
				out = append(out, w)
			} else {
				out = append(out, "_")
			}
		}
		return strings.Join(out, " ")
	}
	words := func(x *corpus.Article) []string { return append(corpus.Words(x.Title), x.Words()...) }
	if got, want := show(words(a), ka), "berlin talks _ talks in _ went on all day _ _ _ _ _ _"; got != want {
		t.Errorf("A kept %q, want %q", got, want)
	}
	if got, want := show(words(b), kb), "berlin talks talks in _ went on all day _ _ _ _ _ _ _ _ _"; got != want {
		t.Errorf("B kept %q, want %q", got, want)
	}
}

// TestKeptCountsShared: on the seeds, and on 001 against a copy edited
// (Kyiv → Kiev, a sentence dropped), the words kept on either side are as
// many as Summary.Shared counts, and the sides as long as it counts them.
func TestKeptCountsShared(t *testing.T) {
	seed := map[string]*corpus.Article{}
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		seed[id] = load(t, seedPath(t, id))
	}
	s1 := seed["001"]
	edited := strings.ReplaceAll(s1.Text, "Kyiv", "Kiev")
	edited = strings.Replace(edited, s1.Sentence(3), "", 1)
	seed["edited"] = article("edited", s1.Title+" today", edited)
	for _, p := range [][2]string{{"000", "002"}, {"000", "004"}, {"002", "004"}, {"001", "003"}, {"001", "edited"}, {"edited", "001"}} {
		a, b := seed[p[0]], seed[p[1]]
		r := Compare(a, b, opt)
		ka, kb := r.Kept(a, b)
		count := func(ks []bool) int {
			n := 0
			for _, k := range ks {
				if k {
					n++
				}
			}
			return n
		}
		got := []int{len(ka), len(kb), count(ka), count(kb)}
		want := []int{r.Summary.WordsA, r.Summary.WordsB, r.Summary.Shared, r.Summary.Shared}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s–%s: words and kept of A and B (-summary +kept):\n%s", p[0], p[1], diff)
		}
	}
	if r := Compare(s1, seed["edited"], opt); r.Summary.Shared < r.Summary.WordsA*9/10 || r.Summary.Shared == r.Summary.WordsA {
		t.Errorf("001 and its edited copy share %d of %d words", r.Summary.Shared, r.Summary.WordsA)
	}
}
