package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// surface is how an article spells a content term it capitalises: the
// label shows "Berlin", not "berlin".
type surface struct {
	term uint64 // hash of the canonical term
	form string
}

// names returns the hashes of the capitalised names of an article, sorted
// and distinct, and the surface forms of its capitalised terms. A name is
// a capitalised content word that does not open a sentence, or a run of
// capitalised words ("Rustem Umerov", "Donetsk People's Republic" counts
// "donetsk", "people", "republic" and the whole run), folded by canon, so
// "Kiev" and "Kyiv" are one name. Headlines (no body) are read from the
// title, where every word may be capitalised: there only runs count.
func names(a *corpus.Article, canon similarity.Canon) ([]uint64, []surface) {
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
	// Exact-size copies: these are kept for every article.
	return slices.Clone(slices.Compact(hs)), slices.Clone(surfs)
}

// joins reports whether the text between two tokens keeps them in one
// name: nothing, or spaces and hyphens.
func joins(gap string) bool {
	for _, r := range gap {
		if r != ' ' && r != '-' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// opensSentence reports whether a word after before starts a sentence: at
// the start of the text or a line, or after a full stop, question or
// exclamation mark, colon or an opening quote.
func opensSentence(before string) bool {
	before = strings.TrimRight(before, " \t\u00a0")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '\n', '.', '!', '?', ':', '"', '\u201c', '\u2018', '(', '[', '\u2014', '-':
		return true
	}
	return false
}
