package distinctive

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// termsOf returns the terms reported for outlet.
func termsOf(t *testing.T, res []Outlet, outlet string) []Term {
	t.Helper()
	for _, o := range res {
		if o.Outlet == outlet {
			return o.Terms
		}
	}
	t.Fatalf("no outlet %q in the result", outlet)
	return nil
}

// find returns the term named term (case-insensitively) and its rank.
func find(ts []Term, term string) (Term, int) {
	for i, s := range ts {
		if strings.EqualFold(s.Term, term) {
			return s, i
		}
	}
	return Term{}, -1
}

func TestDistinctiveSynthetic(t *testing.T) {
	docs := framingtest.SynthCorpus()
	res := Terms(docs, Options{Seed: 1})
	for _, o := range res {
		for _, s := range o.Terms {
			t.Logf("%s: %-20q z=%.2f %d/%d", o.Outlet, s.Term, s.Z, s.Articles, s.Others)
		}
	}
	if got := len(res); got != 4 {
		t.Fatalf("%d outlets, want 4", got)
	}
	if !slices.IsSortedFunc(res, func(a, b Outlet) int { return strings.Compare(a.Outlet, b.Outlet) }) {
		t.Errorf("outlets not sorted by name")
	}

	alpha := termsOf(t, res, "Alpha")
	for _, want := range []string{"regime", "special operation"} {
		s, rank := find(alpha, want)
		if rank < 0 || rank > 2 {
			t.Errorf("Alpha: %q at rank %d, want in the top 3", want, rank)
			continue
		}
		if s.Articles != 24 || s.Others != 0 {
			t.Errorf("Alpha: %q used by %d articles and %d others, want 24 and 0", want, s.Articles, s.Others)
		}
		if len(s.Examples) != 2 {
			t.Errorf("Alpha: %q has %d examples, want 2", want, len(s.Examples))
		}
		for _, ex := range s.Examples {
			if ex.Outlet != "Alpha" || !strings.Contains(ex.Sentence, want) || !strings.HasPrefix(ex.Doc, "Alpha-") {
				t.Errorf("Alpha: %q: bad example %+v", want, ex)
			}
		}
	}
	// The halves of "special operation" add nothing to it, and the outlet's
	// own name in its datelines is not a finding.
	for _, no := range []string{"special", "operation", "alpha"} {
		if _, rank := find(alpha, no); rank >= 0 {
			t.Errorf("Alpha: %q reported at rank %d", no, rank)
		}
	}
	if s, rank := find(alpha, "regime"); rank >= 0 && s.Term != "regime" {
		t.Errorf("Alpha: term written %q, want the usual %q", s.Term, "regime")
	}

	beta := termsOf(t, res, "Beta")
	if _, rank := find(beta, "invasion"); rank != 0 {
		t.Errorf("Beta: invasion at rank %d, want 0", rank)
	}
	for _, o := range res {
		for _, s := range o.Terms {
			if strings.Contains(strings.ToLower(s.Term), "banana") {
				t.Errorf("%s: %q reported: one article's repetitions count once", o.Outlet, s.Term)
			}
		}
	}
	// Nothing else: the filler words are spread at random, Gamma's tagline
	// is boilerplate, and Delta's shared odd word is in only two articles.
	var got [][]string
	for _, o := range res {
		var ts []string
		for _, s := range o.Terms {
			ts = append(ts, s.Term)
		}
		got = append(got, ts)
	}
	want := [][]string{{"regime", "special operation"}, {"invasion"}, nil, nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("terms of Alpha, Beta, Delta, Gamma (-want +got):\n%s", diff)
	}
}

// TestDistinctiveBaseline: the permutation baseline is what keeps the
// filler words out.
func TestDistinctiveBaseline(t *testing.T) {
	docs := framingtest.SynthCorpus()
	planted := map[string]bool{"regime": true, "special operation": true, "invasion": true}
	chance := func(res []Outlet) []string {
		var out []string
		for _, o := range res {
			for _, s := range o.Terms {
				if !planted[s.Term] {
					out = append(out, o.Outlet+": "+s.Term)
				}
			}
		}
		return out
	}
	noBase := Terms(docs, Options{Seed: 1, Permutations: -1})
	if got := chance(noBase); len(got) == 0 {
		t.Errorf("no filler word above MinZ without the baseline: the test corpus lost its point")
	}
	for _, o := range noBase {
		for _, s := range o.Terms {
			if s.Z <= defaultMinZ {
				t.Errorf("%s: %q has z %.2f <= MinZ", o.Outlet, s.Term, s.Z)
			}
		}
	}
	for seed := range uint64(5) {
		if got := chance(Terms(docs, Options{Seed: seed})); len(got) > 0 {
			t.Errorf("seed %d: filler words reported: %v", seed, got)
		}
	}
	// With MinArticles 2, Delta's odd word shared by two of its three
	// articles passes MinZ, but two random articles of a three-article
	// outlet share as rare a term often enough.
	if _, rank := find(termsOf(t, Terms(docs, Options{Permutations: -1, MinArticles: 2}), "Delta"), "zyzzyva"); rank < 0 {
		t.Errorf("Delta: zyzzyva not above MinZ with MinArticles 2")
	}
	if _, rank := find(termsOf(t, Terms(docs, Options{Seed: 1, MinArticles: 2}), "Delta"), "zyzzyva"); rank >= 0 {
		t.Errorf("Delta: zyzzyva reported despite the permutation baseline")
	}
}

// TestDistinctivePresence: an article counts once for a term, however
// often it uses it.
func TestDistinctivePresence(t *testing.T) {
	docs := framingtest.SynthCorpus()
	v := newVocab(nil)
	c := v.count(docs, 1)
	id, ok := v.uni["banana"]
	if !ok {
		t.Fatal("no term banana")
	}
	if c.df[id] != 1 || len(c.postings(id)) != 1 {
		t.Errorf("banana: df %d, postings %v, want one article", c.df[id], c.postings(id))
	}
	bi, ok := v.bi[bigramKey(id, id)]
	if !ok || c.df[bi] != 1 || v.key(bi) != "banana banana" {
		t.Errorf("banana banana: id %d (%v), df %d, want one article", bi, ok, c.df[bi])
	}
	if id := v.uni["regime"]; c.df[id] != 24 {
		t.Errorf("regime: df %d, want 24", c.df[id])
	}
	// A term of fewer than minDF articles has no postings, and a bigram
	// of them no id.
	c = newVocab(nil).count(docs, 2)
	if len(c.postings(id)) != 0 {
		t.Errorf("banana has postings with minDF 2")
	}
}

// TestDistinctiveSelfName: the outlet's own name in its datelines is not
// distinctive of it; under another name it is.
func TestDistinctiveSelfName(t *testing.T) {
	docs := framingtest.SynthCorpus()
	if _, rank := find(termsOf(t, Terms(docs, Options{Seed: 1}), "Alpha"), "Alpha"); rank >= 0 {
		t.Errorf("Alpha: its own name reported")
	}
	for i := range docs {
		if docs[i].Outlet == "Alpha" {
			docs[i].Outlet = "The Daily"
		}
	}
	s, rank := find(termsOf(t, Terms(docs, Options{Seed: 1}), "The Daily"), "Alpha")
	if rank < 0 || s.Articles != 20 {
		t.Errorf("The Daily: alpha at rank %d in %d articles, want reported in 20", rank, s.Articles)
	}
}

// TestDistinctiveWritten: terms are shown as the outlet most often writes
// them, possessives removed, and a bigram's hyphen kept.
func TestDistinctiveWritten(t *testing.T) {
	var docs []text.Doc
	for i := range 40 {
		outlet, text := "Other", "Markets rose and the weather was mild."
		if i < 20 {
			outlet = "Wire"
		}
		switch {
		case i < 12 && i%3 == 0:
			text = "It was the kremlin's. Then a special-operation."
		case i < 12:
			text = "It was the KREMLIN’s. Then a Special-Operation."
		}
		docs = append(docs, framingtest.Doc(fmt.Sprint(i), outlet, text+" Filler words here."))
	}
	var got []string
	for _, s := range termsOf(t, Terms(docs, Options{Seed: 1}), "Wire") {
		got = append(got, s.Term)
		if len(s.Examples) != 2 || s.Examples[0].Doc != "0" || s.Examples[1].Doc != "1" {
			t.Errorf("%q: examples %+v, want from articles 0 and 1", s.Term, s.Examples)
		}
	}
	if want := []string{"KREMLIN", "Special-Operation"}; !slices.Equal(got, want) {
		t.Errorf("Wire terms %q, want %q", got, want)
	}
}

func TestDistinctiveDeterministic(t *testing.T) {
	docs := framingtest.SynthCorpus()
	opt := Options{Seed: 42, Top: 5}
	want := Terms(docs, opt)
	if diff := cmp.Diff(want, Terms(docs, opt)); diff != "" {
		t.Errorf("second run differs (-first +second):\n%s", diff)
	}
	prev := runtime.GOMAXPROCS(1)
	got := Terms(docs, opt)
	runtime.GOMAXPROCS(prev)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("one core differs (-all +one):\n%s", diff)
	}
	for _, o := range want {
		if len(o.Terms) > opt.Top {
			t.Errorf("%s: %d terms, want at most %d", o.Outlet, len(o.Terms), opt.Top)
		}
	}
}

func TestDistinctiveEdges(t *testing.T) {
	if got := Terms(nil, Options{}); len(got) != 0 {
		t.Errorf("no docs: %v", got)
	}
	one := []text.Doc{framingtest.Doc("a", "Solo", "The regime said so. The regime again."), framingtest.Doc("b", "Solo", "Regime.")}
	got := Terms(one, Options{})
	want := []Outlet{{Outlet: "Solo", Articles: 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("one outlet (-want +got):\n%s", diff)
	}
}

func TestDistinctiveSeeds(t *testing.T) {
	// Two to three articles per outlet: nothing can pass MinArticles 3
	// without being boilerplate; the call must still work on real text.
	res := Terms(framingtest.Seeds(t, false), Options{Seed: 1})
	var names []string
	for _, o := range res {
		names = append(names, o.Outlet)
		for _, s := range o.Terms {
			t.Errorf("%s: unexpected term %+v", o.Outlet, s)
		}
	}
	if want := []string{"MENAFN", "Occasional Digest", "unknown"}; !slices.Equal(names, want) {
		t.Errorf("outlets %v, want %v", names, want)
	}
}

// BenchmarkDistinctive40k runs Terms on 40,000 synthetic articles
// (about 26M tokens, 490 outlets).
func BenchmarkDistinctive40k(b *testing.B) {
	docs := framingtest.BenchCorpus(40000, 490)
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	for b.Loop() {
		Terms(docs, Options{Seed: 1})
	}
	b.ReportMetric(float64(tokens), "tokens")
}
