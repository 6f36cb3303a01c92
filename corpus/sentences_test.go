package corpus

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"only space", " \n\t\u00a0\u2028 ", nil},
		{"no punctuation", "No punctuation at all", []string{"No punctuation at all"}},
		{"quoted comma", `"Stop," he said.`, []string{`"Stop," he said.`}},
		{"quoted full stop", `He said "Stop." Then he left.`, []string{`He said "Stop."`, "Then he left."}},
		{"question, lower-case continuation", `"Why?" he asked.`, []string{`"Why?" he asked.`}},
		{"curly quotes", "He said: “We are ready.” “They are not,” she replied.",
			[]string{"He said: “We are ready.”", "“They are not,” she replied."}},
		{"quoted question before speaker", "“Why?” Trump asked. “Go!” Lt. Gen. Keith Kellogg said. “Why?” Nobody knew.",
			[]string{"“Why?” Trump asked.", "“Go!” Lt. Gen. Keith Kellogg said.", "“Why?”", "Nobody knew."}},
		{"question without quote before name", "Why? Trump asked nobody.", []string{"Why?", "Trump asked nobody."}},
		{"single quotes", "He asked 'why?' Then he left.", []string{"He asked 'why?'", "Then he left."}},
		{"heading line", "Key Issues Remain Unresolved\nAccording to media reports, the U.S. and Ukrainian delegations have not reached agreement.",
			[]string{"Key Issues Remain Unresolved", "According to media reports, the U.S. and Ukrainian delegations have not reached agreement."}},
		{"paragraphs never merge", "  First paragraph without a stop  \n\n  second one.  ",
			[]string{"First paragraph without a stop", "second one."}},
		{"CRLF and U+2028", "One\r\nTwo\u2028Three\u0085Four", []string{"One", "Two", "Three", "Four"}},
		{"titles", "Gen. Mark Milley, Sen. Jane Doe and Gov. Bob Roe spoke. Lt. Col. Smith agreed.",
			[]string{"Gen. Mark Milley, Sen. Jane Doe and Gov. Bob Roe spoke.", "Lt. Col. Smith agreed."}},
		{"Mr and Dr", "Mr. Smith met Dr. Jones and Mrs. Ito. Ms. Lee was absent.",
			[]string{"Mr. Smith met Dr. Jones and Mrs. Ito.", "Ms. Lee was absent."}},
		{"U.S. before a noun", "The U.S. Army said so. It left.", []string{"The U.S. Army said so.", "It left."}},
		{"U.S. ends a sentence before a starter", "He flew to the U.S. The talks began.",
			[]string{"He flew to the U.S.", "The talks began."}},
		{"U.S. before a name is not split (documented)", "Talks with the U.S. Zelensky said were useful.",
			[]string{"Talks with the U.S. Zelensky said were useful."}},
		{"U.S. before a number", "The U.S. 10-year yield rose.", []string{"The U.S. 10-year yield rose."}},
		{"U.S. before a quote", "He flew to the U.S. “It was long,” he said.",
			[]string{"He flew to the U.S.", "“It was long,” he said."}},
		{"U.K. and E.U.", "Talks between the U.K. and E.U. Commission stalled. The U.N. It said nothing.",
			[]string{"Talks between the U.K. and E.U. Commission stalled.", "The U.N.", "It said nothing."}},
		{"possessive initialism", "It is the U.S.’s closest ally. Really.", []string{"It is the U.S.’s closest ally.", "Really."}},
		{"question after initialism", "Is it the U.S.? Yes.", []string{"Is it the U.S.?", "Yes."}},
		{"a.m. before a day", "He arrived at 9 a.m. Monday and left at 5 p.m. on Tuesday.",
			[]string{"He arrived at 9 a.m. Monday and left at 5 p.m. on Tuesday."}},
		{"a.m. before a starter", "The meeting began at 9 a.m. The talks lasted hours.",
			[]string{"The meeting began at 9 a.m.", "The talks lasted hours."}},
		{"initials", "J. Smith and J. R. R. Tolkien met. A deal followed.",
			[]string{"J. Smith and J. R. R. Tolkien met.", "A deal followed."}},
		{"initial before a starter-like initial", "He met J. A. Smith.", []string{"He met J. A. Smith."}},
		{"middle initial", "Donald J. Trump spoke.", []string{"Donald J. Trump spoke."}},
		{"single letter ends sentence", "They chose Plan B. The rest failed.", []string{"They chose Plan B.", "The rest failed."}},
		{"Inc before a name", "Acme Inc. Chief Executive John Doe said so.", []string{"Acme Inc. Chief Executive John Doe said so."}},
		{"Inc ends a sentence", "He works for Acme Inc. The company declined to comment.",
			[]string{"He works for Acme Inc.", "The company declined to comment."}},
		{"Jr", "Martin Luther King Jr. Day is a holiday. He was born in Atlanta.",
			[]string{"Martin Luther King Jr. Day is a holiday.", "He was born in Atlanta."}},
		{"St.", "He met Putin in St. Petersburg. The talks went well.",
			[]string{"He met Putin in St. Petersburg.", "The talks went well."}},
		{"months", "It was signed on Jan. 5 and on Sept. 12. Nothing changed on Dec. 1.",
			[]string{"It was signed on Jan. 5 and on Sept. 12.", "Nothing changed on Dec. 1."}},
		{"No. before a digit only", "He lives at No. 10 Downing Street. He said no. Then he left. No. The answer was no.",
			[]string{"He lives at No. 10 Downing Street.", "He said no.", "Then he left.", "No.", "The answer was no."}},
		{"state", "Los Angeles, Calif. Gov. Gavin Newsom spoke. She was born in Calif. Her father was not.",
			[]string{"Los Angeles, Calif. Gov. Gavin Newsom spoke.", "She was born in Calif.", "Her father was not."}},
		{"Latin", "Some cities, e.g. Kyiv, i.e. The Capital, vs. Moscow etc. It ended. Roe v. Wade fell.",
			[]string{"Some cities, e.g. Kyiv, i.e. The Capital, vs. Moscow etc.", "It ended.", "Roe v. Wade fell."}},
		{"ellipsis and runs", "Wait... What happened?! Nobody knows… Really.",
			[]string{"Wait...", "What happened?!", "Nobody knows…", "Really."}},
		{"omission ellipsis", "He said the plan … Ukraine would lose ... Moscow wins.",
			[]string{"He said the plan … Ukraine would lose ... Moscow wins."}},
		{"closing bracket", "The talks ended (in Berlin.) The next round is set.",
			[]string{"The talks ended (in Berlin.)", "The next round is set."}},
		{"opening bracket", "The talks ended. (The next round is set.)",
			[]string{"The talks ended.", "(The next round is set.)"}},
		{"digit start", "Prices rose 3.5 percent. 2025 was a hard year.", []string{"Prices rose 3.5 percent.", "2025 was a hard year."}},
		{"currency start", "Costs rose. $5 billion was lost.", []string{"Costs rose.", "$5 billion was lost."}},
		{"lower-case after stop", "It was 5 ft. tall.", []string{"It was 5 ft. tall."}},
		{"no space after stop", "Version 2.0.1 shipped.Next", []string{"Version 2.0.1 shipped.Next"}},
		{"domain", "Visit example.com. The site is down.", []string{"Visit example.com.", "The site is down."}},
		{"list marker", "1. First item\n2. Second item", []string{"1. First item", "2. Second item"}},
		{"year after number", "It was 2022. The war went on.", []string{"It was 2022.", "The war went on."}},
		{"non-breaking space", "It ended.\u00a0The end.", []string{"It ended.", "The end."}},
		{"caseless letter start", "He said it. 中国 agreed.", []string{"He said it.", "中国 agreed."}},
		{"trailing closers at end", "He left.”", []string{"He left.”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := SplitSentences(tt.text)
			if diff := cmp.Diff(tt.want, textOfSpans(tt.text, spans)); diff != "" {
				t.Errorf("SplitSentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
			if err := textCheckSentences(tt.text, spans); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSplitSentencesSeed004 checks every sentence of a real article, verified
// by reading it: headings and the colon-ended line stand alone, "U.S." inside
// a sentence never splits, and a sentence starting with "U.S." after a full
// stop does.
func TestSplitSentencesSeed004(t *testing.T) {
	text := textReadFile(t, textSeed004)
	want := []string{
		"A senior Ukrainian negotiator stated that U.S. and Ukrainian officials achieved “real progress” during two days of talks in Berlin, as Washington pushes for a deal to end Russia’s war in Ukraine, while Kyiv seeks to avoid an agreement that would favor Moscow.",
		"Rustem Umerov, part of President Volodymyr Zelensky’s negotiation team, wrote on X (formerly Twitter):",
		"“Over the past two days, Ukraine–U.S. negotiations have been constructive and productive, and real progress has been made.”",
		"Ukrainian officials met with White House Special Envoy Steve Witkoff, President Donald Trump’s son-in-law Jared Kushner, and other members of the U.S. and Russian delegations in Berlin.",
		"Umerov added that the Americans are working “extremely constructively to help Ukraine find a path toward a sustainable peace agreement”, expressing hope that a deal could bring the region closer to peace.",
		"However, he did not specify whether a final agreement was expected immediately.",
		"President Zelensky is also scheduled to meet leaders of Germany, France, and the United Kingdom, as well as other European leaders and the NATO chief, in Berlin later on 15 December.",
		"Key Issues Remain Unresolved",
		"According to media reports, the U.S. and Ukrainian delegations have not reached agreement on the status of large parts of Ukrainian territory, especially in Donetsk, which remains under Kyiv’s control despite Russian efforts to capture Donbas (Donetsk and Luhansk regions).",
		"An unidentified official told Reuters that the Ukrainian side informed the Americans that the territorial issue remained unresolved as of 15 December and required further discussion.",
		"U.S. negotiators reportedly insisted on 14 December that Ukraine consider withdrawing troops from Donetsk.",
		"Zelensky and NATO Considerations",
		"Ahead of the talks, Zelensky indicated that Ukraine might relinquish NATO membership aspirations in exchange for Western security guarantees.",
		"“From the start, Ukraine’s desire has been to join NATO; these are real security guarantees,” Zelensky said.",
		"“Some U.S. and European partners do not support this path.",
		"Therefore, bilateral security guarantees between Ukraine and the U.S., Article 5–style guarantees, and security guarantees from European partners, as well as Canada and Japan, are options to prevent another Russian invasion.”",
		"Zelensky described these measures as a compromise, emphasizing that any security guarantee must be legally binding.",
		"Moscow’s key demand is that Kyiv never joins the Western military alliance, and many NATO members, including the U.S., have ruled out Ukrainian membership at least under current conditions.",
	}
	spans := SplitSentences(text)
	if diff := cmp.Diff(want, textOfSpans(text, spans)); diff != "" {
		t.Errorf("SplitSentences(%s) mismatch (-want +got):\n%s", textSeed004, diff)
	}
	if err := textCheckSentences(text, spans); err != nil {
		t.Error(err)
	}
}

func FuzzSplitSentences(f *testing.F) {
	textFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		if err := textCheckSentences(text, SplitSentences(text)); err != nil {
			t.Fatalf("SplitSentences(%q): %v", text, err)
		}
	})
}

func BenchmarkSplitSentences(b *testing.B) {
	text := textBenchInput(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SplitSentences(text)
	}
}
