package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readSeed returns the text of the one seed file matching pattern.
func readSeed(t *testing.T, pattern string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", pattern))
	if err != nil || len(m) != 1 {
		t.Fatalf("seed %s: %v (matches %v)", pattern, err, m)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkQuotes reports a violation of FindQuotes' invariants: spans within
// text and equal to Text, sorted by Start, disjoint or properly nested.
func checkQuotes(t *testing.T, text string, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.Start > q.End || q.End > len(text) {
			t.Fatalf("quote %d: bad span [%d, %d) of %d bytes", i, q.Start, q.End, len(text))
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("quote %d: Text %q != text[%d:%d] %q", i, q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		if !strings.Contains(text, q.Speaker) {
			t.Fatalf("quote %d: speaker %q not in text", i, q.Speaker)
		}
		if i > 0 && qs[i-1].Start >= q.Start {
			t.Fatalf("quotes %d and %d not sorted by Start: %d, %d", i-1, i, qs[i-1].Start, q.Start)
		}
		for _, p := range qs[:i] {
			if q.Start < p.End && q.End > p.End {
				t.Fatalf("quotes %+v and %+v overlap without nesting", p, q)
			}
		}
	}
}

// TestQuoteSeeds: 001 (curly quotes) and 003 (straight quotes) both carry
// "very useful and constructive", and MatchQuotes pairs the two exactly.
func TestQuoteSeeds(t *testing.T) {
	find := func(text string) ([]Quote, int) {
		qs := FindQuotes(text)
		checkQuotes(t, text, qs)
		for i, q := range qs {
			if strings.TrimSuffix(q.Text, ".") == "very useful and constructive" {
				return qs, i
			}
		}
		t.Fatalf("no quote \"very useful and constructive\" in %+v", qs)
		return nil, 0
	}
	qa, ia := find(readSeed(t, "001_*.txt"))
	qb, ib := find(readSeed(t, "003_*.txt"))
	want := QuoteMatch{A: ia, B: ib, Similarity: 1}
	ms := MatchQuotes(qa, qb, nil)
	for _, m := range ms {
		if m == want {
			return
		}
	}
	t.Errorf("MatchQuotes = %+v, want it to hold %+v", ms, want)
}

func TestFindQuotes(t *testing.T) {
	type q = textSpeaker
	tests := []struct {
		name, text string
		want       []q
	}{
		{"apostrophes", `Russia’s envoy said it’s “a good day” for talks.`,
			[]q{{"a good day", ""}}},
		{"straight", `He called it "a good day" for talks, and "fine".`,
			[]q{{"a good day", ""}, {"fine", ""}}},
		{"stray straight closer", `a 12" screen and "a real quote" here`,
			[]q{{"a real quote", ""}}},
		{"curly single", `Officials called the plan ‘unworkable’ and left.`,
			[]q{{"unworkable", ""}}},
		{"curly single with apostrophe", `She called it ‘a deal we don’t need’ today.`,
			[]q{{"a deal we don’t need", ""}}},
		{"straight single", `It was 'unworkable' and the leaders' meeting ended; Russia's reply came.`,
			[]q{{"unworkable", ""}}},
		{"possessive plural alone", `The leaders’ meeting and Kyiv’s reply.`, nil},
		{"nested", `“He said ‘no deal’ today,” said Ushakov.`,
			[]q{{"He said ‘no deal’ today", "Ushakov"}, {"no deal", ""}}},
		{"nested straight", `“It is "fine",” he said.`,
			[]q{{`It is "fine"`, ""}, {"fine", ""}}},
		{"unclosed", "“This never ends\nThen “a real quote” here.",
			[]q{{"a real quote", ""}}},
		{"unclosed straight", "He said \"never closed.\nThen \"closed one\" here.",
			[]q{{"closed one", ""}}},
		{"unclosed inner", `“Outer ‘inner never closed,” she said.`,
			[]q{{"Outer ‘inner never closed", ""}}},
		{"one word", `Axios called it “difficult”.`,
			[]q{{"difficult", ""}}},
		{"no words", `“” and “ , ” and "..." are empty`, nil},

		{"said X", `“We will continue,” said Ushakov.`,
			[]q{{"We will continue", "Ushakov"}}},
		{"X said:", `Zelensky said: “We are ready.”`,
			[]q{{"We are ready.", "Zelensky"}}},
		{"X told", `“We found no compromise,” Kremlin aide Yuri Ushakov told reporters.`,
			[]q{{"We found no compromise", "Yuri Ushakov"}}},
		{"said title name", `“Progress was made,” said top Kremlin aide Yury Ushakov, who attended.`,
			[]q{{"Progress was made", "Yury Ushakov"}}},
		{"said X then more", `“Progress was made,” said Ushakov at a briefing in Moscow.`,
			[]q{{"Progress was made", "Ushakov"}}},
		{"president", `“It was useful,” President Vladimir Putin said on Tuesday.`,
			[]q{{"It was useful", "Vladimir Putin"}}},
		{"wrote on X", `Foreign Minister Andrii Sybiha wrote on X (formerly Twitter): “Russia must stop.”`,
			[]q{{"Russia must stop.", "Andrii Sybiha"}}},
		{"said that", `Peskov said that “talks will go on”.`,
			[]q{{"talks will go on", "Peskov"}}},
		{"according to", `“Talks will go on,” according to Dmitry Peskov.`,
			[]q{{"Talks will go on", "Dmitry Peskov"}}},
		{"pronoun", `“Not an easy situation,” he added.`,
			[]q{{"Not an easy situation", ""}}},
		{"new sentence", `“The talks failed.” Putin said nothing.`,
			[]q{{"The talks failed.", ""}}},
		{"abbreviations", `“Go,” Lt. Gen. Keith Kellogg said. “Wait,” J. D. Vance stressed.`,
			[]q{{"Go", "Keith Kellogg"}, {"Wait", "J. D. Vance"}}},
		{"determiner", `“We are close,” the Kremlin said.`,
			[]q{{"We are close", "Kremlin"}}},
		{"particles", `“We are close,” said European Commission President Ursula von der Leyen.`,
			[]q{{"We are close", "Ursula von der Leyen"}}},
		{"no pattern", `Ushakov described it as “very useful” on Tuesday.`,
			[]q{{"very useful", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFindQuotes(t, tt.text, tt.want) })
	}
}

// textSpeaker is what TestFindQuotes checks of a quote.
type textSpeaker struct{ Text, Speaker string }

// checkFindQuotes checks the quotes FindQuotes finds in text, their text
// and speaker, against want.
func checkFindQuotes(t *testing.T, text string, want []textSpeaker) {
	t.Helper()
	qs := FindQuotes(text)
	checkQuotes(t, text, qs)
	var got []textSpeaker
	for _, x := range qs {
		got = append(got, textSpeaker{x.Text, x.Speaker})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FindQuotes(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

func TestMatchQuotes(t *testing.T) {
	quotes := func(texts ...string) []Quote {
		qs := make([]Quote, len(texts))
		for i, s := range texts {
			qs[i] = Quote{End: len(s), Text: s}
		}
		return qs
	}
	canon := func(w string) string {
		if w == "kiev" {
			return "kyiv"
		}
		return w
	}
	tests := []struct {
		name  string
		a, b  []Quote
		canon func(string) string
		want  []QuoteMatch
	}{
		{"same after normalisation",
			quotes("We will never accept this deal."), quotes("we will NEVER accept this deal"), nil,
			[]QuoteMatch{{0, 0, 1}}},
		{"altered by one word",
			quotes("We will never accept this deal"), quotes("We will never accept the deal"), nil,
			[]QuoteMatch{{0, 0, 1 - 1.0/6}}},
		{"unrelated",
			quotes("We will never accept this deal"), quotes("The weather in Moscow is cold today"), nil,
			nil},
		{"contained",
			quotes("never accept this deal"), quotes("We will never accept this deal under any conditions"), nil,
			[]QuoteMatch{{0, 0, 1}}},
		{"contained too short",
			quotes("this deal"), quotes("We will never accept this deal"), nil,
			nil},
		{"one word exact",
			quotes("difficult", "tired"), quotes("Difficult"), nil,
			[]QuoteMatch{{0, 0, 1}}},
		{"two words altered",
			quotes("no deal"), quotes("no deals"), nil,
			nil},
		{"canon",
			quotes("talks in Kiev failed"), quotes("talks in Kyiv failed"), canon,
			[]QuoteMatch{{0, 0, 1}}},
		{"no canon",
			quotes("talks in Kiev failed"), quotes("talks in Kyiv failed"), nil,
			[]QuoteMatch{{0, 0, 0.75}}},
		{"best first",
			quotes("We will never accept the deal", "We will never accept this deal"),
			quotes("We will never accept this deal"), nil,
			[]QuoteMatch{{1, 0, 1}}},
		{"one to one, sorted by A",
			quotes("a lot of work lies ahead", "dignified peace", "a lot of work lies ahead"),
			quotes("dignified peace", "a lot of work lies ahead"), nil,
			[]QuoteMatch{{0, 1, 1}, {1, 0, 1}}},
		{"empty", nil, quotes("x"), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MatchQuotes(tt.a, tt.b, tt.canon)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MatchQuotes mismatch (-want +got):\n%s", diff)
			}
			for _, m := range got {
				if m.Similarity < minQuoteSimilarity || m.Similarity > 1 {
					t.Errorf("match %+v below the threshold", m)
				}
			}
		})
	}
}

func FuzzFindQuotes(f *testing.F) {
	f.Add("“He said ‘no’,” said Ushakov.")
	f.Add(`Russia’s envoy said it’s "a good day" for 'talks'.`)
	f.Fuzz(func(t *testing.T, text string) {
		qs := FindQuotes(text)
		checkQuotes(t, text, qs)
		// Every quote matches itself and nothing else first.
		ms := MatchQuotes(qs, qs, nil)
		if len(ms) != len(qs) {
			t.Fatalf("MatchQuotes(qs, qs) = %+v for %d quotes", ms, len(qs))
		}
		for i, m := range ms {
			if m != (QuoteMatch{A: i, B: i, Similarity: 1}) {
				t.Fatalf("MatchQuotes(qs, qs)[%d] = %+v", i, m)
			}
		}
	})
}
