package event

import (
	"slices"
	"strings"
	"unicode/utf8"

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
//
// [Builder.Add] reads them in the same pass as the names of labels
// ([Builder.readNames]); names reads them alone.
func names(a *corpus.Article, canon similarity.Canon) ([]uint64, []surface) {
	r := readers.Get().(*nameReader)
	defer r.release()
	r.readAll(a, a.ComparedWords(), canon)
	return r.scoreNames()
}

// readScore reads a capitalised content word w, of canonical term term
// whose hash is h, opening a sentence or not, for names.
func (r *nameReader) readScore(w, term string, h uint64, opens bool) {
	r.nrun = append(r.nrun, term)
	if r.headline || (opens && len(r.nrun) == 1) {
		return
	}
	r.hs = append(r.hs, h)
	if !r.seen[h] {
		r.seen[h] = true
		r.surfs = append(r.surfs, surface{h, strings.Clone(w)})
	}
}

// flushScore ends the run of names: a run of two words or more counts as
// a whole too.
func (r *nameReader) flushScore() {
	if len(r.nrun) > 1 {
		r.digest.Reset()
		for i, t := range r.nrun {
			if i > 0 {
				_, _ = r.digest.WriteString(" ")
			}
			_, _ = r.digest.WriteString(t)
		}
		r.hs = append(r.hs, r.digest.Sum64())
	}
	r.nrun = r.nrun[:0]
}

// scoreNames returns what names returns, once the article is read.
func (r *nameReader) scoreNames() ([]uint64, []surface) {
	slices.Sort(r.hs)
	// Exact-size copies: these are kept for every article.
	return slices.Clone(slices.Compact(r.hs)), slices.Clone(r.surfs)
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
