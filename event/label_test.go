package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
)

// TestSeedLabels: the seeds' events are labelled by who and where: the
// Berlin talks by Zelensky, Witkoff and Kushner in Berlin, the Moscow
// meeting by Putin, Witkoff and Kushner in Moscow, the call of 6 December
// by Zelensky, Witkoff and Kushner (no place: it was a call). Kushner is
// "Jared Kushner" in Berlin, where no report writes his surname alone.
func TestSeedLabels(t *testing.T) {
	arts := seeds(t)
	evs, b := group(arts, Options{})
	want := map[string]string{
		"000": "Zelensky, Witkoff, Jared Kushner · Berlin · 15–16 Dec 2025 · MENAFN, unknown (2)",
		"001": "Putin, Witkoff, Kushner · Moscow · 2 Dec 2025 · Occasional Digest",
		"003": "Zelensky, Witkoff, Kushner · 7 Dec 2025 · MENAFN",
	}
	for p, w := range want {
		if got := eventOf(t, evs, b, p).Label; got != w {
			t.Errorf("event of %s: label %q, want %q", p, got, w)
		}
	}
}

// labelled adds articles (a title, then its text after a blank line; no
// blank line: a headline) to a Builder and returns the parts of the label
// of the event of all of them, outlets being theirs.
func labelled(t *testing.T, outlet string, texts ...string) (who []string, where string) {
	t.Helper()
	b := NewBuilder(Options{Canon: framing.DefaultLexicon().Canon()})
	ev := &Event{Outlets: []OutletCount{{outlet, len(texts)}}}
	for i, s := range texts {
		a := &corpus.Article{ID: fmt.Sprint(i), Outlet: outlet}
		if title, text, ok := strings.Cut(s, "\n\n"); ok {
			a.Title, a.Text, a.Tokens = title, text, corpus.Tokenize(text)
		} else {
			a.Title = s
		}
		b.Add(i, a)
		ev.Members = append(ev.Members, i)
	}
	return b.labelParts(ev)
}

// TestLabelRules: each rule of a label's names, on made-up articles.
func TestLabelRules(t *testing.T) {
	for _, tc := range []struct {
		reason string
		texts  []string
		who    []string
		where  string
	}{{
		reason: "role words cut runs and are dropped; a run is named by its surname when the article writes it alone",
		texts:  []string{"\n\nThey met White House Special Envoy Steve Witkoff on Monday. Witkoff said little, and the White House and Witkoff said less."},
		who:    []string{"Witkoff", "White House"},
	}, {
		reason: "a role that also opens the names of bodies stays in them",
		texts:  []string{"\n\nThe report of the General Staff said the General Staff had met Attorney General Eric Holder. Holder said so."},
		who:    []string{"General Staff", "Holder"},
	}, {
		reason: "a title or role names a person, a run names someone; persons and runs before single words",
		texts:  []string{"\n\nThe talks of Ukraine and Ukraine and Ukraine went on as Mr. Umerov spoke for Mary Jones."},
		who:    []string{"Umerov", "Mary Jones", "Ukraine"},
	}, {
		reason: `"the House" is a body: the White House is not named by its last word`,
		texts:  []string{"\n\nThe White House asked the House to vote. The House did, and the White House was pleased with the House."},
		who:    []string{"White House", "House"},
	}, {
		reason: "a word that only opens sentences is no name, unless another article writes it mid-sentence; nor a run that opens one",
		texts:  []string{"\n\nDespite rain, Nowak came. Despite snow, Nowak stayed. Kowalski came too. Later Moreau left.", "\n\nKowalski and Nowak met. They met Kowalski."},
		who:    []string{"Kowalski", "Nowak"},
	}, {
		reason: "titles, months and days are no names",
		texts:  []string{"\n\nOn Tuesday in December, Dr. Nowak and Mr. Kowalski met; on Wednesday in December, Nowak and Kowalski left."},
		who:    []string{"Nowak", "Kowalski"},
	}, {
		reason: "a word written alone before a run ending with it is not taken for its surname",
		texts:  []string{"\n\nReporters asked Mercer twice, and Mercer said no, as did Robert Mercer."},
		who:    []string{"Robert Mercer", "Mercer"},
	}, {
		reason: "a heading in title case is no run of names",
		texts:  []string{"\n\nPutin Wants Land\nThe envoy said that Putin wants land, and Putin said so."},
		who:    []string{"Putin"},
	}, {
		reason: "a possessive ends a run and is no mention of its own",
		texts:  []string{"\n\nTrump's envoy and Trump's son-in-law met Putin, then Putin and Putin's aide left."},
		who:    []string{"Putin"},
	}, {
		reason: "a place is written after in, at or near, twice at least",
		texts:  []string{"\n\nThe talks in Berlin went on. Delegates in Berlin met Sybiha, who flew in from Warsaw."},
		who:    []string{"Sybiha", "Warsaw"},
		where:  "Berlin",
	}, {
		reason: "once is not enough for a place",
		texts:  []string{"\n\nThe envoys, who had met at the Kremlin before, spoke to Sybiha."},
		who:    []string{"Sybiha"},
	}, {
		reason: "a word mostly followed by a noun is an adjective, not who",
		texts:  []string{"\n\nRussian troops and Russian tanks and Russian drones hit Kharkiv; Sybiha spoke."},
		who:    []string{"Kharkiv", "Sybiha"},
	}, {
		reason: "the names most articles carry; spellings folded and shown as most write them",
		texts: []string{
			"\n\nThe envoys met in Kyiv and stayed in Kyiv, and Sybiha said so.",
			"\n\nThe envoys met in Kyiv, in Kyiv again, and Sybiha said so, then Moreau.",
			"\n\nThe envoys met in Kiev and in Kiev, and Sybiha said so.",
		},
		who:   []string{"Sybiha"},
		where: "Kyiv",
	}, {
		reason: "the form not in capitals, over a dateline's",
		texts:  []string{"\n\nWASHINGTON -- Officials in WASHINGTON and in Washington and in Washington met Sybiha."},
		who:    []string{"Sybiha"},
		where:  "Washington",
	}, {
		reason: "names in titles first; headlines in sentence case name their capitalised words",
		texts:  []string{"Zelensky meets Michel in Brussels", "Michel, Zelensky discuss sanctions in Brussels"},
		who:    []string{"Michel", "Zelensky"},
		where:  "Brussels",
	}, {
		reason: "an abbreviation keeps its last dot",
		texts:  []string{"\n\nThe U.S. and the U.S. envoy met Sybiha."},
		who:    []string{"U.S.", "Sybiha"},
	}, {
		reason: "a name and its initials are shown once",
		texts:  []string{"\n\nThe International Atomic Energy Agency said the IAEA and the IAEA would go."},
		who:    []string{"International Atomic Energy Agency"},
	}} {
		who, where := labelled(t, "example.org", tc.texts...)
		if diff := cmp.Diff(tc.who, who); diff != "" || where != tc.where {
			t.Errorf("%s: who (-want +got):\n%s\nwhere %q, want %q", tc.reason, diff, where, tc.where)
		}
	}
}

// TestLabelOutletName: an outlet's own name ("…, Ukrinform reports") is
// not who an event is about.
func TestLabelOutletName(t *testing.T) {
	texts := []string{"\n\nSybiha met Moreau, Ukrinform reports. Ukrinform and Ukrinform say so."}
	if who, _ := labelled(t, "ukrinform.net", texts...); slices.Contains(who, "Ukrinform") {
		t.Errorf("who %q holds the outlet's name", who)
	}
	if who, _ := labelled(t, "example.org", texts...); !slices.Contains(who, "Ukrinform") {
		t.Errorf("who %q: Ukrinform is a name when another outlet writes it", who)
	}
}

// TestLabelFallback: an event whose articles share no name is labelled by
// its distinctive terms, as before names.
func TestLabelFallback(t *testing.T) {
	ev := &Event{Terms: []string{"railway", "station"}}
	if got, want := label(ev, nil, ""), "railway station · undated · "; got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
	if got, want := label(ev, []string{"Sybiha"}, ""), "Sybiha · undated · "; got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
	if got, want := label(ev, nil, "Kharkiv"), "Kharkiv · undated · "; got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
}

// TestLabelsBASIL: on BASIL dev (50 events of three reports each), every
// label names someone or somewhere that most of its event's articles
// write, in their title or text: checked on the articles' words, apart
// from how labels are made. Run it with COMPARE_DATA set to the directory
// of basil-dev.jsonl; docs/events.md gives the figure.
func TestLabelsBASIL(t *testing.T) {
	arts := sharedDump(t, "basil-dev.jsonl")
	evs, b := group(arts, Options{})
	canon := framing.DefaultLexicon().Canon()
	words := make([]map[string]bool, len(arts)) // canonical words of title and text
	for i, a := range arts {
		words[i] = map[string]bool{}
		for _, w := range append(corpus.Words(a.Title), a.Words()...) {
			words[i][canon(w)] = true
		}
	}
	carried := func(name string, members []int) bool {
		n := 0
		for _, m := range members {
			all := true
			for _, w := range corpus.Words(name) {
				all = all && words[m][canon(w)]
			}
			if all {
				n++
			}
		}
		return 2*n > len(members)
	}
	good := 0
	for _, e := range evs {
		who, where := b.labelParts(&e)
		names := append(who, where)
		if slices.ContainsFunc(names, func(n string) bool { return n != "" && capitalised(n) && carried(n, e.Members) }) {
			good++
		} else {
			t.Errorf("%s: label %q names nobody most of its %d articles write", e.ID, e.Label, len(e.Members))
		}
	}
	t.Logf("%d of %d BASIL dev labels name someone or somewhere most of their articles write", good, len(evs))
}

// capitalised reports whether a name opens with a capital, as names do.
func capitalised(name string) bool {
	for _, r := range name {
		return unicode.IsUpper(r)
	}
	return false
}
