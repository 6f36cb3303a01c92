package similarity

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// seedBody returns the body of a seed file without its header line.
func seedBody(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("../testdata/seeds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(data), "\n")
	return body
}

func dedup(opt DedupOptions, docs []Doc) []Group {
	d := NewDeduper(opt)
	for i, x := range docs {
		d.Add(i, x)
	}
	return d.Groups()
}

// TestDedupSeeds: the five seed articles are different articles.
func TestDedupSeeds(t *testing.T) {
	dump, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []Doc
	for _, a := range dump.Articles {
		docs = append(docs, Doc{ID: a.ID, Date: a.Date, Words: a.Words()})
	}
	if g := dedup(DedupOptions{}, docs); len(g) != 0 {
		t.Errorf("got %d groups among the seeds, want none: %+v", len(g), g)
	}
}

// TestDedupCopies: a republished copy of seed 000 with chrome added and a
// paragraph cut is found as contained in the original, and a copy with
// "Kiev" changed to "Kyiv" as near; 000, the earliest, is the original.
func TestDedupCopies(t *testing.T) {
	orig := seedBody(t, "000_1e9a216f9237e569.txt")
	paras := strings.Split(strings.TrimSpace(orig), "\n")
	cut := append(append([]string{}, paras[:4]...), paras[5:]...)
	// Chrome the loader does not know: a credit line and a footer.
	wrapped := "Example Wire Service\n" + strings.Join(cut, "\n") + "\nMore world news"
	kyiv := strings.ReplaceAll(orig, "Kiev", "Kyiv")
	if kyiv == orig {
		t.Fatal("seed 000 no longer says Kiev")
	}
	docs := []Doc{
		{ID: "000", Date: day("2025-12-16"), Words: corpus.Words(orig)},
		{ID: "wrapped", Date: day("2025-12-17"), Words: corpus.Words(wrapped)},
		{ID: "kyiv", Date: day("2025-12-18"), Words: corpus.Words(kyiv)},
	}
	groups := dedup(DedupOptions{}, docs)
	if len(groups) != 1 {
		t.Fatalf("got %d groups, want 1: %+v", len(groups), groups)
	}
	g := groups[0]
	if diff := cmp.Diff([]int{0, 1, 2}, g.Members); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	if g.Original != 0 || g.OriginalNote != "" {
		t.Errorf("original %d (%q), want 0", g.Original, g.OriginalNote)
	}
	edge := map[[2]int]Edge{}
	for _, e := range g.Edges {
		edge[[2]int{e.A, e.B}] = e
	}
	w, ok := edge[[2]int{0, 1}]
	if !ok || w.Kind != Contained || w.ContainmentBA < 0.9 || w.ContainmentAB >= 0.9 {
		t.Errorf("000-wrapped: %+v, want contained with the copy (b) inside the original", w)
	}
	k, ok := edge[[2]int{0, 2}]
	if !ok || k.Kind != Near || k.Jaccard < 0.8 || k.Jaccard == 1 {
		t.Errorf("000-kyiv: %+v, want near below 1", k)
	}

	// With the spelling variants folded, the Kyiv copy is the same text.
	canon := func(w string) string {
		if w == "kiev" {
			return "kyiv"
		}
		return w
	}
	groups = dedup(DedupOptions{Canon: canon}, docs)
	for _, e := range groups[0].Edges {
		if e.A == 0 && e.B == 2 && (e.Jaccard != 1 || e.Kind != Exact) {
			t.Errorf("with canon, 000-kyiv %+v, want exact", e)
		}
	}
	// The wrapped copy's edge to 000 links it to 000's whole exact class:
	// the group is not chained.
	if groups[0].Chained {
		t.Errorf("with canon, the group is chained: %+v", groups[0])
	}
}

func words(s string) []string { return strings.Fields(s) }

// text makes a distinct text of n words from a seed.
func text(seed, n int) string {
	r := rand.New(rand.NewPCG(uint64(seed), 7))
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("w%d", r.IntN(5000))
	}
	return strings.Join(ws, " ")
}

func TestDedupExactShortAndEmpty(t *testing.T) {
	docs := []Doc{
		{ID: "a", Date: day("2025-01-02"), Words: words(text(1, 200))},
		{ID: "short1", Words: words("breaking news")},
		{ID: "a-copy", Date: day("2025-01-01"), Words: words(text(1, 200))},
		{ID: "short2", Words: words("breaking news")},
		{ID: "short3", Words: words("other news")},
		{ID: "empty"},
	}
	groups := dedup(DedupOptions{}, docs)
	want := []Group{
		{Kind: Exact, Members: []int{0, 2}, Original: 2, Edges: []Edge{{A: 0, B: 2, Kind: Exact, Jaccard: 1, ContainmentAB: 1, ContainmentBA: 1}}},
		{Kind: Exact, Members: []int{1, 3}, Original: -1, OriginalNote: "no member has a date", Edges: []Edge{{A: 1, B: 3, Kind: Exact, Jaccard: 1, ContainmentAB: 1, ContainmentBA: 1}}},
	}
	if diff := cmp.Diff(want, groups); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDedupChained: A~B and B~C but not A~C: one group that says it is
// chained.
func TestDedupChained(t *testing.T) {
	// Each step drops 40 words of 400 and adds 40 new ones: J(a,b) and
	// J(b,c) are 360/440 ≈ 0.82, J(a,c) is 320/480 ≈ 0.67.
	a := words(text(2, 400))
	b := append(append([]string{}, a[40:]...), words(text(5, 40))...)
	c := append(append([]string{}, b[40:]...), words(text(6, 40))...)
	groups := dedup(DedupOptions{Threshold: 0.75}, []Doc{{ID: "a", Words: a}, {ID: "b", Words: b}, {ID: "c", Words: c}})
	if len(groups) != 1 || !groups[0].Chained {
		t.Fatalf("want one chained group, got %+v", groups)
	}
	for _, e := range groups[0].Edges {
		if e.A == 0 && e.B == 2 {
			t.Errorf("a-c linked directly: %+v", e)
		}
	}
}

func TestDedupOriginalTie(t *testing.T) {
	x := words(text(8, 100))
	groups := dedup(DedupOptions{}, []Doc{{ID: "p", Date: day("2025-03-01"), Words: x}, {ID: "q", Date: day("2025-03-01"), Words: x}, {ID: "r", Words: x}})
	if len(groups) != 1 || groups[0].Original != -1 || !strings.Contains(groups[0].OriginalNote, "2 members share the earliest date 2025-03-01: p, q") ||
		!slices.Equal(groups[0].Tied, []int{0, 1}) {
		t.Errorf("got %+v", groups)
	}
}

// corpusDocs makes a collection with planted near and contained copies.
func corpusDocs(n int) []Doc {
	var docs []Doc
	for i := range n {
		w := words(text(100+i, 150+i%200))
		docs = append(docs, Doc{ID: fmt.Sprintf("d%d", i), Words: w})
		switch i % 10 {
		case 0: // near copy: a few words changed
			c := append([]string{}, w...)
			c[len(c)/2] = "changed"
			docs = append(docs, Doc{ID: fmt.Sprintf("d%d-near", i), Words: c})
		case 5: // trimmed copy: the first 60%
			docs = append(docs, Doc{ID: fmt.Sprintf("d%d-trim", i), Words: w[:len(w)*6/10]})
		}
	}
	return docs
}

// TestDedupPlanted finds every planted copy, of the right kind, and
// nothing else.
func TestDedupPlanted(t *testing.T) {
	docs := corpusDocs(300)
	groups := dedup(DedupOptions{Workers: 4}, docs)
	got := map[string]Kind{}
	for _, g := range groups {
		if len(g.Members) != 2 {
			t.Errorf("group of %d: %+v", len(g.Members), g)
			continue
		}
		got[docs[g.Members[1]].ID] = g.Kind
	}
	want := map[string]Kind{}
	for _, d := range docs {
		switch {
		case strings.HasSuffix(d.ID, "-near"):
			want[d.ID] = Near
		case strings.HasSuffix(d.ID, "-trim"):
			want[d.ID] = Contained
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("planted copies (-want +got):\n%s", diff)
	}
}

// TestDedupTwoPass: with no room to hold shingle sets, Missing names the
// documents to supply, and the groups are the same as when all are held.
func TestDedupTwoPass(t *testing.T) {
	docs := corpusDocs(100)
	want := dedup(DedupOptions{}, docs)
	d := NewDeduper(DedupOptions{HoldBytes: 1})
	for i, x := range docs {
		d.Add(i, x)
	}
	missing := d.Missing()
	if len(missing) == 0 {
		t.Fatal("nothing missing with a 1-byte budget")
	}
	for _, i := range missing {
		d.Supply(i, docs[i])
	}
	if diff := cmp.Diff(want, d.Groups()); diff != "" {
		t.Errorf("(-held +two-pass):\n%s", diff)
	}
}

// TestDedupDeterministic adds documents from several goroutines in
// shuffled order and expects the same groups every time.
func TestDedupDeterministic(t *testing.T) {
	docs := corpusDocs(200)
	docs = append(docs, docs[3], docs[3], docs[17]) // exact copies too
	want := dedup(DedupOptions{}, docs)
	for run := range 20 {
		d := NewDeduper(DedupOptions{Workers: 3})
		order := rand.New(rand.NewPCG(uint64(run), 1)).Perm(len(docs))
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := w; k < len(order); k += 4 {
					d.Add(order[k], docs[order[k]])
				}
			}()
		}
		wg.Wait()
		if diff := cmp.Diff(want, d.Groups()); diff != "" {
			t.Fatalf("run %d (-want +got):\n%s", run, diff)
		}
	}
}

// TestShinglesForms: the text and token forms give the same set as the
// word form, and all three the same key; different texts differ in key.
func TestShinglesForms(t *testing.T) {
	canon := func(w string) string { return strings.ToUpper(w) }
	seed, err := os.ReadFile("../testdata/seeds/001_1c2c2081d55c5b3c.txt")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[uint64]string{}
	for _, raw := range []string{"a", "A b", "One two, three “four” five six", text(9, 300), "x y x y x y x y", string(seed)} {
		toks := corpus.Tokenize(raw)
		norm := corpus.Normalize(raw, toks)
		words := strings.Split(norm, " ")
		for _, n := range []int{1, 3, 5} {
			for _, c := range []Canon{nil, canon} {
				want, wantKey := shinglesWords(words, n, c)
				got, key := shinglesText(norm, n, c)
				if !cmp.Equal(want, got) || key != wantKey {
					t.Errorf("text form of %.20q (n=%d) differs from the word form", raw, n)
				}
				got, key = shinglesTokens(raw, toks, n, c)
				if !cmp.Equal(want, got) || key != wantKey {
					t.Errorf("token form of %.20q (n=%d) differs from the word form", raw, n)
				}
				// TokenShingles is the token form, and the set of NGramHashes
				// of the words mapped by the canon.
				mapped := make([]string, len(words))
				for k, w := range words {
					mapped[k] = w
					if c != nil {
						mapped[k] = c(w)
					}
				}
				grams := slices.Compact(slices.Sorted(slices.Values(NGramHashes(mapped, n))))
				if got := TokenShingles(raw, toks, n, c); !cmp.Equal(want, got) || !cmp.Equal(grams, got) {
					t.Errorf("TokenShingles of %.20q (n=%d) differs from the word form or from NGramHashes", raw, n)
				}
			}
		}
		_, key := shinglesText(norm, 5, nil)
		if other, dup := keys[key]; dup {
			t.Errorf("%.20q and %.20q share a key", raw, other)
		}
		keys[key] = raw
	}
	fromText, _ := shinglesText("", 5, nil)
	fromTokens, _ := shinglesTokens("", nil, 5, nil)
	if fromText != nil || fromTokens != nil {
		t.Error("empty text has shingles")
	}
}

// TestDedupContainedAmidBoilerplate: a trimmed copy whose sample is mostly
// boilerplate (shared by more than maxPosting articles) is still found:
// boilerplate samples count neither for nor against the pair.
func TestDedupContainedAmidBoilerplate(t *testing.T) {
	boiler := words(text(11, 200))
	var docs []Doc
	for i := range maxPosting + 44 {
		docs = append(docs, Doc{ID: fmt.Sprintf("carrier%d", i), Words: append(append([]string{}, boiler...), words(text(1000+i, 100))...)})
	}
	unique := words(text(12, 200))
	src := append(append([]string{}, boiler...), unique...)
	cp := append(append([]string{}, boiler...), unique[:60]...)
	docs = append(docs, Doc{ID: "source", Words: src}, Doc{ID: "copy", Words: cp})
	groups := dedup(DedupOptions{Workers: 2}, docs)
	s, c := len(docs)-2, len(docs)-1
	for _, g := range groups {
		for _, e := range g.Edges {
			if e.A == s && e.B == c {
				if e.Kind != Contained || e.ContainmentBA < 0.9 {
					t.Errorf("source-copy edge %+v, want contained", e)
				}
				return
			}
		}
	}
	t.Errorf("the trimmed copy was not found; groups: %d", len(groups))
}

func TestPostings(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 100, 5000} {
		d := NewDeduper(DedupOptions{Workers: 3})
		d.docs = make([]doc, n)
		var want []uint64
		for i := range d.docs {
			for range r.IntN(40) {
				h := r.Uint32()
				if r.IntN(7) == 0 {
					h &= 0xff // many in the first bucket
				}
				d.docs[i].sample = append(d.docs[i].sample, h)
				want = append(want, uint64(h)<<32|uint64(i))
			}
		}
		slices.Sort(want)
		if got := d.postings(); !slices.Equal(want, got) {
			t.Errorf("n=%d: postings differ from the sorted (sample, doc) pairs", n)
		}
	}
}

// TestDedupTitleOnly: documents without a body that share their headline
// are a title match, not exact copies; a headline among bodies is not
// enough to make a whole group one.
func TestDedupTitleOnly(t *testing.T) {
	headline := words("what you need to know right now")
	body := words(text(1, 200))
	docs := []Doc{
		{ID: "h1", Words: headline, TitleOnly: true},
		{ID: "h2", Words: headline, TitleOnly: true},
		{ID: "b1", Words: body},
		{ID: "b2", Words: body},
		{ID: "h3", Words: headline, TitleOnly: true},
	}
	groups := dedup(DedupOptions{}, docs)
	if len(groups) != 2 {
		t.Fatalf("%d groups, want 2: %+v", len(groups), groups)
	}
	h, b := groups[0], groups[1]
	if h.Kind != TitleOnly || len(h.Members) != 3 {
		t.Errorf("headlines: %+v, want a title group of 3", h)
	}
	for _, e := range h.Edges {
		if e.Kind != TitleOnly {
			t.Errorf("headline edge %+v, want kind title", e)
		}
	}
	if b.Kind != Exact || b.Edges[0].Kind != Exact {
		t.Errorf("bodies: %+v, want exact", b)
	}
	// A body that is only the headline's words is an exact copy of it,
	// not a title match: one side has a body.
	docs[1].TitleOnly = false
	if g := dedup(DedupOptions{}, docs)[0]; g.Kind != Exact || g.Edges[0].Kind != Exact || g.Edges[1].Kind != TitleOnly {
		t.Errorf("headline and a body of its words: %+v, want exact with one title edge", g)
	}
}
