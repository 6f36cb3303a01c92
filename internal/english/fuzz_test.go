package english

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseList: every line parsed holds fields of no white space and no
// "#", and writing the lines back, one a line, parses to the same lines.
func FuzzParseList(f *testing.F) {
	for _, src := range []string{speechVerbsTxt, titlesTxt, calendarTxt, "a b # c\n\n#d\ne\tf\r\n"} {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		lines := parseList(src)
		var b strings.Builder
		for _, l := range lines {
			if len(l) == 0 {
				t.Fatal("empty line returned")
			}
			for _, w := range l {
				if w == "" || strings.ContainsAny(w, "#\n") || len(strings.Fields(w)) != 1 {
					t.Fatalf("field %q of %q", w, l)
				}
			}
			b.WriteString(strings.Join(l, " ") + "\n")
		}
		again := parseList(b.String())
		if len(again) != len(lines) {
			t.Fatalf("%d lines written back parse to %d", len(lines), len(again))
		}
		for i := range lines {
			if strings.Join(again[i], " ") != strings.Join(lines[i], " ") {
				t.Fatalf("line %d: %q, then %q", i, lines[i], again[i])
			}
		}
	})
}

// FuzzPossessive: TrimPossessive only ever removes from the end an
// apostrophe (' or ’) with or without an s, never all of the word, and
// strips the normalised form of a word alike; FoldApostrophes leaves no
// apostrophe but "'" and as many runes.
func FuzzPossessive(f *testing.F) {
	for _, w := range []string{"Kiev’s", "envoys'", "KIEV'S", "'s", "Kiev＇s", "a’", "O’Connor", "\xe2\x80s"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		trim := TrimPossessive(w)
		if !strings.HasPrefix(w, trim) || w != "" && trim == "" {
			t.Fatalf("TrimPossessive(%q) = %q", w, trim)
		}
		if cut := w[len(trim):]; cut != "" {
			rest, ok := strings.CutPrefix(cut, "'")
			if !ok {
				rest, ok = strings.CutPrefix(cut, "’")
			}
			if !ok || rest != "" && rest != "s" && rest != "S" {
				t.Fatalf("TrimPossessive(%q) cut %q", w, cut)
			}
		}
		// The ASCII form strips alike: "’" written "'".
		if ascii := strings.ReplaceAll(w, "’", "'"); !strings.Contains(w, "'") {
			if got, want := TrimPossessive(ascii), strings.ReplaceAll(trim, "’", "'"); got != want {
				t.Fatalf("TrimPossessive(%q) = %q, but of %q %q", w, trim, ascii, got)
			}
		}
		folded := FoldApostrophes(w)
		if utf8.ValidString(w) && utf8.RuneCountInString(folded) != utf8.RuneCountInString(w) {
			t.Fatalf("FoldApostrophes(%q) = %q: runes changed in number", w, folded)
		}
		for _, r := range folded {
			if r != '\'' && IsApostrophe(r) {
				t.Fatalf("FoldApostrophes(%q) = %q", w, folded)
			}
		}
	})
}
