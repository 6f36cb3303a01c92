package sourcing

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// sourcingCase is a text and what Count finds in it.
type sourcingCase struct {
	text      string
	named     int
	anonymous int
	cited     []string
	verbs     map[string]int
}

// checkSourcing runs Count on each case's text as one article.
func checkSourcing(t *testing.T, cases []sourcingCase) {
	t.Helper()
	for _, tc := range cases {
		got := Count([]text.Doc{framingtest.Doc("x", "o", tc.text)})[0]
		var cited []string
		for c := range got.Cited {
			cited = append(cited, c)
		}
		slices.Sort(cited)
		if got.Named != tc.named || got.Anonymous != tc.anonymous || !slices.Equal(cited, tc.cited) || !cmp.Equal(got.Verbs, tc.verbs) {
			t.Errorf("%q: named %d anonymous %d cited %v verbs %v, want %d %d %v %v",
				tc.text, got.Named, got.Anonymous, cited, got.Verbs, tc.named, tc.anonymous, tc.cited, tc.verbs)
		}
	}
}

// TestSourcesSentenceEdges: every word of every sentence is read, the last
// of a sentence without a full stop too; a sentence without words and one
// that opens with its verb or ends in "according to" are no trouble.
func TestSourcesSentenceEdges(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"Officials said the talks failed.\n***", 0, 1, nil, verbs(1, 0, 0, 0)},
		{"The talks failed, officials said", 0, 1, nil, verbs(1, 0, 0, 0)},
		{"Said Peskov: the talks failed.", 1, 0, nil, verbs(1, 0, 0, 0)},
		{"The talks failed, according to", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"The talks failed, according to the", 0, 0, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesCase: words are compared in lower case, Z too, and a name
// may open with a capital that is not ASCII.
func TestSourcesCase(t *testing.T) {
	if got, want := asciiLower("AZaz@[`{ÉZ"), "azaz@[`{Éz"; got != want {
		t.Errorf("asciiLower = %q, want %q", got, want)
	}
	checkSourcing(t, []sourcingCase{
		{"He was not AUTHORIZED to speak.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"Šefčovič said the talks were useful.", 1, 0, nil, verbs(1, 0, 0, 0)},
	})
}

// TestSourcesClaims: "claims" is a verb after a pronoun, and the noun after
// a possessive name.
func TestSourcesClaims(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"He claims victory.", 0, 0, nil, verbs(0, 1, 0, 0)},
		{"Russia’s claims are rejected.", 0, 0, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesNamedAround: a name before the verb is read back to its start
// ("of" allowed inside), and is no source when a preposition comes before
// it; a name after the verb is up to six words, then a clause break.
func TestSourcesNamedAround(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"A diplomat from New Delhi said the talks failed.", 0, 1, nil, verbs(1, 0, 0, 0)},
		{"The Ministry of Defence said the talks failed.", 1, 0, nil, verbs(1, 0, 0, 0)},
		{"“No deal,” said senior Kremlin foreign policy aide Ushakov, who attended.", 1, 0, nil, verbs(1, 0, 0, 0)},
		{"He said Russian drones struck eastern Kharkiv Oblast overnight.", 0, 0, nil, verbs(1, 0, 0, 0)},
	})
}

// TestSourcesAccordingTo: "according to" a name is named sourcing, unless
// a lower-case word follows the name ("US officials"), and an unnamed
// source may come up to three words after.
func TestSourcesAccordingTo(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"According to New York officials, the talks failed.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"According to Peskov, Kremlin officials said nothing.", 1, 1, nil, verbs(1, 0, 0, 0)},
		{"According to Dmitry Peskov, the talks failed.", 1, 0, nil, verbs(0, 0, 0, 0)},
		{"According to a senior government official, the talks failed.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"According to Zelensky, Russian Television lied.", 1, 0, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesKnowledge: the source noun of "with knowledge of" comes
// before "with", not after it. (Before TestSourcesAnonymous, so that a
// search that runs forward fails here rather than never ending there.)
func TestSourcesKnowledge(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"He spoke with insider knowledge of the talks.", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"Insiders with knowledge of the talks spoke.", 0, 1, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesAnonymous: the patterns of anonymous sourcing at the edges of
// their reach.
func TestSourcesAnonymous(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		// Up to six words between the source noun and the verb.
		{"Officials in Kyiv have also reportedly said the talks failed.", 0, 1, nil, verbs(1, 0, 0, 0)},
		// A singular noun needs "a", "an", "one" or "another" before it.
		{"The insider One Nation said the talks failed.", 1, 0, nil, verbs(1, 0, 0, 0)},
		{"The paper ran the story citing sources.", 0, 1, nil, verbs(0, 0, 0, 0)},
		// "according to" joined by a no-break space is read by the source noun.
		{"The talks failed, according\u00a0to sources.", 0, 1, nil, verbs(0, 0, 0, 0)},
		// Up to two words between the adjective and the noun.
		{"He met unnamed senior US officials.", 0, 1, nil, verbs(0, 0, 0, 0)},
		// The source noun comes before "familiar", up to the first word of
		// the sentence.
		{"People familiar with the matter spoke.", 0, 1, nil, verbs(0, 0, 0, 0)},
		{"Officials who are familiar with the talks spoke.", 0, 1, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesAgencyPossessive: an agency named in the possessive is cited.
func TestSourcesAgencyPossessive(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"AFP's correspondent saw the damage.", 0, 0, []string{"AFP"}, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesExamplesDistinct: an article that repeats an anonymous
// sentence still gives two different examples when it has them.
func TestSourcesExamplesDistinct(t *testing.T) {
	got := Count([]text.Doc{framingtest.Doc("x", "o", "Officials said no. Officials said no. Sources said yes.")})[0]
	var sents []string
	for _, ex := range got.Examples {
		sents = append(sents, ex.Sentence)
	}
	if want := []string{"Officials said no.", "Sources said yes."}; !slices.Equal(sents, want) {
		t.Errorf("examples %q, want %q", sents, want)
	}
}

// TestSourcesCitedBefore: a citation cue before an agency, across a
// description of up to five words ("the Russian state news agency"),
// capitalised at the start of a sentence too.
func TestSourcesCitedBefore(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"Citing Reuters, the paper said the talks failed.", 0, 0, []string{"Reuters"}, verbs(1, 0, 0, 0)},
		{"Quoting TASS, the paper said the talks failed.", 0, 0, []string{"TASS"}, verbs(1, 0, 0, 0)},
		{"The paper ran it citing the Russian state news agency TASS.", 0, 0, []string{"TASS"}, verbs(0, 0, 0, 0)},
		{"The paper ran it citing the Russian state TV news agency TASS.", 0, 0, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesCitedAfter: a citation cue after an agency, across up to
// three words of description or auxiliaries; a parenthesis left open at
// the end of the text is no dateline.
func TestSourcesCitedAfter(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"TASS news agency has reported the talks failed.", 0, 0, []string{"TASS"}, verbs(0, 0, 0, 0)},
		{"TASS state news agency has reported the talks failed.", 0, 0, nil, verbs(0, 0, 0, 0)},
		{"The talks failed (Reuters", 0, 0, nil, verbs(0, 0, 0, 0)},
	})
}

// TestSourcesAccordingToOutlet: the outlet off the list named after
// "according to" is its run of joined capitalised words.
func TestSourcesAccordingToOutlet(t *testing.T) {
	checkSourcing(t, []sourcingCase{
		{"According to the Kyiv Times, Russia and Belarus lied.", 1, 0, []string{"Kyiv Times"}, verbs(0, 0, 0, 0)},
	})
}
