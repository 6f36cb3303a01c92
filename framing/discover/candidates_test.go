package discover

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
)

// Tests of step 1: which capitalised words are candidate spellings.

// TestMinArticles: a spelling is a candidate when at least MinArticles
// articles use it (2 when not set), wherever the first of them stands;
// the outlets of each spelling count every article.
func TestMinArticles(t *testing.T) {
	arts := []art{{"de", "Diplomats gathered in Berlin for another round of talks."}}
	arts = append(arts, about("ua1", "Kyiv", 1)...) // Kyiv's first article is doc 1
	arts = append(arts, about("ru1", "Kiev", 2)...)
	arts = append(arts, about("ru2", "Kiev", 2)...)
	two := append(arts, about("ua2", "Kyiv", 1)...) // Kyiv in 2 articles

	got := Variants(docsOf(two), Options{})
	v := variantWith(got, "Kyiv")
	if v == nil || !paired(got, "Kyiv", "Kiev") {
		t.Fatalf("Kiev/Kyiv not found with Kyiv in 2 articles: %v", got)
	}
	want := map[string]map[string]int{"Kiev": {"ru1": 2, "ru2": 2}, "Kyiv": {"ua1": 1, "ua2": 1}}
	if diff := cmp.Diff(want, v.Outlets); diff != "" {
		t.Errorf("outlets (-want +got):\n%s", diff)
	}
	if got := Variants(docsOf(two), Options{MinArticles: 3}); paired(got, "Kyiv", "Kiev") {
		t.Errorf("MinArticles 3: Kyiv in 2 articles paired: %v", got)
	}
	if got := Variants(docsOf(arts), Options{}); paired(got, "Kyiv", "Kiev") {
		t.Errorf("Kyiv in 1 article paired by default: %v", got)
	}
	if got := Variants(docsOf(arts), Options{MinArticles: 1}); !paired(got, "Kyiv", "Kiev") {
		t.Errorf("MinArticles 1: Kiev/Kyiv not found with Kyiv in 1 article: %v", got)
	}
}

// TestMoreCapitalisedThanLower: a spelling is a candidate only when seen
// capitalised mid-sentence more often than in lower case: Turkey the
// country, in 4 sentences, against turkey the bird.
func TestMoreCapitalisedThanLower(t *testing.T) {
	docs := func(lower int) []text.Doc {
		arts := []art{{"de", "Diplomats gathered in Berlin for another round of talks."}}
		for i := range 2 {
			for _, o := range []struct{ outlet, name string }{{"en1", "Turkey"}, {"en2", "Turkey"}, {"tr1", "Türkiye"}, {"tr2", "Türkiye"}} {
				arts = append(arts, art{o.outlet, fmt.Sprintf(capitalSentences[i], o.name)})
			}
		}
		for lower > 0 { // recipes, two birds a recipe
			n := min(2, lower)
			arts = append(arts, art{"food", "Roast the " + strings.Repeat("turkey and ", n) + "potatoes for three hours."})
			lower -= n
		}
		return docsOf(arts)
	}
	if got := Variants(docs(3), Options{}); !paired(got, "Turkey", "Türkiye") {
		t.Errorf("Turkey 4 times capitalised, 3 in lower case: not paired with Türkiye: %v", got)
	}
	if got := Variants(docs(4), Options{}); paired(got, "Turkey", "Türkiye") {
		t.Errorf("Turkey 4 times capitalised, 4 in lower case: paired with Türkiye: %v", got)
	}

	// Words of three letters count in lower case too: Sun and Son, the
	// names of two papers here, are mostly the sun and a son.
	three := func(lower int) []text.Doc {
		var arts []art
		for _, o := range []struct{ outlet, name string }{{"uk1", "Sun"}, {"uk2", "Sun"}, {"us1", "Son"}, {"us2", "Son"}} {
			for range 2 {
				arts = append(arts, art{o.outlet, fmt.Sprintf("Reporters of the %s newspaper said on Monday that the election campaign had ended.", o.name)})
			}
		}
		for range lower {
			arts = append(arts, art{"misc", "Her son walked home in the sun after the long match."})
		}
		return docsOf(arts)
	}
	if got := Variants(three(3), Options{}); !paired(got, "Sun", "Son") {
		t.Errorf("Sun, Son 4 times capitalised, 3 in lower case: not paired: %v", got)
	}
	if got := Variants(three(4), Options{}); paired(got, "Sun", "Son") {
		t.Errorf("Sun, Son 4 times capitalised, 4 in lower case: paired: %v", got)
	}
}

// TestSentenceInitial: a word seen capitalised only at the start of
// sentences is no candidate; one seen after the first word is. "Mr."
// does not end a sentence; docs without sentence spans are read by the
// text before each word.
func TestSentenceInitial(t *testing.T) {
	pair := func(tmpl, a, b string) []art {
		var arts []art
		for _, o := range []struct{ outlet, name string }{{"ru1", a}, {"ru2", a}, {"ua1", b}, {"ua2", b}} {
			for range 2 {
				arts = append(arts, art{o.outlet, fmt.Sprintf(tmpl, o.name)})
			}
		}
		return arts
	}
	const first = "Sirens sounded overnight across the region. %s residents sheltered in metro stations as drones approached."
	const second = "Sirens sounded overnight across the region. In %s residents sheltered in metro stations as drones approached."
	const mister = "Sirens sounded overnight across the region. Mr. %s told reporters that drones approached the capital."
	noSentences := func(docs []text.Doc) []text.Doc {
		for i := range docs {
			docs[i].Sentences = nil
		}
		return docs
	}
	for _, tt := range []struct {
		name string
		docs []text.Doc
		a, b string
		want bool
	}{
		{"first of a sentence", docsOf(pair(first, "Kiev", "Kyiv")), "Kiev", "Kyiv", false},
		{"first after a line of asterisks", docsOf(pair("***\n%s residents sheltered in metro stations as drones approached.", "Kiev", "Kyiv")), "Kiev", "Kyiv", false},
		{"second of a sentence", docsOf(pair(second, "Kiev", "Kyiv")), "Kiev", "Kyiv", true},
		{"after Mr.", docsOf(pair(mister, "Zelensky", "Zelenskyy")), "Zelensky", "Zelenskyy", true},
		{"no sentence spans, first", noSentences(docsOf(pair(first, "Kiev", "Kyiv"))), "Kiev", "Kyiv", false},
		{"no sentence spans, second", noSentences(docsOf(pair(second, "Kiev", "Kyiv"))), "Kiev", "Kyiv", true},
	} {
		if got := Variants(tt.docs, Options{}); paired(got, tt.a, tt.b) != tt.want {
			t.Errorf("%s: %s/%s paired %v, want %v: %v", tt.name, tt.a, tt.b, !tt.want, tt.want, got)
		}
	}
}

// TestSentenceSpans: sentence spans from another splitter, which may tile
// the text (a word starting where a sentence ends begins the next) or
// leave words out (those start no sentence of their own, and are read as
// sentence-initial).
func TestSentenceSpans(t *testing.T) {
	docs := func(spans func(s string, at int) []corpus.Span) []text.Doc {
		var docs []text.Doc
		for i, o := range []struct{ outlet, name string }{{"ru1", "Kiev"}, {"ru2", "Kiev"}, {"ua1", "Kyiv"}, {"ua2", "Kyiv"}} {
			for j := range 2 {
				s := "Sirens sounded overnight across the region. " + o.name + " residents sheltered in metro stations as drones approached."
				at := strings.Index(s, o.name)
				docs = append(docs, text.Doc{ID: fmt.Sprint(i, j), Outlet: o.outlet, Text: s, Tokens: corpus.Tokenize(s), Sentences: spans(s, at)})
			}
		}
		return docs
	}
	tiled := docs(func(s string, at int) []corpus.Span {
		return []corpus.Span{{Start: 0, End: int32(at)}, {Start: int32(at), End: int32(len(s))}}
	})
	if got := Variants(tiled, Options{}); paired(got, "Kiev", "Kyiv") {
		t.Errorf("tiled spans: names that start sentences paired: %v", got)
	}
	firstOnly := docs(func(s string, at int) []corpus.Span {
		return []corpus.Span{{Start: 0, End: int32(at - 1)}}
	})
	if got := Variants(firstOnly, Options{}); paired(got, "Kiev", "Kyiv") {
		t.Errorf("names outside every sentence paired: %v", got)
	}
}

// TestNameAfterShortWord: a name after a word that is no name ("A", a
// number) at the start of the first doc follows no name.
func TestNameAfterShortWord(t *testing.T) {
	for _, start := range []string{"A Kyiv court ruled on Monday.", "3 Kyiv districts lost power."} {
		arts := []art{{"ua1", start}}
		arts = append(arts, about("ua1", "Kyiv", 2)...)
		arts = append(arts, about("ua2", "Kyiv", 2)...)
		arts = append(arts, about("ru1", "Kiev", 2)...)
		arts = append(arts, about("ru2", "Kiev", 2)...)
		if got := Variants(docsOf(arts), Options{}); !paired(got, "Kiev", "Kyiv") {
			t.Errorf("first doc %q: Kiev/Kyiv not found: %v", start, got)
		}
	}
}

// TestNameLike: a candidate has at least three letters, one of them lower
// case, and nothing but letters and inner apostrophes.
func TestNameLike(t *testing.T) {
	for w, want := range map[string]bool{
		"Kyiv": true, "Lev": true, "Łódź": true, "Ōta": true, "O'Connor": true, "Zelensky’s": true,
		"Li": false, "NATO": false, "Kyiv2": false, "G7": false, "'Kyiv": false, "Ab-c": false,
	} {
		if got := nameLike(w); got != want {
			t.Errorf("nameLike(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCapLogChunks: the log of capitalised tokens fills a chunk before it
// starts another, and its last entry is the one added last.
func TestCapLogChunks(t *testing.T) {
	var l capLog
	for i := range capChunk + 1 {
		l.add(capToken{id: int32(i)})
		if l.last().id != int32(i) {
			t.Fatalf("last after adding %d: %d", i, l.last().id)
		}
		if i == capChunk-1 && len(l.chunks) != 1 {
			t.Fatalf("%d entries in %d chunks, want 1", capChunk, len(l.chunks))
		}
	}
	if len(l.chunks) != 2 || l.n != capChunk+1 {
		t.Errorf("%d entries in %d chunks, want %d in 2", l.n, len(l.chunks), capChunk+1)
	}
}
