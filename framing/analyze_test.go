package framing

import (
	"testing"

	"github.com/google/go-cmp/cmp"

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
