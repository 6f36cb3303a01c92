package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// bodyArticle makes an article of text as the loader would.
func bodyArticle(id, text string) *corpus.Article {
	d, err := corpus.Load([]string{"-"}, corpus.Options{Workers: 1, Stdin: strings.NewReader(text)})
	if err != nil || len(d.Articles) != 1 {
		panic(err)
	}
	a := d.Articles[0]
	a.ID = id
	return a
}

// TestSubstitutionOrder: substitutions are listed most frequent first,
// then by the words of A, then by the words of B; a change of case only is
// not a substitution.
func TestSubstitutionOrder(t *testing.T) {
	a := bodyArticle("a", strings.Join([]string{
		"Zelenskyy spoke to reporters after the long meeting in the capital.",
		"The talks in Kyiv ended on Monday without any agreement.",
		"Officials in Kyiv said the plan had failed for now.",
		"The envoy from Kyiv left the city late at night by train.",
		"Another delegation flew from Kyiv to Warsaw early next morning.",
		"Donbas is a region in the east of the country with many mines.",
		"Hromadske reported the story first that evening on its website.",
	}, "\n\n"))
	b := bodyArticle("b", strings.Join([]string{
		"Zelensky spoke to reporters after the long meeting in the capital.",
		"The talks in Kiev ended on Monday without any agreement.",
		"Officials in Kiev said the plan had failed for now.",
		"The envoy from Kyyiv left the city late at night by train.",
		"Another delegation flew from Kyjiw to Warsaw early next morning.",
		"Donbass is a region in the east of the country with many mines.",
		"HROMADSKE reported the story first that evening on its website.",
	}, "\n\n"))
	r := Compare(a, b, Options{})
	want := []Substitution{
		{From: "Kyiv", To: "Kiev", Count: 2},
		{From: "Donbas", To: "Donbass", Count: 1},
		{From: "Kyiv", To: "Kyjiw", Count: 1},
		{From: "Kyiv", To: "Kyyiv", Count: 1},
		{From: "Zelenskyy", To: "Zelensky", Count: 1},
	}
	if diff := cmp.Diff(want, r.Substitutions); diff != "" {
		t.Errorf("substitutions (-want +got):\n%s", diff)
	}
}

// TestSubstitutionsOfADiff: a delete next to an insert, in either order,
// each of 1 to 4 words, is a substitution; 5 words is a rewrite; case
// alone and punctuation alone are not.
func TestSubstitutionsOfADiff(t *testing.T) {
	for _, tc := range []struct {
		name string
		ops  []Op
		want [][2]string
	}{
		{"delete then insert", []Op{{Kind: Equal, Text: "in "}, {Kind: Delete, Text: "Kyiv"}, {Kind: Insert, Text: "Kiev"}, {Kind: Equal, Text: " today"}}, [][2]string{{"Kyiv", "Kiev"}}},
		{"insert then delete", []Op{{Kind: Insert, Text: "Kiev"}, {Kind: Delete, Text: "Kyiv"}}, [][2]string{{"Kyiv", "Kiev"}}},
		{"4 words", []Op{{Kind: Delete, Text: "one two three four"}, {Kind: Insert, Text: "five"}}, [][2]string{{"one two three four", "five"}}},
		{"5 words", []Op{{Kind: Delete, Text: "one two three four five"}, {Kind: Insert, Text: "six"}}, nil},
		{"5 words inserted", []Op{{Kind: Delete, Text: "six"}, {Kind: Insert, Text: "one two three four five"}}, nil},
		{"case only", []Op{{Kind: Delete, Text: "kyiv"}, {Kind: Insert, Text: "KYIV"}}, nil},
		{"punctuation only", []Op{{Kind: Delete, Text: ","}, {Kind: Insert, Text: ";"}}, nil},
		{"a lone delete", []Op{{Kind: Delete, Text: "Kyiv"}, {Kind: Equal, Text: " and "}, {Kind: Insert, Text: "Kiev"}}, nil},
		// Each op takes part in one substitution at most.
		{"three in a row", []Op{{Kind: Delete, Text: "a"}, {Kind: Insert, Text: "b"}, {Kind: Delete, Text: "c"}, {Kind: Insert, Text: "d"}}, [][2]string{{"a", "b"}, {"c", "d"}}},
		{"punctuation dropped", []Op{{Kind: Delete, Text: "Kyiv,"}, {Kind: Insert, Text: "Kiev;"}}, [][2]string{{"Kyiv", "Kiev"}}},
	} {
		if diff := cmp.Diff(tc.want, substitutions(tc.ops)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestFirstWordChanged: a change of a sentence's first or last word is a
// substitution too, and the diff keeps the text around the words.
func TestFirstWordChanged(t *testing.T) {
	a := bodyArticle("a", "Kyiv said the talks in Berlin ended on Monday without a deal.\n\n“The envoy left for the airport that night,” he wrote.")
	b := bodyArticle("b", "Kiev said the talks in Berlin ended on Monday without a deal.\n\n“The envoy left for the airport that evening,” he wrote.")
	r := Compare(a, b, Options{})
	want := []Substitution{{From: "Kyiv", To: "Kiev", Count: 1}, {From: "night", To: "evening", Count: 1}}
	if diff := cmp.Diff(want, r.Substitutions); diff != "" {
		t.Errorf("substitutions (-want +got):\n%s", diff)
	}
	var text strings.Builder
	for _, p := range r.Pairs {
		for _, op := range p.Diff {
			if op.Kind != Insert {
				text.WriteString(op.Text)
			}
		}
	}
	if got := text.String(); !strings.HasPrefix(got, "Kyiv said") || !strings.Contains(got, "“The envoy") || !strings.Contains(got, "wrote.") {
		t.Errorf("A's side of the diffs %q lost the text around the words", got)
	}
}
