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

// FuzzPossessive: the possessive helpers only ever remove an apostrophe
// with or without s from the end, never all of the word, and agree with
// each other; FoldApostrophes leaves no apostrophe but "'".
func FuzzPossessive(f *testing.F) {
	for _, w := range []string{"Kiev’s", "envoys'", "KIEV'S", "'s", "Kiev＇s", "a’", "O’Connor", "\xe2\x80s"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		stem, ok := CutPossessive(w)
		if !strings.HasPrefix(w, stem) || ok != (stem != w) || ok && stem == "" {
			t.Fatalf("CutPossessive(%q) = %q, %v", w, stem, ok)
		}
		if ok {
			end := w[len(stem):]
			r, size := utf8.DecodeRuneInString(end)
			if !IsApostrophe(r) || !strings.EqualFold(end[size:], "s") {
				t.Fatalf("CutPossessive(%q) cut %q", w, end)
			}
		}
		trim := TrimPossessive(w)
		switch {
		case ok && trim != stem:
			t.Fatalf("TrimPossessive(%q) = %q, CutPossessive %q", w, trim, stem)
		case !ok && trim != w:
			r, size := utf8.DecodeRuneInString(w[len(trim):])
			if trim == "" || !IsApostrophe(r) || size != len(w)-len(trim) {
				t.Fatalf("TrimPossessive(%q) = %q", w, trim)
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
