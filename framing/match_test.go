package framing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// hitText is a hit as the tests state it: group, variant and the text.
type hitText struct{ Group, Variant, Text string }

func hitTexts(text string, hits []Hit) []hitText {
	out := []hitText{}
	for _, h := range hits {
		out = append(out, hitText{h.Group, h.Variant, text[h.Start:h.End]})
	}
	return out
}

func TestMatch(t *testing.T) {
	lx := DefaultLexicon()
	for _, tt := range []struct {
		text string
		want []hitText
	}{
		{"Kiev's mayor", []hitText{{"kyiv", "Kiev", "Kiev"}}},
		{"Kiev’s mayor met KIEV’S", []hitText{{"kyiv", "Kiev", "Kiev"}, {"kyiv", "Kiev", "KIEV"}}},
		{"in Kyiv, not Kiev.", []hitText{{"kyiv", "Kyiv", "Kyiv"}, {"kyiv", "Kiev", "Kiev"}}},
		{"Kievan Rus' was a state", nil},
		{"she ordered chicken Kiev", nil},
		{"chicken Kiev in Kiev", []hitText{{"kyiv", "Kiev", "Kiev"}}},
		{"Chicken KIEV's origins", nil},
		{"Odessa, Texas", nil},
		{"Odessa,\nTexas", nil},
		{"the Odessa port", []hitText{{"odesa", "Odessa", "Odessa"}}},
		{"Odessa and Texas", []hitText{{"odesa", "Odessa", "Odessa"}}},
		{"Vladimir Zelensky met Vladimir Putin", []hitText{{"volodymyr-zelenskyy", "Vladimir Zelensky", "Vladimir Zelensky"}}},
		{"Volodymyr Zelenskyy’s office", []hitText{{"volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy"}}},
		{"President Zelenskiy said", []hitText{{"zelenskyy", "Zelenskiy", "Zelenskiy"}, {"reporting-neutral", "said", "said"}}},
		{"Russia's Donetsk People's Republic", []hitText{{"donetsk-status", "Donetsk People's Republic", "Donetsk People's Republic"}}},
		{"Russia’s Donetsk People’s Republic", []hitText{{"donetsk-status", "Donetsk People's Republic", "Donetsk People’s Republic"}}},
		{"the self-proclaimed Luhansk People's Republic (LPR)", []hitText{
			{"distancing", "self-proclaimed", "self-proclaimed"},
			{"luhansk-status", "Luhansk People's Republic", "Luhansk People's Republic"},
			{"luhansk-status", "LPR", "LPR"},
		}},
		{"the DPR and the dpr and the Dpr", []hitText{{"donetsk-status", "DPR", "DPR"}}},
		{"the DPR's leader", []hitText{{"donetsk-status", "DPR", "DPR"}}},
		{"talks with DPR Korea", nil},
		{"the Lugansk region", []hitText{{"luhansk-status", "Luhansk region", "Lugansk region"}}},
		{"the Lugansk mayor", []hitText{{"luhansk", "Lugansk", "Lugansk"}}},
		{"a special military operation", []hitText{{"special-military-operation", "special military operation", "special military operation"}}},
		{"the full-scale invasion and the invasion", []hitText{
			{"special-military-operation", "full-scale invasion", "full-scale invasion"},
			{"special-military-operation", "invasion", "invasion"},
		}},
		{"a war that began", nil},
		{"the illegally annexed Crimea", []hitText{{"annexation", "illegal annexation", "illegally annexed"}}},
		{"Crimea's reunification with Russia", []hitText{{"annexation", "reunification", "reunification with Russia"}}},
		{"China joined Russia in vetoing it", nil},
		{"Kherson joined Russia", []hitText{{"annexation", "joined Russia", "joined Russia"}}},
		{"the Autonomous Republic of Crimea", []hitText{{"crimea-status", "Autonomous Republic of Crimea", "Autonomous Republic of Crimea"}}},
		{"the Kiev regime", []hitText{{"kyiv-regime", "Kiev regime", "Kiev regime"}}},
		{"left Kiev. Regime change", []hitText{{"kyiv", "Kiev", "Kiev"}}},
		{"neo-Nazis and neo Nazis", []hitText{{"denazification", "neo-Nazi", "neo-Nazis"}, {"denazification", "neo-Nazi", "neo Nazis"}}},
		{"in Ivano-Frankivsk and Ivano–Frankovsk", []hitText{
			{"ivano-frankivsk", "Ivano-Frankivsk", "Ivano-Frankivsk"},
			{"ivano-frankivsk", "Ivano-Frankovsk", "Ivano–Frankovsk"},
		}},
		{"Bila  Tserkva", []hitText{{"bila-tserkva", "Bila Tserkva", "Bila  Tserkva"}}},
		{"Bila\nTserkva", nil},
		{"Artyomovsk, or Bakhmut", []hitText{{"bakhmut", "Artyomovsk", "Artyomovsk"}, {"bakhmut", "Bakhmut", "Bakhmut"}}},
		{"the Chernobyl disaster near Chernobyl", []hitText{{"chornobyl", "Chernobyl", "Chernobyl"}}},
		{"the so-called referendum, he claimed", []hitText{{"distancing", "so-called", "so-called"}, {"reporting-doubting", "claimed", "claimed"}}},
		{"Kievs Kieve kiev_ Kiev1", nil},
		{"", nil},
	} {
		got := hitTexts(tt.text, lx.Match(tt.text, corpus.Tokenize(tt.text)))
		if tt.want == nil {
			tt.want = []hitText{}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestMatchHit checks the fields of a hit, and that nil tokens tokenise
// the text.
func TestMatchHit(t *testing.T) {
	text := "Troops left Kiev’s outskirts."
	want := []Hit{{Group: "kyiv", Variant: "Kiev", Label: "russian", Start: 12, End: 16}}
	for _, toks := range [][]corpus.Span{corpus.Tokenize(text), nil} {
		if diff := cmp.Diff(want, DefaultLexicon().Match(text, toks)); diff != "" {
			t.Errorf("Match mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestMatchOverlap checks the longest-match rule across groups: a phrase
// form hides a one-word form of another group inside it, but not one that
// merely follows it.
func TestMatchOverlap(t *testing.T) {
	lx, err := ParseLexicon(`
[[group]]
id = "name"
kind = "spelling"
variant = [{ term = "Zelensky" }]

[[group]]
id = "full"
kind = "naming"
variant = [{ term = "Vladimir Zelensky" }, { term = "Vladimir Zelensky Jr", case = "exact" }]
`)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []hitText
	}{
		{"Vladimir Zelensky", []hitText{{"full", "Vladimir Zelensky", "Vladimir Zelensky"}}},
		{"Vladimir Zelensky Jr", []hitText{{"full", "Vladimir Zelensky Jr", "Vladimir Zelensky Jr"}}},
		{"vladimir zelensky jr", []hitText{{"full", "Vladimir Zelensky", "vladimir zelensky"}}},
		{"Vladimir, Zelensky", []hitText{{"name", "Zelensky", "Zelensky"}}},
		{"Vladimir Zelensky Zelensky", []hitText{{"full", "Vladimir Zelensky", "Vladimir Zelensky"}, {"name", "Zelensky", "Zelensky"}}},
	} {
		got := hitTexts(tt.text, lx.Match(tt.text, nil))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestMatchSeeds checks the hits in the seed articles: the MENAFN copy
// (000) writes Russian-derived names, the Kyiv-based report (004)
// Ukrainian-derived ones.
func TestMatchSeeds(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []hitText
	}{
		{"000_1e9a216f9237e569.txt", []hitText{
			{"special-military-operation", "Ukraine conflict", "conflict in Ukraine"},
			{"kyiv", "Kiev", "Kiev"},
			{"donetsk-status", "Donetsk People's Republic", "Donetsk People’s Republic"},
			{"donbas", "Donbass", "Donbass"},
			{"annexation", "incorporated into Russia", "incorporated into Russia"},
			{"volodymyr-zelenskyy", "Vladimir Zelensky", "Vladimir Zelensky"},
			{"zelenskyy", "Zelensky", "Zelensky"},
			{"reporting-endorsing", "acknowledged", "acknowledged"},
			{"donbas", "Donbass", "Donbass"},
			{"reporting-neutral", "stated", "stated"},
		}},
		{"004_fa79ad35558de7c7.txt", []hitText{
			{"reporting-neutral", "stated", "stated"},
			{"special-military-operation", "Russia's war", "Russia’s war"},
			{"kyiv", "Kyiv", "Kyiv"},
			{"volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky"},
			{"reporting-neutral", "wrote", "wrote"},
			{"reporting-neutral", "added", "added"},
			{"zelenskyy", "Zelensky", "Zelensky"},
			{"kyiv", "Kyiv", "Kyiv"},
			{"donbas", "Donbas", "Donbas"},
			{"luhansk", "Luhansk", "Luhansk"},
			{"reporting-neutral", "told", "told"},
			{"reporting-doubting", "insisted", "insisted"},
			{"zelenskyy", "Zelensky", "Zelensky"},
			{"zelenskyy", "Zelensky", "Zelensky"},
			{"zelenskyy", "Zelensky", "Zelensky"},
			{"reporting-neutral", "said", "said"},
			{"special-military-operation", "invasion", "invasion"},
			{"zelenskyy", "Zelensky", "Zelensky"},
			{"kyiv", "Kyiv", "Kyiv"},
		}},
	} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		got := hitTexts(text, DefaultLexicon().Match(text, corpus.Tokenize(text)))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: hits mismatch (-want +got):\n%s", tt.file, diff)
		}
	}
}

// TestMatchEveryForm checks that every form of the default lexicon, alone
// and inside a sentence, is found as its own variant.
func TestMatchEveryForm(t *testing.T) {
	lx := DefaultLexicon()
	for _, g := range lx.Groups() {
		for _, v := range g.Variants {
			for _, f := range v.Forms {
				text := "Yesterday " + f + " was news."
				want := []hitText{{g.ID, v.Term, f}}
				if got := hitTexts(text, lx.Match(text, nil)); !cmp.Equal(got, want) {
					t.Errorf("Match(%q) = %v, want %v", text, got, want)
				}
			}
		}
	}
}

func TestAppendNorm(t *testing.T) {
	for _, w := range []string{"Kiev", "KIEV'S", "kiev`s", "Kyiv’s", "Zaporizhzhia", "a\x7fb", "İstanbul", "ÉCOLE", "x\u00ADy", "", " ", "\xff"} {
		if got, want := string(appendNorm([]byte("prefix"), w)), "prefix"+corpus.NormalizeWord(w); got != want {
			t.Errorf("appendNorm(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSameCase(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"DPR", "DPR", true}, {"dpr", "DPR", false}, {"DPr", "DPR", false},
		{"People’s", "People's", true}, {"PEOPLE'S", "People's", false}, {"", "", true}, {"A", "", false},
	} {
		if got := sameCase(tt.a, tt.b); got != tt.want {
			t.Errorf("sameCase(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	text := sb.String()
	toks := corpus.Tokenize(text)
	lx := DefaultLexicon()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		lx.Match(text, toks)
	}
}

// TestMatchDocParts checks that matching a Doc of title and body finds
// what matching the joined text finds, at the same offsets: forms never
// span the two parts, exceptions may ("Odessa" ending a title, "Texas"
// starting the body).
func TestMatchDocParts(t *testing.T) {
	lx := DefaultLexicon()
	for _, tc := range []struct{ title, body string }{
		{"Shelling in Kiev", "Donbass, said Vladimir Zelensky in Kiev's centre."},
		{"Flooding in Odessa", "Texas officials said so. Odessa port is shut."},
		{"Vladimir", "Zelensky spoke."},
		{"Kiev", "In Kiev, it was said."},
	} {
		a := &corpus.Article{Title: tc.title, Text: tc.body}
		a.Tokens, a.Sentences = corpus.Tokenize(a.Text), corpus.SplitSentences(a.Text)
		d := NewDoc(a)
		text := tc.title + "\n\n" + tc.body
		want := lx.Match(text, nil)
		if diff := cmp.Diff(want, lx.MatchDoc(&d)); diff != "" {
			t.Errorf("%q: MatchDoc (-joined +doc):\n%s", tc.title, diff)
		}
		if len(want) == 0 {
			t.Errorf("%q: no hits; the case tests nothing", tc.title)
		}
	}
}
