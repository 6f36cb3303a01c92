package event

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/similarity"
)

// TestJoins: a space, a hyphen or a no-break space keeps two capitalised
// words in one name; anything else ends it.
func TestJoins(t *testing.T) {
	for gap, want := range map[string]bool{
		"": true, " ": true, "-": true, "\u00a0": true, " - ": true,
		", ": false, ".": false, "\n": false, " / ": false, "'": false,
	} {
		if got := joins(gap); got != want {
			t.Errorf("joins(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestOpensSentence: where a word opens a sentence.
func TestOpensSentence(t *testing.T) {
	for before, want := range map[string]bool{
		"": true, "  ": true, "end.\n": true, "said. ": true, "why? ": true, "now! ": true,
		"note: ": true, "“": true, "\"": true, "(": true, "— ": true, "the ": false, "Berlin, ": false,
	} {
		if got := opensSentence(before); got != want {
			t.Errorf("opensSentence(%q) = %v, want %v", before, got, want)
		}
	}
}

// namesRef is names as it was before it shared its pass with labels
// (readNames): the reference names must agree with.
func namesRef(a *corpus.Article, canon similarity.Canon) ([]uint64, []surface) {
	text, toks := a.ComparedText()
	headline := a.TitleOnly()
	var hs []uint64
	var surfs []surface
	seen := map[uint64]bool{}
	var run []string
	flush := func() {
		if len(run) > 1 {
			hs = append(hs, xxhash.Sum64String(strings.Join(run, " ")))
		}
		run = run[:0]
	}
	prevEnd := 0
	for _, t := range toks {
		w := text[t.Start:t.End]
		gap := text[prevEnd:t.Start]
		prevEnd = int(t.End)
		if !joins(gap) {
			flush()
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			flush()
			continue
		}
		term, ok := similarity.ContentTerm(corpus.NormalizeWord(w), canon)
		if !ok {
			flush()
			continue
		}
		run = append(run, term)
		opens := opensSentence(text[:t.Start])
		if headline || (opens && len(run) == 1) {
			continue
		}
		h := xxhash.Sum64String(term)
		hs = append(hs, h)
		if !seen[h] {
			seen[h] = true
			surfs = append(surfs, surface{h, strings.Clone(w)})
		}
	}
	flush()
	slices.Sort(hs)
	return slices.Compact(hs), surfs
}

// TestNamesMatchReference: names, read in one pass with the names of
// labels, gives what it gave alone (namesRef), on the seeds, on texts
// made to try its edges and on BASIL dev when the shared data is there.
func TestNamesMatchReference(t *testing.T) {
	arts := seeds(t)
	for _, s := range []string{
		"President George W. Bush met Mr. Putin. WASHINGTON -- Massachusetts Gov. Deval Patrick said.",
		"Putin Wants Land\nThe White House Special Envoy Steve Witkoff met Ukraine's Donbas envoys in Kyiv.",
		"Zelensky Talks with U.S. Envoys", "Kiev, Kyiv and KYIV; the General Staff in May and in December.",
	} {
		arts = append(arts, &corpus.Article{Text: s, Tokens: corpus.Tokenize(s)}, &corpus.Article{Title: s})
	}
	if testing.Short() {
		t.Log("-short: the seeds and made-up texts only")
	} else if os.Getenv("COMPARE_DATA") != "" {
		arts = append(arts, sharedDump(t, "basil-dev.jsonl")...)
	}
	canon := framing.DefaultLexicon().Canon()
	for _, a := range arts {
		wantHs, wantSurfs := namesRef(a, canon)
		hs, surfs := names(a, canon)
		if !slices.Equal(wantHs, hs) || !slices.Equal(wantSurfs, surfs) {
			t.Errorf("%q: names differ from the reference:\n%v %v\n%v %v", a.ID+a.Title, wantHs, wantSurfs, hs, surfs)
		}
	}
}
