package align

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
)

// load reads one article file.
func load(t *testing.T, path string) *corpus.Article {
	t.Helper()
	d, err := corpus.Load([]string{path}, corpus.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 1 {
		t.Fatalf("%s: %d articles", path, len(d.Articles))
	}
	return d.Articles[0]
}

func seedPath(t *testing.T, prefix string) string {
	t.Helper()
	m, err := filepath.Glob("../testdata/seeds/" + prefix + "_*.txt")
	if err != nil || len(m) != 1 {
		t.Fatalf("seed %s: %v %v", prefix, m, err)
	}
	return m[0]
}

var opt = Options{Canon: framing.DefaultLexicon().Canon()}

// sentenceOf returns the text of sentence i of a.
func sentenceOf(a *corpus.Article, i int) string { return a.Sentence(i) }

// TestEditedCopy: an edited copy of 001 (Kyiv → Kiev, Donbas → Donbass,
// Zelenskyy → Zelensky, one sentence moved, one dropped, one quote altered)
// reports each change as what it is.
func TestEditedCopy(t *testing.T) {
	src, err := os.ReadFile(seedPath(t, "001"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	const moved = "Ahead of his meeting with the US officials, the Russian leader delivered bellicose remarks at an investment forum, where he claimed his nation was ready to fight against Europe."
	const dropped = "The 73-year-old also said that Russia would increase attacks on Ukrainian ports and vessels, as well as tankers that support Kyiv, following attacks on ships carrying Russian oil off the coast of Turkiye."
	for _, s := range []string{moved, dropped} {
		if !strings.Contains(text, s) {
			t.Fatalf("seed 001 lacks %q", s)
		}
	}
	edited := strings.Replace(text, moved+"\n\n", "", 1)
	edited = strings.Replace(edited, dropped+"\n\n", "", 1)
	edited = strings.TrimRight(edited, "\n") + "\n\n" + moved + "\n"
	edited = strings.Replace(edited, "some American solutions can be discussed", "some American proposals can be discussed", 1)
	edited = strings.NewReplacer("Kyiv", "Kiev", "Donbas", "Donbass", "Zelenskyy", "Zelensky").Replace(edited)
	path := filepath.Join(t.TempDir(), "001_edited.txt")
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	a, b := load(t, seedPath(t, "001")), load(t, path)
	r := Compare(a, b, opt)

	// Spellings: substitutions, counted.
	subs := map[string]int{}
	for _, s := range r.Substitutions {
		subs[s.From+" → "+s.To] = s.Count
	}
	for _, want := range []string{"Kyiv → Kiev", "Donbas → Donbass", "Zelenskyy → Zelensky", "solutions → proposals"} {
		if subs[want] == 0 {
			t.Errorf("substitution %s not reported; got %v", want, subs)
		}
	}

	// The moved sentence: matched out of order.
	found := false
	for _, p := range r.Pairs {
		if p.Moved && strings.Contains(sentenceOf(a, p.A[0]), "Ahead of his meeting") {
			found = true
			if !strings.Contains(sentenceOf(b, p.B[0]), "Ahead of his meeting") || p.Similarity < 0.99 {
				t.Errorf("moved pair matched %q with %q (%.2f)", sentenceOf(a, p.A[0]), sentenceOf(b, p.B[0]), p.Similarity)
			}
		}
	}
	if !found {
		t.Error("the moved sentence is not reported as moved")
	}

	// The dropped sentence: only in A.
	var onlyA []string
	for _, i := range r.OnlyA {
		onlyA = append(onlyA, sentenceOf(a, i))
	}
	if !slices.ContainsFunc(onlyA, func(s string) bool { return strings.Contains(s, "The 73-year-old") }) {
		t.Errorf("the dropped sentence is not only in A; only in A: %q", onlyA)
	}
	if len(r.OnlyB) != 0 {
		for _, j := range r.OnlyB {
			t.Errorf("sentence only in B: %q", sentenceOf(b, j))
		}
	}

	// The altered quote: carried by both, not identical.
	altered := false
	for _, m := range r.SharedQuotes {
		qa, qb := r.QuotesA[m.A].Text, r.QuotesB[m.B].Text
		if strings.Contains(qa, "American solutions") {
			altered = strings.Contains(qb, "American proposals") && m.Similarity < 1 && m.Similarity >= 0.6
		}
	}
	if !altered {
		t.Error("the altered quote is not matched as altered")
	}
	// Every other quote is carried whole by both.
	if len(r.SharedQuotes) < len(r.QuotesA)-1 {
		t.Errorf("%d of %d quotes shared", len(r.SharedQuotes), len(r.QuotesA))
	}

	// The one long passage is most of the text.
	if len(r.Passages) == 0 || r.Passages[0].Words < 40 {
		t.Errorf("passages %+v: want a long first one", r.Passages)
	}
	if s := r.Summary; s.Shared < s.WordsA*8/10 || s.OnlyA == 0 || s.OnlyB == 0 {
		t.Errorf("summary %+v", s)
	}
}

// TestSharedQuoteAcrossSeeds: 001 and 003 both carry "very useful and
// constructive".
func TestSharedQuoteAcrossSeeds(t *testing.T) {
	a, b := load(t, seedPath(t, "001")), load(t, seedPath(t, "003"))
	r := Compare(a, b, opt)
	for _, m := range r.SharedQuotes {
		if strings.Contains(r.QuotesA[m.A].Text, "very useful and constructive") && strings.Contains(r.QuotesB[m.B].Text, "very useful and constructive") {
			return
		}
	}
	t.Errorf("the quote \"very useful and constructive\" is not shared; shared: %v", r.SharedQuotes)
}

// TestSeedPairs: the two MENAFN articles 000 and 003, and 000 against
// 004 (another outlet on the Berlin talks), align sensibly: every pair
// above the threshold, in order unless moved, no sentence twice.
func TestSeedPairs(t *testing.T) {
	for _, pair := range [][2]string{{"000", "003"}, {"000", "004"}, {"000", "000"}} {
		a, b := load(t, seedPath(t, pair[0])), load(t, seedPath(t, pair[1]))
		r := Compare(a, b, opt)
		seenA, seenB := map[int]bool{}, map[int]bool{}
		lastB := -1
		for _, p := range r.Pairs {
			if p.Similarity < 0.5 {
				t.Errorf("%v: pair %v-%v below the threshold: %.2f", pair, p.A, p.B, p.Similarity)
			}
			for _, i := range p.A {
				if seenA[i] {
					t.Errorf("%v: sentence A%d aligned twice", pair, i)
				}
				seenA[i] = true
			}
			for _, j := range p.B {
				if seenB[j] {
					t.Errorf("%v: sentence B%d aligned twice", pair, j)
				}
				seenB[j] = true
			}
			if !p.Moved {
				if p.B[0] <= lastB {
					t.Errorf("%v: in-order pairs out of order at %v-%v", pair, p.A, p.B)
				}
				lastB = p.B[len(p.B)-1]
			}
		}
		if len(seenA)+len(r.OnlyA) != len(a.Sentences) || len(seenB)+len(r.OnlyB) != len(b.Sentences) {
			t.Errorf("%v: sentences not all accounted for", pair)
		}
		if pair[0] == pair[1] && (len(r.OnlyA) != 0 || len(r.Substitutions) != 0 || r.Summary.Shared != r.Summary.WordsA) {
			t.Errorf("an article against itself: %+v", r.Summary)
		}
	}
}

// TestSplitSentence: a sentence split in two by an editor is one 1:2 pair.
func TestSplitSentence(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := load(t, write("a.txt", "Peace talks.\nThe envoys met in Berlin on Monday and they agreed to meet again in Moscow next week after long talks. The weather was cold.\n"))
	b := load(t, write("b.txt", "Peace talks.\nThe envoys met in Berlin on Monday. They agreed to meet again in Moscow next week after long talks. The weather was cold.\n"))
	r := Compare(a, b, opt)
	for _, p := range r.Pairs {
		if len(p.A) == 1 && len(p.B) == 2 {
			return
		}
	}
	t.Errorf("no 1:2 pair in %+v", r.Pairs)
}

// TestDeterministic: the same inputs give the same result.
func TestDeterministic(t *testing.T) {
	a, b := load(t, seedPath(t, "000")), load(t, seedPath(t, "004"))
	first := Compare(a, b, opt)
	for range 5 {
		if got := Compare(a, b, opt); !equalResults(first, got) {
			t.Fatal("two runs differ")
		}
	}
}

func equalResults(x, y *Result) bool {
	if len(x.Pairs) != len(y.Pairs) || len(x.Passages) != len(y.Passages) || len(x.Substitutions) != len(y.Substitutions) {
		return false
	}
	for k := range x.Pairs {
		if !slices.Equal(x.Pairs[k].A, y.Pairs[k].A) || !slices.Equal(x.Pairs[k].B, y.Pairs[k].B) || x.Pairs[k].Similarity != y.Pairs[k].Similarity || !slices.Equal(x.Pairs[k].Diff, y.Pairs[k].Diff) {
			return false
		}
	}
	return slices.Equal(x.Passages, y.Passages) && slices.Equal(x.Substitutions, y.Substitutions)
}

// article builds an article of body text and a title as the loader does.
func article(id, title, text string) *corpus.Article {
	return &corpus.Article{ID: id, Title: title, Text: text, Tokens: corpus.Tokenize(text), Sentences: corpus.SplitSentences(text)}
}

// TestShortIdenticalSentences: a sentence of stop words only ("What?",
// "Not yet.") is aligned with its identical twin wherever it stands (first,
// between others, last, twice), not reported as only in A and only in B.
func TestShortIdenticalSentences(t *testing.T) {
	const (
		s1 = "The minister spoke in Kyiv on Monday about the war."
		s2 = "He said nothing more about the talks with Moscow."
		s3 = "Officials in Brussels declined to comment on the plan."
	)
	for _, short := range []string{"What?", "Not yet.", "Why not?", "And then?"} {
		for name, parts := range map[string][]string{
			"first":  {short, s1, s2, s3},
			"middle": {s1, short, s2, s3},
			"last":   {s1, s2, s3, short},
			"twice":  {s1, short, s2, short, s3},
			"alone":  {short},
		} {
			text := strings.Join(parts, " ")
			b := strings.Replace(text, "Kyiv", "Kiev", 1)
			r := Compare(article("a", "", text), article("b", "", b), opt)
			if len(r.OnlyA) > 0 || len(r.OnlyB) > 0 {
				t.Errorf("%q %s: only in A %v, only in B %v; pairs %+v", short, name, r.OnlyA, r.OnlyB, r.Pairs)
			}
			if len(r.Pairs) != len(parts) {
				t.Errorf("%q %s: %d pairs, want %d", short, name, len(r.Pairs), len(parts))
			}
			for _, p := range r.Pairs {
				if p.Moved || len(p.A) != 1 || len(p.B) != 1 || p.A[0] != p.B[0] {
					t.Errorf("%q %s: pair %+v, want in order 1:1", short, name, p)
				}
			}
		}
	}
	// Not a licence to pair unlike sentences of stop words.
	r := Compare(article("a", "", s1+" What?"), article("b", "", s1+" Not yet."), opt)
	if len(r.OnlyA) != 1 || len(r.OnlyB) != 1 {
		t.Errorf("What? and Not yet. aligned: %+v", r.Pairs)
	}
}

// TestTitles: titles are compared as bodies are: a headline's changed
// spelling is a substitution, a pair of headlines alone (a headline dump)
// shares their words, and a title one side lacks is all on the other side.
func TestTitles(t *testing.T) {
	body := "The minister spoke on Monday about the war. He said nothing more about the talks."
	r := Compare(article("a", "Drones strike Kyiv overnight", body), article("b", "Drones strike Kiev overnight", body), opt)
	if r.Title == nil {
		t.Fatal("no title diff")
	}
	var del, ins []string
	for _, op := range r.Title {
		switch op.Kind {
		case Delete:
			del = append(del, strings.TrimSpace(op.Text))
		case Insert:
			ins = append(ins, strings.TrimSpace(op.Text))
		}
	}
	if !slices.Equal(del, []string{"Kyiv"}) || !slices.Equal(ins, []string{"Kiev"}) {
		t.Errorf("title diff deletes %q, inserts %q", del, ins)
	}
	if len(r.Substitutions) != 1 || r.Substitutions[0] != (Substitution{From: "Kyiv", To: "Kiev", Count: 1}) {
		t.Errorf("substitutions %+v, want the title's Kyiv → Kiev", r.Substitutions)
	}
	bodyWords := len(corpus.Tokenize(body))
	if s := r.Summary; s.WordsA != 4+bodyWords || s.Shared != 3+bodyWords || s.OnlyA != 1 || s.OnlyB != 1 {
		t.Errorf("summary %+v", s)
	}

	// Headlines alone: compared on their titles.
	r = Compare(article("a", "What you need to know right now", ""), article("b", "What you need to know right now", ""), opt)
	if r.Summary.Shared != 7 || r.Summary.OnlyA != 0 || r.Summary.OnlyB != 0 || len(r.Pairs) != 0 {
		t.Errorf("headline pair: summary %+v, pairs %+v", r.Summary, r.Pairs)
	}

	// One title only: all of it on its side; none at all: no title diff.
	r = Compare(article("a", "", body), article("b", "Talks stall", body), opt)
	if len(r.Title) != 1 || r.Title[0].Kind != Insert || r.Summary.OnlyB != 2 {
		t.Errorf("B's title alone: %+v, summary %+v", r.Title, r.Summary)
	}
	if r := Compare(article("a", "", body), article("b", "", body), opt); r.Title != nil {
		t.Errorf("no titles, title diff %+v", r.Title)
	}
}
