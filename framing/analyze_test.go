package framing

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/internal/framingtest"
)

func doc(id, outlet, event, text string) Doc {
	d := framingtest.Doc(id, outlet, text)
	d.Event = event
	return d
}

func TestAnalyzeLexiconUse(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "e1", "Talks in Kiev went on. Kiev said no."),
		doc("a2", "RU", "", "The Donbass front. Nothing in Kiev."),
		doc("b1", "UA", "e1", "Talks in Kyiv went on."),
		doc("b2", "UA", "e2", "The Donbas front held."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{Workers: 2})
	uses := map[string]map[string]map[string]int{} // group -> term -> outlet -> articles
	for _, v := range a.Variants {
		if v.Source != SourceLexicon {
			continue
		}
		uses[v.Group] = map[string]map[string]int{}
		for _, tu := range v.Terms {
			uses[v.Group][tu.Term] = tu.Outlets
		}
	}
	want := map[string]map[string]int{"Kyiv": {"UA": 1}, "Kiev": {"RU": 2}}
	if diff := cmp.Diff(want, uses["kyiv"]); diff != "" {
		t.Errorf("kyiv group (-want +got), an article counted once however often it writes Kiev:\n%s", diff)
	}
	if diff := cmp.Diff(map[string]map[string]int{"Donbas": {"UA": 1}, "Donbass": {"RU": 1}}, uses["donbas"]); diff != "" {
		t.Errorf("donbas group (-want +got):\n%s", diff)
	}
	// Evidence: a sentence for each of two variants, naming its article.
	for _, v := range a.Variants {
		if v.Group == "kyiv" {
			if len(v.Evidence) != 2 || v.Evidence[0].Doc != "a1" || v.Evidence[0].Sentence != "Talks in Kiev went on." || v.Evidence[1].Doc != "b1" {
				t.Errorf("kyiv evidence = %+v", v.Evidence)
			}
		}
	}
	// Per event: e1 holds a1 and b1; e2 has one article and is left out.
	if len(a.Events) != 1 || a.Events[0].ID != "e1" {
		t.Fatalf("events = %+v, want e1 only", a.Events)
	}
	for _, v := range a.Events[0].Variants {
		if v.Group == "donbas" {
			t.Error("e1 has no Donbas article")
		}
	}
	// Every outlet is in the sourcing table.
	if len(a.Sourcing) != 2 {
		t.Errorf("sourcing for %d outlets, want 2", len(a.Sourcing))
	}
}

// TestTitlesCount: a title is part of what the outlet wrote. A headline-only
// article counts on its title, a full article on its title and body, and
// the outlet that gave only headlines is said to.
func TestTitlesCount(t *testing.T) {
	head := &corpus.Article{ID: "h1", Outlet: "RU", Title: "Kiev regime shells Donbass"}
	full := &corpus.Article{ID: "f1", Outlet: "UA", Title: "Shelling in Kiev", Text: "Nothing more was said."}
	full.Tokens, full.Sentences = corpus.Tokenize(full.Text), corpus.SplitSentences(full.Text)
	a := Analyze([]Doc{NewDoc(head), NewDoc(full)}, DefaultLexicon(), Options{Workers: 1})
	uses := map[string]map[string]int{}
	for _, v := range a.Variants {
		for _, tu := range v.Terms {
			uses[tu.Term] = tu.Outlets
		}
	}
	if diff := cmp.Diff(map[string]int{"UA": 1}, uses["Kiev"]); diff != "" {
		t.Errorf("Kiev (-want +got), titles counted:\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"RU": 1}, uses["Kiev regime"]); diff != "" {
		t.Errorf("Kiev regime (-want +got), a headline counted:\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"RU": 1}, uses["Donbass"]); diff != "" {
		t.Errorf("Donbass (-want +got):\n%s", diff)
	}
	want := []OutletText{{Outlet: "RU", Articles: 1, Headlines: 1, Matched: 1}, {Outlet: "UA", Articles: 1, Matched: 1}}
	if diff := cmp.Diff(want, a.Outlets); diff != "" {
		t.Errorf("outlets (-want +got):\n%s", diff)
	}
	// The title is the first sentence, so evidence can quote it.
	if d := NewDoc(full); d.SentenceAt(0) != "Shelling in Kiev" || d.Word(d.NumTokens()-1) != "said" {
		t.Errorf("doc of title %q and body %q", d.Title.Text, d.Text)
	}
}

// TestUnknownNotPooled: articles of no known outlet are not an outlet.
func TestUnknownNotPooled(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "e1", "Talks in Kiev went on."),
		doc("u1", corpus.UnknownOutlet, "e1", "Talks in Kyiv went on."),
		doc("u2", corpus.UnknownOutlet, "e1", "Talks in Kiev went on."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{Workers: 1})
	if a.Unknown != 2 {
		t.Errorf("Unknown = %d, want 2", a.Unknown)
	}
	for _, v := range a.Variants {
		for _, tu := range v.Terms {
			if _, ok := tu.Outlets[corpus.UnknownOutlet]; ok {
				t.Errorf("%s/%s counts unknown as an outlet: %v", v.Group, tu.Term, tu.Outlets)
			}
		}
	}
	for _, o := range a.Outlets {
		if o.Outlet == corpus.UnknownOutlet {
			t.Error("unknown listed among the outlets")
		}
	}
	for _, d := range a.Distinctive {
		if d.Outlet == corpus.UnknownOutlet {
			t.Error("unknown has distinctive terms")
		}
	}
}

// TestUnknownInEvents: under UnknownInEvents the articles of no known
// outlet are read in their events' tables, pooled, and still in nothing
// dump-wide; an unknown article of no event is read nowhere.
func TestUnknownInEvents(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "e1", "Talks in Kiev went on."),
		doc("u1", corpus.UnknownOutlet, "e1", "Talks in Kyiv went on."),
		doc("a2", "RU", "", "The Donbass front."),
		doc("u2", corpus.UnknownOutlet, "e1", "Talks in Kyiv went on."),
		doc("u3", corpus.UnknownOutlet, "", "The Donbas front."),
	}
	for _, on := range []bool{false, true} {
		a := Analyze(docs, DefaultLexicon(), Options{Workers: 2, UnknownInEvents: on})
		if a.Unknown != 3 {
			t.Errorf("UnknownInEvents %v: Unknown = %d, want 3", on, a.Unknown)
		}
		for _, v := range a.Variants {
			for _, tu := range v.Terms {
				if _, ok := tu.Outlets[corpus.UnknownOutlet]; ok {
					t.Errorf("UnknownInEvents %v: dump-wide %s/%s counts unknown: %v", on, v.Group, tu.Term, tu.Outlets)
				}
			}
		}
		if len(a.Outlets) != 1 || a.Outlets[0] != (OutletText{Outlet: "RU", Articles: 2, Matched: 2}) {
			t.Errorf("UnknownInEvents %v: outlets %+v, want RU's 2 articles only", on, a.Outlets)
		}
		if !on {
			if len(a.Events) != 0 {
				t.Errorf("without UnknownInEvents: events %+v, want none (e1 has one known article)", a.Events)
			}
			continue
		}
		if len(a.Events) != 1 {
			t.Fatalf("UnknownInEvents: events %+v, want e1", a.Events)
		}
		e := a.Events[0]
		if diff := cmp.Diff(map[string]int{"RU": 1, corpus.UnknownOutlet: 2}, e.Outlets); diff != "" {
			t.Errorf("e1 outlets (-want +got):\n%s", diff)
		}
		var kyiv *VariantUse
		for k := range e.Variants {
			if e.Variants[k].Group == "kyiv" {
				kyiv = &e.Variants[k]
			}
			if e.Variants[k].Group == "donbas" {
				t.Error("e1 reads u3, of no event")
			}
		}
		if kyiv == nil {
			t.Fatal("e1 has no kyiv row")
		}
		got := map[string]map[string]int{}
		for _, tu := range kyiv.Terms {
			got[tu.Term] = tu.Outlets
		}
		if diff := cmp.Diff(map[string]map[string]int{"Kyiv": {corpus.UnknownOutlet: 2}, "Kiev": {"RU": 1}}, got); diff != "" {
			t.Errorf("e1 kyiv (-want +got):\n%s", diff)
		}
		if !kyiv.Differs() || len(kyiv.Evidence) != 2 || kyiv.Evidence[1].Doc != "u1" {
			t.Errorf("e1 kyiv: differs %v, evidence %+v, want u1's sentence second", kyiv.Differs(), kyiv.Evidence)
		}
	}
}

func TestDiffers(t *testing.T) {
	use := func(terms ...map[string]int) VariantUse {
		v := VariantUse{}
		for i, o := range terms {
			v.Terms = append(v.Terms, TermUse{Term: string(rune('a' + i)), Outlets: o})
		}
		return v
	}
	labelled := func(terms ...map[string]int) VariantUse {
		v := use(terms...)
		for i := range v.Terms {
			v.Terms[i].Label = "neutral"
		}
		return v
	}
	for _, c := range []struct {
		v    VariantUse
		want bool
	}{
		{use(map[string]int{"A": 3}), false},                                // one outlet
		{use(map[string]int{"A": 3, "B": 1}), false},                        // all alike
		{use(map[string]int{"A": 3}, map[string]int{"B": 1}), true},         // A one way, B the other
		{use(map[string]int{"A": 3, "B": 1}, map[string]int{"B": 1}), true}, // B uses both
		{use(map[string]int{"A": 1, "B": 1}, map[string]int{"A": 1, "B": 2}), false},
		{labelled(map[string]int{"A": 3}, map[string]int{"B": 1}), false}, // said and told, both neutral
	} {
		if got := c.v.Differs(); got != c.want {
			t.Errorf("Differs(%+v) = %v, want %v", c.v.Terms, got, c.want)
		}
	}
}

// TestDiscoveredNotLexicon: discovery does not repeat a lexicon group.
func TestDiscoveredNotLexicon(t *testing.T) {
	lx := DefaultLexicon()
	if !lx.covers([]string{"Kiev", "Kyiv"}) || !lx.covers([]string{"kyiv", "KIEV"}) {
		t.Error("Kiev/Kyiv is the lexicon's kyiv group")
	}
	if lx.covers([]string{"Kiev", "Moscow"}) || lx.covers(nil) {
		t.Error("Kiev/Moscow is no lexicon group")
	}
}

// TestEventOrder: events are reported in the order given (package event's,
// largest first), not in order of their first article.
func TestEventOrder(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "e2", "Talks in Kiev went on."),
		doc("b1", "UA", "e2", "Talks in Kyiv went on."),
		doc("a2", "RU", "e1", "The Donbass front."),
		doc("b2", "UA", "e1", "The Donbas front."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{EventOrder: []string{"e1", "e2"}, Workers: 1})
	var got []string
	for _, e := range a.Events {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff([]string{"e1", "e2"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"RU": 1, "UA": 1}, a.Events[0].Outlets); diff != "" {
		t.Errorf("e1 outlets (-want +got):\n%s", diff)
	}
}

// TestSince: a group's labels apply from its since date; the articles using
// it that are older are counted, undated ones are not.
func TestSince(t *testing.T) {
	lx := DefaultLexicon()
	var kyiv Group
	for _, g := range lx.Groups() {
		if g.ID == "kyiv" {
			kyiv = g
		}
	}
	if want := time.Date(2019, 8, 14, 0, 0, 0, 0, time.UTC); !kyiv.Since.Equal(want) {
		t.Fatalf("kyiv since %v, want %v (the AP's change)", kyiv.Since, want)
	}
	old := doc("o1", "Fox", "", "Talks in Kiev went on.")
	old.Date = time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC)
	recent := doc("r1", "Fox", "", "Talks in Kiev went on. Kyiv said no.")
	recent.Date = time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	undated := doc("u1", "CNN", "", "Talks in Kiev went on.")
	a := Analyze([]Doc{old, recent, undated}, lx, Options{Workers: 1})
	for _, v := range a.Variants {
		if v.Group == "kyiv" && (v.Before != 1 || !v.Since.Equal(kyiv.Since)) {
			t.Errorf("kyiv: %d articles before %v, want 1", v.Before, v.Since)
		}
		if v.Group != "kyiv" && v.Before != 0 {
			t.Errorf("%s has no since, but %d articles before it", v.Group, v.Before)
		}
	}
	if _, err := ParseLexicon("[[group]]\nid = \"x\"\nkind = \"spelling\"\nsince = \"2019\"\nvariant = [{ term = \"X\" }]\n"); err == nil {
		t.Error("a since that is not a date accepted")
	}
}

// TestChromeNotDistinctive: a short sentence that ends most of an outlet's
// stories ("View news.") is chrome, learned by the loader's rule, and none
// of its words is a term distinctive of the outlet.
func TestChromeNotDistinctive(t *testing.T) {
	topics := []string{"grain", "power", "rail", "water", "schools", "roads", "ports", "banks", "farms", "mines", "bridges", "hospitals", "courts", "taxes", "prices", "wages"}
	var docs []Doc
	for i, topic := range topics {
		body := fmt.Sprintf("Officials discussed the %s plan on day %d with the regional council and the ministry.", topic, i)
		a := body
		if i%4 != 0 { // under the 90% of the outlet that makes a term boilerplate
			a += " View news."
		}
		docs = append(docs, doc(fmt.Sprintf("a%d", i), "A", "", a), doc(fmt.Sprintf("b%d", i), "B", "", body))
	}
	a := Analyze(docs, DefaultLexicon(), Options{Workers: 1})
	for _, o := range a.Distinctive {
		for _, term := range o.Terms {
			if l := strings.ToLower(term.Term); strings.Contains(l, "view") || strings.Contains(l, "news") {
				t.Errorf("%s: chrome term %q (z %.1f) is distinctive", o.Outlet, term.Term, term.Z)
			}
		}
	}
}
