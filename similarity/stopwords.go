package similarity

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/internal/english"
)

// This file decides which normalised words are content words, the terms of
// topical similarity (TF-IDF vectors and title comparison).

//go:embed stopwords.txt
var topicalStopText string

// topicalStopWords is the embedded stop list (stopwords.txt) as a set.
var topicalStopWords = func() *stopSet {
	var words []string
	for line := range strings.Lines(topicalStopText) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		words = append(words, w)
	}
	return newStopSet(words)
}()

// stopSet is a small set of strings in an open-addressing table keyed by
// a cheap hash of the length and three bytes. Asked once or twice for every
// word of every article, it answers in a few nanoseconds where a map spends
// tens on hashing the whole string.
type stopSet struct {
	slots []string // "" is an empty slot
	mask  uint32
}

func newStopSet(words []string) *stopSet {
	size := 64
	for size < 4*len(words) {
		size *= 2
	}
	s := &stopSet{slots: make([]string, size), mask: uint32(size - 1)}
	for _, w := range words {
		if w == "" || s.has(w) {
			continue
		}
		for i := stopHash(w) & s.mask; ; i = (i + 1) & s.mask {
			if s.slots[i] == "" {
				s.slots[i] = w
				break
			}
		}
	}
	return s
}

func stopHash(w string) uint32 {
	h := uint32(len(w)) * 0x9e3779b1
	h ^= uint32(w[0]) * 0x85ebca6b
	h ^= uint32(w[len(w)-1]) * 0xc2b2ae35
	h ^= uint32(w[len(w)/2]) * 0x27d4eb2f
	return h ^ h>>15
}

// len returns the number of words in the set.
func (s *stopSet) len() int {
	n := 0
	for _, w := range s.slots {
		if w != "" {
			n++
		}
	}
	return n
}

// has reports whether w is in the set.
func (s *stopSet) has(w string) bool {
	if w == "" {
		return false
	}
	for i := stopHash(w) & s.mask; s.slots[i] != ""; i = (i + 1) & s.mask {
		if s.slots[i] == w {
			return true
		}
	}
	return false
}

// topicalIsStop reports whether the normalised word w is a stop word.
func topicalIsStop(w string) bool { return topicalStopWords.has(w) }

// topicalTerm returns the content term of the normalised word w (a word of
// [corpus.Article.Words] or of [corpus.Normalize]), and false if w is not a
// content word. In order:
//
//   - a stop word (stopwords.txt, an NLTK-based English list) is dropped;
//   - an English possessive ending is removed: "russia's" and "envoys'"
//     become "russia" and "envoys" (as Lucene's EnglishPossessiveFilter
//     does), so that "Russia's talks" and "talks in Russia" share a term;
//     what is left is checked against the stop list again;
//   - a word without a letter (numbers such as "2025", "1,000", "3.5") or
//     shorter than two runes is dropped;
//   - canon, when not nil, maps the word to its canonical spelling; a word it
//     maps to "" is dropped.
//
// No stemming is done: "talks" and "talk" are different terms. A stemmer
// would fold more, but would also have to agree with every [Canon] table,
// which lists surface forms.
func topicalTerm(w string, canon Canon) (string, bool) {
	if topicalIsStop(w) {
		return "", false
	}
	if s := english.TrimPossessive(w); len(s) < len(w) {
		w = s
		if topicalIsStop(w) {
			return "", false
		}
	}
	if !topicalIsContent(w) {
		return "", false
	}
	if canon != nil {
		w = canon(w)
		if w == "" {
			return "", false
		}
	}
	return w, true
}

// topicalIsContent reports whether w has at least two runes and at least
// one letter.
func topicalIsContent(w string) bool {
	letter := false
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				letter = true
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			if unicode.IsLetter(r) {
				letter = true
			}
			i += size
		}
		n++
		if letter && n >= 2 {
			return true
		}
	}
	return false
}

// ContentTerm returns the content term of the normalised word w, as the
// topical measures count it (stop words, numbers and one-rune words are
// not content terms; possessives are stripped; canon folds spellings), and
// false if w is not one.
func ContentTerm(w string, canon Canon) (string, bool) { return topicalTerm(w, canon) }
