package discover

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// Tests of the context vectors of step 3b: which words around an
// occurrence count, how many occurrences are read, how words weigh and how
// two vectors compare.

// discoveryOf is the state Variants works on for docs, before any pair.
func discoveryOf(docs []text.Doc) *discovery {
	dc := &discovery{scan: scanDocs(docs), docs: docs, docOutlet: make([]int, len(docs))}
	ids := map[string]int{}
	for i, d := range docs {
		if _, ok := ids[d.Outlet]; !ok {
			ids[d.Outlet] = len(dc.outletNames)
			dc.outletNames = append(dc.outletNames, d.Outlet)
		}
		dc.docOutlet[i] = ids[d.Outlet]
	}
	return dc
}

// tokenOf returns the index of the first token of d written w, -1 if none.
func tokenOf(d *text.Doc, w string) int {
	for i := range d.NumTokens() {
		if d.Word(i) == w {
			return i
		}
	}
	return -1
}

// occsOf returns the occurrences of the name w in docs, in doc order.
func occsOf(dc *discovery, w string) []occ {
	return dc.spellings[dc.vocab[w]].occs
}

// keysOf returns the keys of a vector, and keyWords the keys of words.
func keysOf(v vector) []int32 {
	var out []int32
	for _, kw := range v {
		out = append(out, kw.key)
	}
	return out
}

func keyWords(dc *discovery, words ...string) []int32 {
	var out []int32
	for _, w := range words {
		out = append(out, dc.contextWord(w))
	}
	slices.Sort(out)
	return out
}

// TestContextWindow: a narrow context is the three words either side of
// the occurrence, the occurrence itself left out; with skipNext the word
// right after it is left out too (the name that selected a first name's
// occurrences).
func TestContextWindow(t *testing.T) {
	docs := []text.Doc{framingtest.Doc("a", "o", "golf alpha bravo charlie Kyiv delta echo foxtrot hotel india")}
	dc := discoveryOf(docs)
	occs := occsOf(dc, "Kyiv")
	got := dc.vectors([][]occ{occs}, false, false)[0]
	if want := keyWords(dc, "alpha", "bravo", "charlie", "delta", "echo", "foxtrot"); !slices.Equal(keysOf(got), want) {
		t.Errorf("narrow context keys %v, want those of alpha … foxtrot %v", keysOf(got), want)
	}
	got = dc.vectors([][]occ{occs}, true, false)[0]
	if want := keyWords(dc, "alpha", "bravo", "charlie", "echo", "foxtrot"); !slices.Equal(keysOf(got), want) {
		t.Errorf("context without the next word: keys %v, want those of alpha, bravo, charlie, echo, foxtrot %v", keysOf(got), want)
	}
}

// TestContextWords: context words are words of three letters or more,
// neither stop words nor numbers; all others are left out of the context.
func TestContextWords(t *testing.T) {
	docs := []text.Doc{framingtest.Doc("a", "o", "gas 2024 ox Kyiv the oil 7th war")}
	dc := discoveryOf(docs)
	for _, w := range []string{"gas", "oil", "war", "Oil"} {
		if dc.contextWord(w) < 0 {
			t.Errorf("contextWord(%q) = -1: a word of three letters is a context word", w)
		}
	}
	for _, w := range []string{"ox", "2024", "7th", "the", "whose", "said", "-"} {
		if k := dc.contextWord(w); k != -1 {
			t.Errorf("contextWord(%q) = %d, want -1", w, k)
		}
	}
	got := dc.vectors([][]occ{occsOf(dc, "Kyiv")}, false, false)[0]
	if want := keyWords(dc, "gas", "oil"); !slices.Equal(keysOf(got), want) {
		t.Errorf("context keys %v, want those of gas and oil %v", keysOf(got), want)
	}
}

// TestContextFirstKey: the first context word a scan keys (key 0) counts
// like any other.
func TestContextFirstKey(t *testing.T) {
	docs := []text.Doc{framingtest.Doc("a", "o", "alpha Kyiv bravo")}
	dc := discoveryOf(docs)
	got := dc.vectors([][]occ{occsOf(dc, "Kyiv")}, false, false)[0]
	if len(got) != 2 || got[0].key != 0 {
		t.Errorf("context %v, want the keys 0 (alpha) and 1 (bravo)", got)
	}
}

// TestContextOccurrencesRead: at most maxContextOccs occurrences of a
// spelling are read for a narrow context, and as many words' worth (a fifth)
// for a wide one; fewer are each read once. The count shows in the
// weight of a word found next to every occurrence: (1 + ln tf) · idf.
func TestContextOccurrencesRead(t *testing.T) {
	var b strings.Builder
	for range 1500 {
		b.WriteString("Kyiv gas aa bb cc dd. ") // gas once in each context
	}
	docs := []text.Doc{framingtest.Doc("a", "o", b.String()), framingtest.Doc("b", "o", strings.Repeat("Lviv gas aa bb cc dd. ", 3))}
	dc := discoveryOf(docs)
	tf := func(v vector) float64 {
		k := dc.contextWord("gas")
		for _, kw := range v {
			if kw.key == k {
				idf := math.Log(float64(dc.tokens) / float64(1+dc.keyFreq[k]))
				return math.Round(math.Exp(kw.weight/idf - 1))
			}
		}
		return 0
	}
	kyiv, lviv := occsOf(dc, "Kyiv"), occsOf(dc, "Lviv")
	if got := tf(dc.vectors([][]occ{kyiv}, false, false)[0]); got != maxContextOccs {
		t.Errorf("narrow: gas read %v times next to 1,500 occurrences, want %d", got, maxContextOccs)
	}
	wide := maxContextOccs * window / wideWindow
	if got := tf(dc.vectors([][]occ{kyiv}, false, true)[0]); got != float64(wide) {
		t.Errorf("wide: gas read %v times next to 1,500 occurrences, want %d", got, wide)
	}
	if got := tf(dc.vectors([][]occ{lviv}, false, false)[0]); got != 3 {
		t.Errorf("gas read %v times next to 3 occurrences, want 3", got)
	}
	if got := tf(dc.vectors([][]occ{lviv}, false, true)[0]); got != 3 {
		t.Errorf("wide: gas read %v times next to 3 occurrences, want 3", got)
	}
}

// TestSentenceTokens: a wide context is the sentence of the occurrence, at
// most wideWindow tokens either side of it.
func TestSentenceTokens(t *testing.T) {
	long := strings.Repeat("w ", 20)
	d := framingtest.Doc("a", "o", "One two three. Four five six Kyiv seven eight. Nine ten Lviv "+long+"end.")
	for _, tt := range []struct {
		word, first, last string // the sentence's first and last token
		hi                int    // or the last token's index, from the word's
	}{
		{"Kyiv", "Four", "eight", 0},
		{"Four", "Four", "eight", 0}, // first of its sentence, right after another
		{"eight", "Four", "eight", 0},
		{"Lviv", "Nine", "", wideWindow},
	} {
		tok := tokenOf(&d, tt.word)
		lo, hi := sentenceTokens(&d, tok)
		if d.Word(lo) != tt.first {
			t.Errorf("%s: context from %q, want from %q", tt.word, d.Word(lo), tt.first)
		}
		switch {
		case tt.last != "" && d.Word(hi-1) != tt.last:
			t.Errorf("%s: context up to %q, want up to %q", tt.word, d.Word(hi-1), tt.last)
		case tt.last == "" && hi-1-tok != tt.hi:
			t.Errorf("%s: context up to %d tokens after it, want %d", tt.word, hi-1-tok, tt.hi)
		}
	}
	// Long sentences are cut wideWindow tokens before the occurrence too.
	d = framingtest.Doc("b", "o", long+"Kyiv end.")
	tok := tokenOf(&d, "Kyiv")
	if lo, _ := sentenceTokens(&d, tok); tok-lo != wideWindow {
		t.Errorf("context from %d tokens before, want %d", tok-lo, wideWindow)
	}
	// Sentence spans that tile the text (another splitter's, spaces
	// included): a word starting where a sentence ends is the next one's.
	s := "One two three. Four five. Six"
	d = text.Doc{ID: "c", Outlet: "o", Text: s, Tokens: corpus.Tokenize(s),
		Sentences: []corpus.Span{{Start: 0, End: 15}, {Start: 15, End: 26}, {Start: 26, End: int32(len(s))}}}
	for _, tt := range []struct{ word, first, last string }{{"two", "One", "three"}, {"Four", "Four", "five"}, {"five", "Four", "five"}} {
		lo, hi := sentenceTokens(&d, tokenOf(&d, tt.word))
		if d.Word(lo) != tt.first || d.Word(hi-1) != tt.last {
			t.Errorf("tiled spans, %s: context %q … %q, want %q … %q", tt.word, d.Word(lo), d.Word(hi-1), tt.first, tt.last)
		}
	}
}

// TestWeigh: a key weighs (1 + ln tf) · ln(T/(1+f)), tf its count among
// the keys, f its frequency, T the tokens; a key more frequent than that
// (an estimate from a sample may be) is left out.
func TestWeigh(t *testing.T) {
	sc := &scan{tokens: 100, keyFreq: []int{9, 4, 0, 150}}
	got := sc.weigh([]int32{1, 0, 3, 1, 2, 1})
	want := vector{{0, math.Log(10)}, {1, (1 + math.Log(3)) * math.Log(20)}, {2, math.Log(100)}}
	if len(got) != len(want) {
		t.Fatalf("weigh = %v, want %v", got, want)
	}
	for i := range want {
		if got[i].key != want[i].key || !near(got[i].weight, want[i].weight, 1e-12) {
			t.Errorf("weigh = %v, want %v", got, want)
			break
		}
	}
}

// TestCosine: the cosine of two weighted vectors, leaving out the keys of
// skip on both sides.
func TestCosine(t *testing.T) {
	x := vector{{1, 1}, {2, 2}, {4, 3}}
	y := vector{{1, 3}, {3, 4}, {4, 1}}
	for _, tt := range []struct {
		skip []int32
		want float64
	}{
		{nil, 6 / math.Sqrt(14*26)}, // dot 1·3 + 3·1, norms 1+4+9 and 9+16+1
		{[]int32{4}, 3 / math.Sqrt(5*25)},
		{[]int32{1, 4}, 0},
	} {
		if got := cosine(x, y, tt.skip...); !near(got, tt.want, 1e-12) {
			t.Errorf("cosine skipping %v = %v, want %v", tt.skip, got, tt.want)
		}
		if got := cosine(y, x, tt.skip...); !near(got, tt.want, 1e-12) {
			t.Errorf("cosine of y, x skipping %v = %v, want %v", tt.skip, got, tt.want)
		}
	}
	if got := cosine(x, nil); got != 0 {
		t.Errorf("cosine with an empty vector = %v, want 0", got)
	}
}
