package main

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/newsfold/compare/corpus"
)

// Paragraphs go into the pool only within these word counts: shorter ones
// are mostly bylines, captions and chrome, longer ones whole articles
// pasted as one block.
const (
	minParaWords = 20
	maxParaWords = 200
)

// minOutletArticles is the fewest articles an outlet of the input needs to
// be given to generated articles.
const minOutletArticles = 20

// source is one article of the input, as the pool keeps it.
type source struct {
	title, outlet string
	date          time.Time
	paras         []string // its pool paragraphs, in order
	words         []int    // the number of words of each
}

// pool is the material base articles are cut from.
type pool struct {
	sources []source
	// outlets has one entry per source article of an outlet with at least
	// minOutletArticles of them: drawing from it picks outlets as often as
	// the input has them, and never a one-off name (AllSides files some
	// opinion pieces under their author).
	outlets []string
	// variant lists paragraphs carrying a spelling variant (Kiev, Donbass...),
	// as (source, paragraph) indexes.
	variant [][2]int
}

// poolInput is one article offered to newPool.
type poolInput struct {
	Title, Outlet, Text string
	Date                time.Time
}

// newPool keeps, of each input article, the paragraphs (blank-line
// separated) of minParaWords to maxParaWords words whose text occurs once in
// the whole input: a paragraph repeated across articles is boilerplate or
// syndicated, and would make bases share text. Articles left with no
// paragraph are dropped.
func newPool(in []poolInput) (*pool, error) {
	count := map[string]int{}
	split := make([][]string, len(in))
	for i, a := range in {
		for _, p := range strings.Split(a.Text, "\n\n") {
			p = strings.TrimSpace(p)
			if n := len(strings.Fields(p)); n < minParaWords || n > maxParaWords {
				continue
			}
			split[i] = append(split[i], p)
			count[p]++
		}
	}
	p := &pool{}
	outlets := map[string]int{}
	for _, a := range in {
		outlets[a.Outlet]++
	}
	for i, a := range in {
		s := source{title: a.Title, outlet: a.Outlet, date: a.Date}
		for _, para := range split[i] {
			if count[para] == 1 {
				s.paras = append(s.paras, para)
				s.words = append(s.words, len(strings.Fields(para)))
			}
		}
		if len(s.paras) == 0 {
			continue
		}
		if s.outlet != "" && s.outlet != corpus.UnknownOutlet && outlets[s.outlet] >= minOutletArticles {
			p.outlets = append(p.outlets, s.outlet)
		}
		for k, para := range s.paras {
			if variantRE.MatchString(para) {
				p.variant = append(p.variant, [2]int{len(p.sources), k})
			}
		}
		p.sources = append(p.sources, s)
	}
	if len(p.sources) < 10 {
		return nil, fmt.Errorf("only %d articles have paragraphs of %d-%d words; need at least 10", len(p.sources), minParaWords, maxParaWords)
	}
	if len(p.outlets) == 0 {
		p.outlets = append(p.outlets, "Wire Service", "Daily Courier", "Evening Post")
	}
	return p, nil
}

// loadPool reads the articles of the given dump into a pool.
func loadPool(paths []string) (*pool, error) {
	var in []poolInput
	_, err := corpus.Stream(paths, corpus.Options{}, func(a *corpus.Article) error {
		in = append(in, poolInput{Title: a.Title, Outlet: a.Outlet, Text: a.Text, Date: a.Date})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return newPool(in)
}

// variants pairs the two spellings of a place or name: the Russian-state
// style first, the Ukrainian-government style second.
var variants = [][2]string{
	{"Kiev", "Kyiv"},
	{"Donbass", "Donbas"},
	{"Odessa", "Odesa"},
	{"Kharkov", "Kharkiv"},
	{"Lugansk", "Luhansk"},
	{"Nikolaev", "Mykolaiv"},
	{"Lvov", "Lviv"},
	{"Chernobyl", "Chornobyl"},
	{"Zelensky", "Zelenskyy"},
	{"Zelenskiy", "Zelenskyy"},
}

// variantRE matches any spelling of variants, as a whole word.
var variantRE = func() *regexp.Regexp {
	var alt []string
	for _, v := range variants {
		alt = append(alt, v[0], v[1])
	}
	return regexp.MustCompile(`\b(` + strings.Join(alt, "|") + `)\b`)
}()

// swapSpelling returns the other spelling of w, or "" when it has none.
func swapSpelling(w string) string {
	for _, v := range variants {
		switch w {
		case v[0]:
			return v[1]
		case v[1]:
			return v[0] // Zelenskyy: the first pair that has it, Zelensky
		}
	}
	return ""
}
