package sourcing

import (
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// verbs returns Outlet.Verbs with the given counts, the others zero.
func verbs(neutral, doubting, endorsing, distancing int) map[string]int {
	return map[string]int{VerbNeutral: neutral, VerbDoubting: doubting, VerbEndorsing: endorsing, VerbDistancing: distancing}
}

func TestSourcesSeeds(t *testing.T) {
	got := Count(framingtest.Seeds(t, false))
	for i := range got {
		got[i].Examples = nil // checked below
	}
	want := []Outlet{
		// 000: "according to reports citing people familiar with the talks",
		// "Sources described recent meetings", "citing unnamed US officials".
		// 003: "citing individuals with direct knowledge of the discussions",
		// "the publication cited its source as saying"; "Axios characterized".
		{Outlet: "MENAFN", Articles: 2, Named: 0, Anonymous: 5,
			Cited: map[string]int{"Axios": 1}, Verbs: verbs(3, 0, 1, 0)},
		// "a Russian official has said", "a senior figure in Kyiv told the
		// AFP news agency", "maps cited by Reuters"; "[... Sputnik via
		// AFP]" is a photo credit.
		{Outlet: "Occasional Digest", Articles: 1, Named: 7, Anonymous: 2,
			Cited: map[string]int{"AFP": 1, "Reuters": 1}, Verbs: verbs(13, 3, 0, 0)},
		// 002: "A responsible source familiar with the Berlin talks", "An
		// informed official described", "reported by the French Press
		// Agency". 004: "A senior Ukrainian negotiator stated", "An
		// unidentified official told Reuters".
		{Outlet: "unknown", Articles: 2, Named: 5, Anonymous: 4,
			Cited: map[string]int{"AFP": 1, "Reuters": 1}, Verbs: verbs(10, 1, 3, 0)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Count(seeds) (-want +got):\n%s", diff)
	}
}

func TestSourcesExamples(t *testing.T) {
	docs := framingtest.Seeds(t, false)
	got := Count(docs)[0] // MENAFN: 000 then 003
	if len(got.Examples) != 2 {
		t.Fatalf("%d examples, want 2", len(got.Examples))
	}
	for i, want := range []string{"people familiar with the talks", "Sources described recent meetings"} {
		ex := got.Examples[i]
		if ex.Doc != docs[0].ID || ex.Outlet != "MENAFN" || !strings.Contains(ex.Sentence, want) {
			t.Errorf("example %d = %+v, want a sentence of %s with %q", i, ex, docs[0].ID, want)
		}
	}
	// The third anonymous sentence of 000, alone.
	for _, sp := range docs[0].Sentences {
		if s := docs[0].Text[sp.Start:sp.End]; strings.Contains(s, "unnamed US officials") {
			if r := Count([]text.Doc{framingtest.Doc("x", "o", s)})[0]; r.Anonymous != 1 {
				t.Errorf("%q: anonymous %d, want 1", s, r.Anonymous)
			}
		}
	}
}

func TestSourcesSentences(t *testing.T) {
	for _, tc := range []struct {
		text      string
		named     int
		anonymous int
		cited     []string
		verbs     map[string]int
	}{
		{"Ushakov said the talks were useful.", 1, 0, nil, verbs(1, 0, 0, 0)},
		{"“No deal yet,” said top Kremlin aide Yury Ushakov, who attended.", 1, 0, nil, verbs(1, 0, 0, 0)},
		{"He said the talks failed.", 0, 0, nil, verbs(1, 0, 0, 0)},
		{"The ministry said Russian forces had advanced.", 0, 0, nil, verbs(1, 0, 0, 0)},
		{"The talks will resume, the ministry said Monday.", 0, 0, nil, verbs(1, 0, 0, 0)},
		{"Officials said the talks failed.", 0, 1, nil, verbs(1, 0, 0, 0)},
		{"US officials have said the talks failed.", 0, 1, nil, verbs(1, 0, 0, 0)},
		{"Two people familiar with the matter confirmed it.", 0, 1, nil, verbs(0, 0, 1, 0)},
		{"An official spoke on condition of anonymity.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"He asked not to be named.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"Sources close to the Kremlin denied it.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"The open source code was released.", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"He was responsible for the officials.", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"According to Peskov, the talks failed.", 1, 0, nil, verbs(0, 0, 0, 0)},
		{"According to US officials, the talks failed.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"According to the Kyiv Times, the talks failed.", 1, 0, []string{"Kyiv Times"}, verbs(0, 0, 0, 0)},
		{"KYIV (Reuters) - The talks failed.", 0, 0, []string{"Reuters"}, verbs(0, 0, 0, 0)},
		{"The TASS news agency reported the talks failed.", 0, 0, []string{"TASS"}, verbs(0, 0, 0, 0)},
		{"Zelensky told the Associated Press and Axios has learned it.", 1, 0, []string{"AP", "Axios"}, verbs(1, 0, 0, 0)},
		{"Putin met Witkoff [Kristina Kormilitsyna/Sputnik via AFP]", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"Reuters photographers were there.", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"Russia claims the city.", 1, 0, nil, verbs(0, 1, 0, 0)},
		{"Russia's territorial claims are rejected.", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"He alleged that the so-called referendum and the alleged attack were staged.", 0, 0, nil, verbs(0, 1, 0, 2)},
		{"The self-proclaimed republic purportedly voted.", 0, 0, nil, verbs(0, 0, 0, 2)},
		{"The Kremlin acknowledged and revealed nothing.", 1, 0, nil, verbs(0, 0, 2, 0)},
	} {
		got := Count([]text.Doc{framingtest.Doc("x", "o", tc.text)})[0]
		var cited []string
		for c, n := range got.Cited {
			if n != 1 {
				t.Errorf("%q: cited %q %d times, want 1", tc.text, c, n)
			}
			cited = append(cited, c)
		}
		slices.Sort(cited)
		if got.Named != tc.named || got.Anonymous != tc.anonymous || !slices.Equal(cited, tc.cited) || !cmp.Equal(got.Verbs, tc.verbs) {
			t.Errorf("%q: named %d anonymous %d cited %v verbs %v, want %d %d %v %v",
				tc.text, got.Named, got.Anonymous, cited, got.Verbs, tc.named, tc.anonymous, tc.cited, tc.verbs)
		}
	}
}

func TestSourcesDeterministic(t *testing.T) {
	docs := append(framingtest.Seeds(t, false), framingtest.SynthCorpus()...)
	want := Count(docs)
	if diff := cmp.Diff(want, Count(docs)); diff != "" {
		t.Errorf("second run differs (-first +second):\n%s", diff)
	}
	prev := runtime.GOMAXPROCS(1)
	got := Count(docs)
	runtime.GOMAXPROCS(prev)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("one core differs (-all +one):\n%s", diff)
	}
	if !slices.IsSortedFunc(want, func(a, b Outlet) int { return strings.Compare(a.Outlet, b.Outlet) }) {
		t.Errorf("outlets not sorted")
	}
	// Without sentences, the text is split as corpus does.
	for i := range docs {
		docs[i].Sentences = nil
	}
	if diff := cmp.Diff(want, Count(docs)); diff != "" {
		t.Errorf("without Sentences (-with +without):\n%s", diff)
	}
	if got := Count(nil); len(got) != 0 {
		t.Errorf("Count(nil) = %v", got)
	}
}

// BenchmarkSources40k runs Count on the corpus of BenchmarkDistinctive40k.
func BenchmarkSources40k(b *testing.B) {
	docs := framingtest.BenchCorpus(40000, 490)
	for b.Loop() {
		Count(docs)
	}
}
