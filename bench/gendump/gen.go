package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// kind is how a planted copy was made from its source.
type kind string

const (
	trimmed  kind = "trimmed"  // 15-45% of the paragraphs dropped (the tail, or any): contained in the source
	chrome   kind = "chrome"   // site chrome lines added before and after: the source is contained in it
	edited   kind = "edited"   // a few words substituted, deleted or inserted: near, J >= 0.85
	spelling kind = "spelling" // Kiev/Kyiv-style variants swapped: near, J >= 0.85 without folding
)

var kinds = []kind{trimmed, chrome, edited, spelling}

// article is one record of the dump, in the field names corpus reads.
type article struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	URL    string `json:"url"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// plant is one planted pair of the truth file, with the scores of the
// copy against its source measured on corpus.Words of the raw texts (dedup
// measures after cleaning, so chrome lines the cleaner removes make its
// scores a little higher).
type plant struct {
	Source, Copy                        string
	Kind                                kind
	Jaccard, CopyInSource, SourceInCopy float64
}

// generator makes article i of the dump from (seed, i) alone, so any
// prefix of a dump is the dump of that size: the articles of -n 250000 are
// the first 250,000 of -n 1000000, and so are their planted pairs (a copy
// always follows its source).
type generator struct {
	pool     *pool
	seed     uint64
	copyRate float64 // share of articles that are planted copies
}

// variantRate is the share of base articles that carry a spelling variant,
// the only ones a spelling copy is made from.
const variantRate = 0.05

// contentSalt separates the stream an article's content is drawn from from
// the one its role is drawn from.
const contentSalt = 0x9E3779B97F4A7C15

func id(i int) string { return fmt.Sprintf("gen-%07d", i) }

// role draws the first values of article i's stream: whether it is a planted
// copy and, for a base, whether it carries a spelling variant. The stream is
// returned for the caller to go on drawing.
func (g *generator) role(i int) (isCopy, variant bool, r *rand.Rand) {
	r = rand.New(rand.NewPCG(g.seed, uint64(i)))
	isCopy = i > 0 && r.Float64() < g.copyRate
	variant = r.Float64() < variantRate
	return isCopy, variant, r
}

// article returns article i and, when it is a planted copy, its pair.
func (g *generator) article(i int) (article, *plant) {
	isCopy, _, r := g.role(i)
	if !isCopy {
		return g.base(i), nil
	}
	k := kinds[r.IntN(len(kinds))]
	j, k := g.source(i, k, r)
	return g.copyOf(i, j, k, r)
}

// source picks the base article, before i, that copy i is made of: any base,
// or one with a spelling variant for a spelling copy (when none is found,
// the copy becomes an edited one).
func (g *generator) source(i int, k kind, r *rand.Rand) (int, kind) {
	for range 500 {
		j := r.IntN(i)
		isCopy, variant, _ := g.role(j)
		if !isCopy && (k != spelling || variant) {
			return j, k
		}
	}
	for j := i - 1; ; j-- {
		if isCopy, _, _ := g.role(j); !isCopy || j == 0 {
			return j, edited
		}
	}
}

// base returns base article i: a mosaic of single paragraphs, each from a
// different random source article and none over a fifth of the article, at
// least 3 and until it has 250 to 700 words. Paragraphs are drawn
// independently, so two bases share a paragraph only by chance, and two
// only by rare coincidence; sharing the 90% that would make one contain the
// other takes four or more: they are never near duplicates of each other. A
// base with a spelling variant opens with a pool paragraph that has one.
func (g *generator) base(i int) article {
	_, variant, _ := g.role(i)
	r := rand.New(rand.NewPCG(g.seed^contentSalt, uint64(i)))
	p := g.pool
	target := 250 + r.IntN(451)
	maxPara := target / 5
	used := map[int]bool{}
	var paras []string
	words, first := 0, -1
	take := func(s, k int) {
		paras = append(paras, p.sources[s].paras[k])
		words += p.sources[s].words[k]
		used[s] = true
		if first < 0 {
			first = s
		}
	}
	if variant && len(p.variant) > 0 {
		v := p.variant[r.IntN(len(p.variant))]
		for try := 0; p.sources[v[0]].words[v[1]] > maxPara && try < 20; try++ {
			v = p.variant[r.IntN(len(p.variant))]
		}
		take(v[0], v[1])
	}
	for (len(paras) < 3 || words < target) && len(paras) < 30 {
		var s, k int
		for try := 0; try < 50; try++ {
			s = r.IntN(len(p.sources))
			k = r.IntN(len(p.sources[s].paras))
			if !used[s] && p.sources[s].words[k] <= maxPara {
				break
			}
		}
		take(s, k)
	}
	if variant && len(p.variant) == 0 {
		// A pool without variants (a test's): write one in.
		at := r.IntN(len(paras) + 1)
		line := fmt.Sprintf("Officials in Kiev said on %s that %d shells had hit towns in the Donbass overnight, and that the port of Odessa was working again.",
			[]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}[r.IntN(5)], 10+r.IntN(90))
		paras = append(paras[:at], append([]string{line}, paras[at:]...)...)
	}

	src := p.sources[first]
	date := src.date
	if date.IsZero() {
		date = time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(7*365))
	}
	date = date.AddDate(0, 0, r.IntN(30))
	outlet := p.outlets[r.IntN(len(p.outlets))]
	title := src.title
	if title == "" {
		title = strings.Join(strings.Fields(paras[0])[:8], " ")
	}
	return article{ID: id(i), Outlet: outlet, URL: url(outlet, date, title, i), Date: date.Format("2006-01-02"), Title: title, Text: strings.Join(paras, "\n\n")}
}

// url makes a plausible address for an article.
func url(outlet string, date time.Time, title string, i int) string {
	return fmt.Sprintf("https://www.%s.example/%s/%s-%d", slug(outlet, 3), date.Format("2006/01/02"), slug(title, 6), i)
}

// slug keeps the first n words of s, lower-cased ASCII letters and digits,
// joined by dashes.
func slug(s string, n int) string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if len(words) == n {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return "news"
	}
	return strings.Join(words, "-")
}

// shingles is what dedup compares, at its defaults.
func shingles(text string) []uint64 {
	return similarity.Shingles(corpus.Words(text), 5, nil)
}

// copyOf returns copy i of base j, made by kind k, and its pair. Each kind
// is drawn until the copy has the scores the kind promises (at most 8
// draws, then the mildest form of the kind), so the truth file never asks
// dedup for a pair that is not a duplicate by its own definitions.
func (g *generator) copyOf(i, j int, k kind, r *rand.Rand) (article, *plant) {
	src := g.base(j)
	c := src
	c.ID = id(i)
	for try := 0; c.Outlet == src.Outlet && try < 10; try++ {
		c.Outlet = g.pool.outlets[r.IntN(len(g.pool.outlets))]
	}
	date, _ := time.Parse("2006-01-02", src.Date)
	date = date.AddDate(0, 0, r.IntN(4))
	c.Date = date.Format("2006-01-02")
	c.URL = url(c.Outlet, date, c.Title, i)
	if r.IntN(3) == 0 {
		c.Title += " | " + c.Outlet
	}

	srcSh := shingles(src.Text)
	pl := &plant{Source: src.ID, Copy: c.ID, Kind: k}
	for try := 0; try <= 8; try++ {
		mild := try == 8
		text, ok := transform(k, src.Text, c.Outlet, g.pool, r, mild)
		if !ok {
			continue
		}
		sh := shingles(text)
		inter := similarity.Intersect(srcSh, sh)
		pl.Jaccard = float64(inter) / float64(len(srcSh)+len(sh)-inter)
		pl.CopyInSource = float64(inter) / float64(max(1, len(sh)))
		pl.SourceInCopy = float64(inter) / float64(max(1, len(srcSh)))
		c.Text = text
		good := false
		switch k {
		case trimmed:
			good = pl.CopyInSource >= 0.95 && len(sh) >= 50 && pl.SourceInCopy < 1
		case chrome:
			good = pl.SourceInCopy >= 0.95
		case edited, spelling:
			good = pl.Jaccard >= 0.85 && pl.Jaccard < 1
		}
		if good || mild {
			break
		}
	}
	return c, pl
}

// transform makes the text of a copy of kind k; mild asks for the least
// change the kind allows. It reports false when it could not make one.
func transform(k kind, text, outlet string, p *pool, r *rand.Rand, mild bool) (string, bool) {
	paras := strings.Split(text, "\n\n")
	switch k {
	case trimmed:
		if len(paras) < 3 {
			return "", false
		}
		if mild {
			return strings.Join(paras[:len(paras)-1], "\n\n"), true
		}
		if r.IntN(2) == 0 { // truncated: the tail goes
			keep := max(2, len(paras)*(55+r.IntN(31))/100)
			if keep >= len(paras) {
				keep = len(paras) - 1
			}
			return strings.Join(paras[:keep], "\n\n"), true
		}
		drop := max(1, len(paras)*(15+r.IntN(31))/100) // 15-45% of the paragraphs go
		gone := map[int]bool{}
		for _, x := range r.Perm(len(paras))[:drop] {
			gone[x] = true
		}
		var kept []string
		for x, para := range paras {
			if !gone[x] {
				kept = append(kept, para)
			}
		}
		if len(kept) < 2 {
			return "", false
		}
		return strings.Join(kept, "\n\n"), true

	case chrome:
		before := []string{"Skip to content", outlet, "Home | World | Politics | Business | Opinion", "Advertisement", "Share this article", "Menu", "Subscribe"}
		after := []string{"Source link", "Site icon " + outlet, "Exit mobile version", "Related Articles",
			"Sign up for our newsletter to get the day's top stories.", "Copyright © 2024 " + outlet + ". All rights reserved.",
			"Follow us on Facebook and Twitter", "Read more:", "Comments", "Terms of Use | Privacy Policy | Contact Us"}
		nb, na := 1+r.IntN(3), 2+r.IntN(3)
		if mild {
			nb, na = 1, 1
		}
		var head, tail []string
		for _, x := range r.Perm(len(before))[:nb] {
			head = append(head, before[x])
		}
		for _, x := range r.Perm(len(after))[:na] {
			tail = append(tail, after[x])
		}
		return strings.Join(head, "\n") + "\n\n" + text + "\n\n" + strings.Join(tail, "\n"), true

	case edited:
		n := 1 + r.IntN(4)
		if mild {
			n = 1
		}
		for range n {
			pi := r.IntN(len(paras))
			words := strings.Split(paras[pi], " ")
			w := r.IntN(len(words))
			// A replacement word taken from anywhere in the pool.
			s := p.sources[r.IntN(len(p.sources))]
			other := strings.Fields(s.paras[r.IntN(len(s.paras))])
			repl := other[r.IntN(len(other))]
			switch op := r.IntN(3); {
			case op == 0 || mild:
				words[w] = repl
			case op == 1 && len(words) > 1:
				words = append(words[:w], words[w+1:]...)
			default:
				words = append(words[:w], append([]string{repl}, words[w:]...)...)
			}
			paras[pi] = strings.Join(words, " ")
		}
		return strings.Join(paras, "\n\n"), true

	case spelling:
		limit := -1 // every occurrence
		if mild {
			limit = 1
		} else if r.IntN(3) == 0 {
			limit = 1 + r.IntN(3)
		}
		n := 0
		out := variantRE.ReplaceAllStringFunc(text, func(w string) string {
			if limit >= 0 && n >= limit {
				return w
			}
			if o := swapSpelling(w); o != "" {
				n++
				return o
			}
			return w
		})
		return out, n > 0
	}
	panic("gendump: unknown kind " + string(k))
}
