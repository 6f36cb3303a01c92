package distinctive

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// smallCorpus returns the articles of outlet "A" (texts a) and of outlet
// "B" (texts b, then filler articles of words used once, up to 30 in
// all). The first article is a filler one of B, so that no term of a is
// used before the second article.
func smallCorpus(a, b []string) []text.Doc { return corpusOf(a, b, 30) }

// corpusOf is smallCorpus with nb articles of B.
func corpusOf(a, b []string, nb int) []text.Doc {
	filler := framingtest.FillerWords(3 * (nb + 1))
	fill := func(k int) string { return fmt.Sprintf("%s %s %s.", filler[3*k], filler[3*k+1], filler[3*k+2]) }
	docs := []text.Doc{framingtest.Doc("B-0", "B", fill(0))}
	for i, s := range a {
		docs = append(docs, framingtest.Doc(fmt.Sprintf("A-%d", i), "A", s))
	}
	k := 1
	for _, s := range b {
		docs = append(docs, framingtest.Doc(fmt.Sprintf("B-%d", k), "B", s))
		k++
	}
	for ; k < nb; k++ {
		docs = append(docs, framingtest.Doc(fmt.Sprintf("B-%d", k), "B", fill(k)))
	}
	return docs
}

// termNames returns the terms reported for outlet, as written.
func termNames(t *testing.T, res []Outlet, outlet string) []string {
	t.Helper()
	var out []string
	for _, s := range termsOf(t, res, outlet) {
		out = append(out, s.Term)
	}
	return out
}

// TestMinArticles: by default a term needs 3 articles of the outlet, and
// an outlet of exactly 3 articles has its terms found. A's three articles
// use "ferrymen" (as do two of B's 30: not boilerplate) and two of them
// "kestrel", which without the rule would pass MinZ.
func TestMinArticles(t *testing.T) {
	docs := smallCorpus(
		[]string{"Ferrymen. Kestrel.", "Ferrymen. Kestrel.", "Ferrymen."},
		[]string{"Ferrymen.", "Ferrymen."})
	res := Terms(docs, Options{Permutations: -1})
	if got, want := termNames(t, res, "A"), []string{"Ferrymen"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
	for _, s := range termsOf(t, res, "A") {
		if s.Articles != 3 || s.Others != 2 {
			t.Errorf("%q in %d of A's articles and %d others, want 3 and 2", s.Term, s.Articles, s.Others)
		}
		// Examples from the first articles using it, the corpus's second first.
		if len(s.Examples) != 1 || s.Examples[0].Doc != "A-0" || s.Examples[0].Sentence != "Ferrymen." {
			t.Errorf("%q: examples %+v, want A-0's sentence (one, all alike)", s.Term, s.Examples)
		}
	}
	// With MinArticles 2, kestrel is found: the case above is no accident of z.
	if got, want := termNames(t, Terms(docs, Options{Permutations: -1, MinArticles: 2}), "A"), []string{"Ferrymen", "Kestrel"}; !slices.Equal(got, want) {
		t.Errorf("A's terms with MinArticles 2: %q, want %q", got, want)
	}
}

// TestNoSentences: articles loaded without sentences (corpus's
// NoSentences) are read as one sentence each, their bigrams found.
func TestNoSentences(t *testing.T) {
	docs := smallCorpus(
		[]string{"Grey kestrel", "Grey kestrel", "Grey kestrel"},
		[]string{"Grey kestrel", "Grey kestrel"})
	for i := range docs {
		docs[i].Sentences = nil
	}
	if got, want := termNames(t, Terms(docs, Options{Permutations: -1}), "A"), []string{"Grey kestrel"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
}

// TestChromeSkipped: the words of an outlet's chrome sentences are not
// what it wrote, and are no terms of it.
func TestChromeSkipped(t *testing.T) {
	docs := smallCorpus(
		[]string{"Ferrymen. Kestrel.", "Ferrymen. Kestrel.", "Ferrymen. Kestrel."},
		[]string{"Ferrymen. Kestrel.", "Ferrymen. Kestrel."})
	if got, want := termNames(t, Terms(docs, Options{Permutations: -1}), "A"), []string{"Ferrymen", "Kestrel"}; !slices.Equal(got, want) {
		t.Fatalf("A's terms without chrome %q, want %q", got, want)
	}
	for i := range docs {
		if docs[i].Outlet == "A" {
			docs[i].Chrome = docs[i].Sentences[1:2]
		}
	}
	if got, want := termNames(t, Terms(docs, Options{Permutations: -1}), "A"), []string{"Ferrymen"}; !slices.Equal(got, want) {
		t.Errorf("A's terms with Kestrel. as chrome %q, want %q", got, want)
	}
}

// TestBigramEdges: a bigram is two content words in a row, whichever
// words they are (here the corpus's first, which has id 0, begins one
// and ends another), and a word after a stopword begins no bigram with
// the content word before the stopword.
func TestBigramEdges(t *testing.T) {
	docs := smallCorpus(nil, nil)
	a := "Kestrel harbour, a grey kestrel."
	docs[0] = framingtest.Doc("A-0", "A", a) // the corpus's first word is kestrel
	docs[1] = framingtest.Doc("A-1", "A", a)
	docs[2] = framingtest.Doc("A-2", "A", a)
	docs[3] = framingtest.Doc("B-3", "B", a)
	docs[4] = framingtest.Doc("B-4", "B", a)
	res := Terms(docs, Options{Permutations: -1})
	if got, want := termNames(t, res, "A"), []string{"grey kestrel", "Kestrel harbour"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
	for _, s := range termsOf(t, res, "A") {
		if len(s.Examples) != 1 || s.Examples[0].Sentence != a {
			t.Errorf("%q: examples %+v, want the sentence %q", s.Term, s.Examples, a)
		}
	}
}

// TestZFormula: a term's Z is the z-score of the package comment, the
// log-odds ratio of presence counts with a prior of each group's own size
// and the corpus-wide share, computed here apart from the code.
func TestZFormula(t *testing.T) {
	docs := smallCorpus(
		[]string{"Ferrymen. Kestrel.", "Ferrymen.", "Ferrymen. Kestrel.", "Ferrymen.", "Harbour."},
		[]string{"Ferrymen.", "Ferrymen.", "Kestrel."})
	n := float64(len(docs))
	z := func(yi, ni, df float64) float64 {
		yj, nj := df-yi, n-ni
		ai, aj := ni*df/n, nj*df/n
		ui, uj := ni+ni-yi-ai, nj+nj-yj-aj
		delta := math.Log((yi+ai)/ui) - math.Log((yj+aj)/uj)
		return delta / math.Sqrt(1/(yi+ai)+1/ui+1/(yj+aj)+1/uj)
	}
	terms := termsOf(t, Terms(docs, Options{Permutations: -1, MinArticles: 2}), "A")
	want := map[string]float64{"Ferrymen": z(4, 5, 6)} // Kestrel's z(2, 5, 3) is under MinZ
	if len(terms) != len(want) {
		t.Fatalf("A's terms %+v, want %v", terms, want)
	}
	for _, s := range terms {
		if w, ok := want[s.Term]; !ok || math.Abs(s.Z-w) > 1e-9 {
			t.Errorf("%q: z %v, want %v", s.Term, s.Z, w)
		}
	}
}

// repeat returns n copies of s.
func repeat(s string, n int) []string { return slices.Repeat([]string{s}, n) }

// TestBoilerplate: a term of 90% or more of the outlet's articles and
// fewer than 5% of the others' is boilerplate; at exactly 5% of the others
// it is not. A's ten articles: nine use each of Ferrymen (no other
// article), Harbour (one of B's 40) and Kestrel (two of B's 40).
func TestBoilerplate(t *testing.T) {
	a := append(repeat("Ferrymen. Harbour. Kestrel.", 9), "Nothing.")
	b := []string{"Harbour.", "Kestrel.", "Kestrel."}
	res := Terms(corpusOf(a, b, 40), Options{Permutations: -1})
	if got, want := termNames(t, res, "A"), []string{"Kestrel"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
}

// TestMostDistinctiveFirst: terms come in decreasing z, not by name.
func TestMostDistinctiveFirst(t *testing.T) {
	docs := smallCorpus(
		[]string{"Kestrel. Ferrymen.", "Kestrel. Ferrymen.", "Kestrel."},
		[]string{"Kestrel.", "Kestrel."})
	terms := termsOf(t, Terms(docs, Options{Permutations: -1, MinArticles: 2}), "A")
	var got []string
	for k, s := range terms {
		got = append(got, s.Term)
		if k > 0 && s.Z > terms[k-1].Z {
			t.Errorf("%q (z %v) after %q (z %v)", s.Term, s.Z, terms[k-1].Term, terms[k-1].Z)
		}
	}
	if want := []string{"Kestrel", "Ferrymen"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
}

// TestSubsumedAtShare: a unigram inside a reported bigram used by 90% as
// many of the outlet's articles is not reported beside it: kestrel (10
// articles) hides behind grey kestrel (9).
func TestSubsumedAtShare(t *testing.T) {
	a := append(repeat("A grey kestrel.", 9), "A kestrel.")
	for _, w := range framingtest.FillerWords(200)[190:] { // words of no other article
		a = append(a, w+".")
	}
	res := Terms(corpusOf(a, nil, 40), Options{Permutations: -1})
	if got, want := termNames(t, res, "A"), []string{"grey kestrel"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
}

// TestUnigramBesideRareBigram: a unigram used by many more of the
// outlet's articles than a bigram holding it is reported beside it:
// kestrel (10 articles) is not hidden by grey kestrel (5).
func TestUnigramBesideRareBigram(t *testing.T) {
	a := append(repeat("A grey kestrel.", 5), repeat("A kestrel.", 5)...)
	for _, w := range framingtest.FillerWords(200)[190:] {
		a = append(a, w+".")
	}
	res := Terms(corpusOf(a, nil, 40), Options{Permutations: -1})
	if got, want := termNames(t, res, "A"), []string{"kestrel", "grey kestrel"}; !slices.Equal(got, want) {
		t.Errorf("A's terms %q, want %q", got, want)
	}
}

// TestMostFrequentForm: the most frequent form, the smallest of those
// tied, whatever the order of the map.
func TestMostFrequentForm(t *testing.T) {
	tied := map[string]int{}
	for _, f := range []string{"kestrel", "Kestrel", "KESTREL", "kEstrel", "keStrel", "kesTrel", "kestRel", "kestrEl", "kestreL"} {
		tied[f] = 2
	}
	rare := map[string]int{"a": 1, "b": 3, "c": 1, "d": 2, "e": 1, "f": 3, "g": 1}
	for range 50 {
		if got := mostFrequentForm(tied, "x"); got != "KESTREL" {
			t.Fatalf("mostFrequentForm(tied) = %q, want the smallest, KESTREL", got)
		}
		if got := mostFrequentForm(rare, "x"); got != "b" {
			t.Fatalf("mostFrequentForm(%v) = %q, want b", rare, got)
		}
	}
	if got := mostFrequentForm(nil, "x"); got != "x" {
		t.Errorf("mostFrequentForm(nil) = %q, want the default", got)
	}
}
