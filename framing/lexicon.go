// Package framing describes how outlets tell a story: the spelling and
// naming variants they choose. This file holds the lexicon of variant
// spellings, kept as data (lexicon.toml, embedded).
package framing

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

//go:embed lexicon.toml
var defaultLexicon string

// Variant is one name's spellings: Forms are normalised words
// ([corpus.NormalizeWord]), Canonical the form they fold to.
type Variant struct {
	Canonical string   `toml:"canonical"`
	Forms     []string `toml:"forms"`
}

// Lexicon is a list of variant spellings.
type Lexicon struct {
	Variants []Variant `toml:"variant"`
	fold     map[string]string
}

// ParseLexicon reads a lexicon in the format of the embedded default
// (lexicon.toml): [[variant]] tables with canonical and forms. Forms are
// normalised as article words are; a form listed under two canonical
// spellings is an error.
func ParseLexicon(src string) (*Lexicon, error) {
	var lx Lexicon
	md, err := toml.Decode(src, &lx)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("lexicon: unknown key %q", keys[0].String())
	}
	lx.fold = map[string]string{}
	for i, v := range lx.Variants {
		canon := strings.TrimSpace(v.Canonical)
		if canon == "" {
			return nil, fmt.Errorf("lexicon: variant %d has no canonical form", i+1)
		}
		canon = corpus.NormalizeWord(canon)
		lx.Variants[i].Canonical = canon
		for j, f := range v.Forms {
			if f = strings.TrimSpace(f); f == "" {
				return nil, fmt.Errorf("lexicon: variant %q: empty form", canon)
			}
			f = corpus.NormalizeWord(f)
			if prev, ok := lx.fold[f]; ok && prev != canon {
				return nil, fmt.Errorf("lexicon: %q is a form of both %q and %q", f, prev, canon)
			}
			lx.Variants[i].Forms[j] = f
			lx.fold[f] = canon
		}
		lx.fold[canon] = canon
	}
	return &lx, nil
}

// DefaultLexicon returns the embedded lexicon.
func DefaultLexicon() *Lexicon {
	lx, err := ParseLexicon(defaultLexicon)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return lx
}

// Canon returns the lexicon as a [similarity.Canon]: each listed form maps
// to its canonical spelling, any other word to itself.
//
// It is called for every word of every article, and almost every word is
// not in the lexicon: a table of (length, first byte, last byte) seen among
// the forms turns most words away before the map is asked.
func (lx *Lexicon) Canon() similarity.Canon {
	fold := lx.fold
	var seen [1 << 12]bool
	for f := range fold {
		seen[canonKey(f)] = true
	}
	return func(w string) string {
		if w == "" || !seen[canonKey(w)] {
			return w
		}
		if c, ok := fold[w]; ok {
			return c
		}
		return w
	}
}

// canonKey mixes a word's length, first and last byte into 12 bits.
func canonKey(w string) int {
	return (len(w)*31 + int(w[0])*7 + int(w[len(w)-1])) & (1<<12 - 1)
}
