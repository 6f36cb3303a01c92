package framing

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDiffersZeroCount: an outlet counted at 0 articles for a variant does
// not use it, so it differs from no one on that account.
func TestDiffersZeroCount(t *testing.T) {
	v := VariantUse{Terms: []TermUse{
		{Term: "a", Outlets: map[string]int{"A": 1, "B": 1}},
		{Term: "b", Outlets: map[string]int{"B": 0}},
	}}
	if v.Differs() {
		t.Error("A and B both use a alone, yet they differ: B's 0 articles of b count as a use")
	}
}

// TestEventOrderMiddle: every event listed in EventOrder keeps its place,
// the second as well as the first and the last, whatever the order of
// their first articles.
func TestEventOrderMiddle(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "e3", "Talks in Kiev went on."),
		doc("b1", "UA", "e3", "Talks in Kyiv went on."),
		doc("a2", "RU", "e2", "The Donbass front."),
		doc("b2", "UA", "e2", "The Donbas front."),
		doc("a3", "RU", "e1", "The port of Odessa."),
		doc("b3", "UA", "e1", "The port of Odesa."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{EventOrder: []string{"e1", "e2", "e3"}, Workers: 1})
	var got []string
	for _, e := range a.Events {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff([]string{"e1", "e2", "e3"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestEventWithoutVariants: an event none of whose articles uses a lexicon
// variant is not reported (Analysis.Events are "the variants used within
// one event").
func TestEventWithoutVariants(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "e1", "Talks in Kiev went on."),
		doc("b1", "UA", "e1", "Talks in Kyiv went on."),
		doc("a2", "RU", "e2", "The weather was fine."),
		doc("b2", "UA", "e2", "The weather was fine again."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{Workers: 1})
	var got []string
	for _, e := range a.Events {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff([]string{"e1"}, got); diff != "" {
		t.Errorf("events (-want +got), e2 uses no variant:\n%s", diff)
	}
}

// TestEvidenceTwoVariants: a group's evidence is one sentence for each of
// at most two variants, however many variants are used.
func TestEvidenceTwoVariants(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "", "Ships on the Dnepr."),
		doc("b1", "UA", "", "Ships on the Dnipro."),
		doc("c1", "US", "", "Ships on the Dnieper."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{Workers: 1})
	for _, v := range a.Variants {
		if v.Group != "dnipro" {
			continue
		}
		if len(v.Terms) != 3 {
			t.Fatalf("dnipro terms %+v, want all three used", v.Terms)
		}
		if len(v.Evidence) != 2 || v.Evidence[0].Doc != "a1" || v.Evidence[1].Doc != "b1" {
			t.Errorf("dnipro evidence %+v, want a1's and b1's sentences alone", v.Evidence)
		}
		return
	}
	t.Fatal("no dnipro group")
}

// TestMatchedOnlyHits: an outlet's Matched counts its articles that use a
// lexicon variant, not all of them.
func TestMatchedOnlyHits(t *testing.T) {
	docs := []Doc{
		doc("a1", "RU", "", "Talks in Kiev went on."),
		doc("a2", "RU", "", "The weather was fine."),
	}
	a := Analyze(docs, DefaultLexicon(), Options{Workers: 1})
	want := []OutletText{{Outlet: "RU", Articles: 2, Matched: 1}}
	if diff := cmp.Diff(want, a.Outlets); diff != "" {
		t.Errorf("outlets (-want +got):\n%s", diff)
	}
}
