package framing

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/newsfold/compare/similarity"
)

// The lexicon of variant groups is kept as data: lexicon.toml, embedded
// as the default and replaceable or extendable by the user.
//
//go:embed lexicon.toml
var defaultLexicon string

// Kinds of variant group.
const (
	KindSpelling = "spelling" // spellings of one name: Kyiv or Kiev
	KindNaming   = "naming"   // different names of one thing: Bakhmut or Artyomovsk
	KindStatus   = "status"   // terms for a contested status: annexation or reunification
	KindVerb     = "verb"     // a class of reporting or distancing words: claimed, so-called
)

// Case settings of a variant.
const (
	CaseInsensitive = ""      // forms match in any letter case (the default)
	CaseExact       = "exact" // forms match only with the letter case written
)

// Group is a set of variants of which a text chooses one: the spellings of
// a name, the names of a place, the terms for a contested status, or a
// class of reporting verbs.
type Group struct {
	ID          string  // unique within a lexicon
	Description string  // what the choice is, for the report
	Kind        string  // KindSpelling, KindNaming, KindStatus or KindVerb
	Weight      float64 // how much the choice signals framing, in (0, 1]
	// Fold marks single-word spelling variants: Canon folds every
	// single-word form of the group to the first form of its first variant.
	Fold bool
	// Since is the day from which the labels apply, zero for always: an
	// article older than it wrote the variant before the choice signalled
	// framing (most English media wrote Kiev until the AP changed its style
	// to Kyiv on 14 August 2019).
	Since    time.Time
	Variants []Variant
}

// Variant is one choice within a group.
type Variant struct {
	Term  string // how the report names the variant; unique within its group
	Label string // the framing it signals, e.g. "ukrainian" or "russian"
	// Forms are the words or phrases that count as the variant, as written
	// in the lexicon (Match compares them normalised, see Match).
	Forms []string
	Case  string // CaseInsensitive or CaseExact
	// Exceptions are phrases, each holding one of Forms, in which the form
	// does not count: "chicken Kiev".
	Exceptions []string
}

// Lexicon is a list of variant groups, ready for Match and Canon. Its
// methods do not modify it, so one Lexicon may be shared by goroutines. The
// zero Lexicon is empty.
type Lexicon struct {
	groups []Group
	fold   map[string]string     // single-word form → canonical form (normalised)
	index  map[string][]*lexForm // first normalised token → forms, longest first
	forms  map[string]formSite   // normalised token sequence → where it is listed
}

// formSite names a form's place in a lexicon, for error messages.
type formSite struct{ group, variant string }

// The on-disk format (lexicon.toml). Weight is a pointer so that an absent
// weight (1) differs from an explicit 0 (an error).
type (
	fileLexicon struct {
		Groups []fileGroup `toml:"group"`
	}
	fileGroup struct {
		ID          string        `toml:"id"`
		Description string        `toml:"description"`
		Kind        string        `toml:"kind"`
		Weight      *float64      `toml:"weight"`
		Fold        bool          `toml:"fold"`
		Since       *time.Time    `toml:"since"`
		Variants    []fileVariant `toml:"variant"`
	}
	fileVariant struct {
		Term       string   `toml:"term"`
		Label      string   `toml:"label"`
		Forms      []string `toml:"forms"`
		Case       string   `toml:"case"`
		Exceptions []string `toml:"exceptions"`
	}
)

// ParseLexicon reads a lexicon in the format of the embedded default
// (lexicon.toml, whose opening comment describes it): [[group]] tables with
// id, description, kind, weight, fold and since (a date), each with [[group.variant]]
// tables with term, label, forms, case and exceptions.
//
// It rejects, with an error that names the group and variant: TOML syntax
// and type errors, unknown keys, a missing or duplicate group id, a kind
// other than spelling, naming, status or verb, a weight outside (0, 1], a
// group without variants, a missing or duplicate variant term, a case other
// than "" or "exact", a form with no word in it or with punctuation other
// than a hyphen between its words (it could never match), a form listed twice
// (anywhere in the lexicon: two groups may not claim the same phrase), an
// exception holding no form of its variant, and a fold group whose first
// form is not a single word.
//
// Omitted forms default to the term alone; an omitted weight is 1.
func ParseLexicon(src string) (*Lexicon, error) {
	groups, err := parseGroups(src)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	lx, err := newLexicon(groups)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return lx, nil
}

// parseGroups decodes and checks the groups of one lexicon file, each on
// its own; newLexicon checks them against each other.
func parseGroups(src string) ([]Group, error) {
	var f fileLexicon
	md, err := toml.Decode(src, &f)
	if err != nil {
		return nil, err
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		k := keys[0].String()
		if keys[0][0] == "variant" {
			return nil, fmt.Errorf("unknown key %q (the [[variant]] format is replaced by [[group]] tables)", k)
		}
		return nil, fmt.Errorf("unknown key %q", k)
	}
	groups := make([]Group, 0, len(f.Groups))
	ids := map[string]bool{}
	for i, fg := range f.Groups {
		g, err := checkGroup(fg)
		if err != nil {
			if id := strings.TrimSpace(fg.ID); id != "" {
				return nil, fmt.Errorf("group %q: %w", id, err)
			}
			return nil, fmt.Errorf("group %d: %w", i+1, err)
		}
		if ids[g.ID] {
			return nil, fmt.Errorf("group %q: duplicate id", g.ID)
		}
		ids[g.ID] = true
		groups = append(groups, g)
	}
	return groups, nil
}

// checkGroup validates one group as decoded and returns it trimmed, with
// defaults filled in.
func checkGroup(fg fileGroup) (Group, error) {
	g := Group{
		ID:          strings.TrimSpace(fg.ID),
		Description: strings.TrimSpace(fg.Description),
		Kind:        strings.TrimSpace(fg.Kind),
		Weight:      1,
		Fold:        fg.Fold,
	}
	if fg.Since != nil {
		y, m, d := fg.Since.Date()
		g.Since = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	if g.ID == "" {
		return g, errors.New("no id")
	}
	switch g.Kind {
	case KindSpelling, KindNaming, KindStatus, KindVerb:
	case "":
		return g, errors.New("no kind (spelling, naming, status or verb)")
	default:
		return g, fmt.Errorf("kind %q is not spelling, naming, status or verb", g.Kind)
	}
	if fg.Weight != nil {
		g.Weight = *fg.Weight
		if !(g.Weight > 0 && g.Weight <= 1) {
			return g, fmt.Errorf("weight %v is outside (0, 1]", g.Weight)
		}
	}
	if len(fg.Variants) == 0 {
		return g, errors.New("no variants")
	}
	terms := map[string]bool{}
	for i, fv := range fg.Variants {
		v := Variant{
			Term:  strings.TrimSpace(fv.Term),
			Label: strings.TrimSpace(fv.Label),
			Case:  strings.TrimSpace(fv.Case),
		}
		if v.Term == "" {
			return g, fmt.Errorf("variant %d: no term", i+1)
		}
		if terms[strings.ToLower(v.Term)] {
			return g, fmt.Errorf("duplicate variant term %q", v.Term)
		}
		terms[strings.ToLower(v.Term)] = true
		switch v.Case {
		case CaseInsensitive, CaseExact:
		default:
			return g, fmt.Errorf("variant %q: case %q is not \"exact\" (or absent: any case)", v.Term, v.Case)
		}
		v.Forms = make([]string, 0, max(1, len(fv.Forms)))
		for _, f := range fv.Forms {
			v.Forms = append(v.Forms, strings.TrimSpace(f))
		}
		if len(v.Forms) == 0 {
			v.Forms = append(v.Forms, v.Term)
		}
		for _, f := range v.Forms {
			if len(formTokens(f)) == 0 {
				return g, fmt.Errorf("variant %q: empty form %q (no word in it)", v.Term, f)
			}
			if !formJoined(f) {
				return g, fmt.Errorf("variant %q: form %q has punctuation between words (only spaces and hyphens may join them)", v.Term, f)
			}
		}
		for _, e := range fv.Exceptions {
			e = strings.TrimSpace(e)
			et := formTokens(e)
			if len(et) == 0 {
				return g, fmt.Errorf("variant %q: empty exception %q (no word in it)", v.Term, e)
			}
			found := false
			for _, f := range v.Forms {
				if len(offsetsIn(normTokens(formTokens(f)), normTokens(et))) > 0 {
					found = true
					break
				}
			}
			if !found {
				return g, fmt.Errorf("variant %q: exception %q holds none of its forms", v.Term, e)
			}
			v.Exceptions = append(v.Exceptions, e)
		}
		g.Variants = append(g.Variants, v)
	}
	if g.Fold {
		if first := g.Variants[0].Forms[0]; len(formTokens(first)) != 1 {
			return g, fmt.Errorf("fold needs a single-word first form, %q is not one", first)
		}
	}
	return g, nil
}

// newLexicon builds the fold table and the match index of groups, checking
// that no form is listed twice.
func newLexicon(groups []Group) (*Lexicon, error) {
	lx := &Lexicon{
		groups: groups,
		fold:   map[string]string{},
		index:  map[string][]*lexForm{},
		forms:  map[string]formSite{},
	}
	for gi, g := range groups {
		var canon string
		if g.Fold {
			canon = normTokens(formTokens(g.Variants[0].Forms[0]))[0].norm
		}
		for vi, v := range g.Variants {
			for _, f := range v.Forms {
				fm := newForm(gi, vi, f, v)
				key := fm.key()
				if prev, ok := lx.forms[key]; ok {
					return nil, fmt.Errorf("form %q of group %q (variant %q) is also a form of group %q (variant %q)",
						f, g.ID, v.Term, prev.group, prev.variant)
				}
				lx.forms[key] = formSite{g.ID, v.Term}
				first := fm.toks[0].norm
				lx.index[first] = append(lx.index[first], fm)
				if g.Fold && len(fm.toks) == 1 {
					lx.fold[first] = canon
				}
			}
		}
	}
	for _, fs := range lx.index {
		// Longest first; among equals, lexicon order (no two are equal
		// token sequences, so the order is only for determinism).
		slices.SortStableFunc(fs, func(a, b *lexForm) int { return len(b.toks) - len(a.toks) })
	}
	return lx, nil
}

var defaultOnce = sync.OnceValues(func() (*Lexicon, error) { return ParseLexicon(defaultLexicon) })

// DefaultLexicon returns the embedded lexicon (lexicon.toml). It is parsed
// once and shared.
func DefaultLexicon() *Lexicon {
	lx, err := defaultOnce()
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return lx
}

// LoadLexicons returns the lexicon for the values of the repeatable
// --lexicon flag, taken in order:
//
//   - no values: the embedded default;
//   - "none" as the first value: start from an empty lexicon instead of the
//     default (with no other value: no lexicon at all, discovery only);
//   - a path: a lexicon file that extends what came before it. A group whose
//     id is already present replaces that group, in its place; other groups
//     are added at the end.
//
// So "--lexicon mine.toml" is the default plus mine, and "--lexicon none
// --lexicon mine.toml" is mine alone. "none" after a path is an error; a
// file named none is "./none". Errors name the file and the problem, and a
// form that a file lists again (in a group it does not replace) is one.
func LoadLexicons(args []string) (*Lexicon, error) {
	if len(args) == 0 {
		return DefaultLexicon(), nil
	}
	var groups []Group
	if args[0] == "none" {
		args = args[1:]
	} else {
		groups = DefaultLexicon().Groups()
	}
	lx := &Lexicon{}
	if len(args) == 0 {
		return lx, nil
	}
	for _, path := range args {
		if path == "none" {
			return nil, errors.New(`lexicon: "none" must come first`)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		add, err := parseGroups(string(src))
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", path, err)
		}
		groups = mergeGroups(groups, add)
		if lx, err = newLexicon(groups); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", path, err)
		}
	}
	return lx, nil
}

// mergeGroups returns base with add merged in: a group of add replaces the
// group of base with its id, in place, or is appended.
func mergeGroups(base, add []Group) []Group {
	out := slices.Clone(base)
	at := map[string]int{}
	for i, g := range out {
		at[g.ID] = i
	}
	for _, g := range add {
		if i, ok := at[g.ID]; ok {
			out[i] = g
			continue
		}
		at[g.ID] = len(out)
		out = append(out, g)
	}
	return out
}

// Groups returns a copy of the lexicon's groups, in file order (a group
// that replaced another by id takes its place).
func (lx *Lexicon) Groups() []Group {
	if lx == nil {
		return nil
	}
	out := slices.Clone(lx.groups)
	for i := range out {
		out[i].Variants = slices.Clone(out[i].Variants)
		for j := range out[i].Variants {
			v := &out[i].Variants[j]
			v.Forms = slices.Clone(v.Forms)
			v.Exceptions = slices.Clone(v.Exceptions)
		}
	}
	return out
}

// Canon returns the lexicon as a [similarity.Canon]: each single-word form
// of a group with fold set, normalised as article words are
// (corpus.NormalizeWord), maps to the normalised first form of the
// group's first variant (kiev → kyiv), any other word to itself.
// Multi-word forms never fold: "Vladimir" stays "Vladimir" in "Vladimir
// Putin".
//
// It is called for every word of every article, and almost every word is
// not in the lexicon: a table of (length, first byte, last byte) seen among
// the forms turns most words away before the map is asked.
func (lx *Lexicon) Canon() similarity.Canon {
	var fold map[string]string
	if lx != nil {
		fold = lx.fold
	}
	seen := new([1 << 16]bool)
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

// canonKey mixes a word's length, first, middle and last byte into 16
// bits: few of a text's words share a key with one of the lexicon's forms,
// so dedup, which folds every word it shingles, seldom reaches the map.
func canonKey(w string) int {
	return (len(w)*40503 + int(w[0])*131 + int(w[len(w)/2])*7 + int(w[len(w)-1])) & (1<<16 - 1)
}

// covers reports whether terms are all forms of one group of the lexicon,
// in any letter case: a variant discovery found that the lexicon already
// names.
func (lx *Lexicon) covers(terms []string) bool {
	for _, g := range lx.Groups() {
		forms := map[string]bool{}
		for _, v := range g.Variants {
			forms[strings.ToLower(v.Term)] = true
			for _, f := range v.Forms {
				forms[strings.ToLower(f)] = true
			}
		}
		all := len(terms) > 0
		for _, t := range terms {
			all = all && forms[strings.ToLower(t)]
		}
		if all {
			return true
		}
	}
	return false
}
