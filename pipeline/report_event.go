package pipeline

import (
	"cmp"
	"slices"
	"sort"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/similarity"
)

// This file expands one event: the articles compared, their alignments,
// coverage, quotes and diffs (compareEvent, on a worker), then, once the
// passages of every event have been marked boilerplate or not against the
// whole dump, the similarity matrix and the shared passages
// (finishEvent).

// reportContext is what every expanded event reads.
type reportContext struct {
	arts   []*corpus.Article
	outlet func(i int) string // see outletKeys
	dups   duplicates
	ro     ReportOptions
	aopt   align.Options
}

// duplicates are the duplicate groups of the dump, by article: the group's
// original (its earliest-dated member, or its first when no date tells),
// or -1 for an article in no group.
type duplicates []int

// role returns the role of article i and, for a copy, its group's
// original (-1 otherwise): copy for a member of a duplicate group other
// than its original, whatever its chrome; else republished when it
// carries republisher chrome; else original for a group's original; else
// none.
func (d duplicates) role(arts []*corpus.Article, i int) (Role, int) {
	switch g := d[i]; {
	case g >= 0 && g != i:
		return RoleCopy, g
	case arts[i].Republished:
		return RoleRepublished, -1
	case g == i:
		return RoleOriginal, -1
	}
	return RoleNone, -1
}

// duplicatesOf maps each of n articles to its group's original.
func duplicatesOf(n int, groups []similarity.Group) duplicates {
	d := make(duplicates, n)
	for i := range d {
		d[i] = -1
	}
	for _, g := range groups {
		orig := g.Original
		if orig < 0 {
			orig = g.Members[0]
		}
		for _, m := range g.Members {
			d[m] = orig
		}
	}
	return d
}

// comparedPair is a pair of an event's compared articles and its
// alignment; x < y index Compared.
type comparedPair struct {
	x, y int
	r    *align.Result
}

// eventWork is an expanded event between its two steps.
type eventWork struct {
	rep   EventReport
	pairs []comparedPair
}

// compareEvent aligns every pair of the compared articles of e and fills
// what needs no more than those alignments: Compared, Coverage, Quotes and
// Diffs. The alignments keep only their passages, for finishEvent, but
// those of the diffs, kept whole, and those of one outlet, which share no
// passage the report shows.
func compareEvent(c *reportContext, e *event.Event) *eventWork {
	w := &eventWork{rep: EventReport{Event: e}}
	cmpd := c.compared(e)
	w.rep.Compared = cmpd
	aopt := c.aopt
	aopt.Cache = align.NewCache()
	for x := range cmpd {
		for y := x + 1; y < len(cmpd); y++ {
			r := align.Compare(c.arts[cmpd[x]], c.arts[cmpd[y]], aopt)
			w.pairs = append(w.pairs, comparedPair{x, y, r})
		}
	}
	w.rep.Coverage = c.coverage(e, cmpd, w.pairs)
	w.rep.Quotes = c.eventQuotes(cmpd, w.pairs)
	w.rep.Diffs = c.diffs(e.ID, cmpd, w.pairs)
	diffed := map[*align.Result]bool{}
	for _, d := range w.rep.Diffs {
		diffed[d.Result] = true
	}
	for k := range w.pairs {
		p := &w.pairs[k]
		switch {
		case c.outlet(cmpd[p.x]) == c.outlet(cmpd[p.y]):
			p.r = &align.Result{}
		case !diffed[p.r]:
			p.r = &align.Result{Passages: p.r.Passages}
		}
	}
	return w
}

// compared returns the articles of e compared with each other, in input
// order: one per duplicate group (its original, or the first of its
// members in e when the original is not), each outlet's first before any
// outlet's second, and so on, in input order within each round, at most
// c.ro.Articles.
func (c *reportContext) compared(e *event.Event) []int {
	in := map[int]bool{}
	for _, m := range e.Members {
		in[m] = true
	}
	chosen := map[int]int{} // group (by original) -> its article in e
	var cands []int
	for _, m := range e.Members {
		g := c.dups[m]
		if g < 0 {
			cands = append(cands, m)
			continue
		}
		if _, ok := chosen[g]; ok {
			continue
		}
		pick := m
		if in[g] {
			pick = g
		}
		chosen[g] = pick
		cands = append(cands, pick)
	}
	slices.Sort(cands) // an original may come after the member that named its group
	round := map[int]int{}
	seen := map[string]int{}
	for _, m := range cands {
		o := c.outlet(m)
		round[m] = seen[o]
		seen[o]++
	}
	slices.SortStableFunc(cands, func(x, y int) int { return cmp.Compare(round[x], round[y]) })
	if c.ro.Articles >= 0 && len(cands) > c.ro.Articles {
		cands = cands[:c.ro.Articles]
	}
	slices.Sort(cands)
	return cands
}

// coverage returns the coverage row of every member of e, cmpd the
// compared articles and pairs their alignments.
func (c *reportContext) coverage(e *event.Event, cmpd []int, pairs []comparedPair) []Coverage {
	// kept[x] are the words of cmpd[x] kept by a pair with another outlet;
	// carried[x] its sentences aligned with any other compared article.
	kept := make([][]bool, len(cmpd))
	carried := make([][]bool, len(cmpd))
	for x, i := range cmpd {
		carried[x] = make([]bool, len(c.arts[i].Sentences))
	}
	for _, p := range pairs {
		a, b := c.arts[cmpd[p.x]], c.arts[cmpd[p.y]]
		markCarried(carried[p.x], p.r.OnlyA)
		markCarried(carried[p.y], p.r.OnlyB)
		if c.outlet(cmpd[p.x]) == c.outlet(cmpd[p.y]) {
			continue
		}
		ka, kb := p.r.Kept(a, b)
		kept[p.x], kept[p.y] = orInto(kept[p.x], ka), orInto(kept[p.y], kb)
	}
	rows := make([]Coverage, len(e.Members))
	for k, m := range e.Members {
		a := c.arts[m]
		row := Coverage{Article: m, Words: len(corpus.Tokenize(a.Title)) + len(a.Tokens), Shared: -1, Only: -1, CopyOf: -1}
		if x, ok := slices.BinarySearch(cmpd, m); ok {
			row.Shared, row.Only = 0, 0
			if n := count(kept[x]); n > 0 {
				row.Shared = float64(n) / float64(row.Words)
			}
			row.Only = len(carried[x]) - count(carried[x])
		}
		row.Role, row.CopyOf = c.dups.role(c.arts, m)
		rows[k] = row
	}
	return rows
}

// markCarried sets carried[s] for every sentence s not in only (sorted):
// those an alignment paired.
func markCarried(carried []bool, only []int) {
	for s := range carried {
		if _, ok := slices.BinarySearch(only, s); !ok {
			carried[s] = true
		}
	}
}

// orInto sets dst[k] wherever src[k] is set, and returns dst (src's copy
// when dst is nil).
func orInto(dst, src []bool) []bool {
	if dst == nil {
		return slices.Clone(src)
	}
	for k, v := range src {
		dst[k] = dst[k] || v
	}
	return dst
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// diffs returns the pairs of cmpd to diff side by side: those of
// different outlets, most substitutions (counted) plus unaligned sentences
// first, ties in input order, at most c.ro.Diffs.
func (c *reportContext) diffs(id string, cmpd []int, pairs []comparedPair) []Alignment {
	type scored struct {
		score int
		al    Alignment
	}
	var ss []scored
	for _, p := range pairs {
		if c.outlet(cmpd[p.x]) == c.outlet(cmpd[p.y]) {
			continue
		}
		s := len(p.r.OnlyA) + len(p.r.OnlyB)
		for _, sub := range p.r.Substitutions {
			s += sub.Count
		}
		ss = append(ss, scored{s, Alignment{Event: id, A: cmpd[p.x], B: cmpd[p.y], Result: p.r}})
	}
	slices.SortStableFunc(ss, func(x, y scored) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.al.A, y.al.A), cmp.Compare(x.al.B, y.al.B))
	})
	if c.ro.Diffs >= 0 && len(ss) > c.ro.Diffs {
		ss = ss[:c.ro.Diffs]
	}
	out := make([]Alignment, len(ss))
	for k, s := range ss {
		out[k] = s.al
	}
	return out
}

// eventQuotes gathers the quotes of the compared articles cmpd from their
// alignments pairs: each quote once, taken in input order of the articles
// and then of the quotes, with the articles that carry it (the same words,
// or a cut of three or more words: similarity 1 by align.MatchQuotes),
// alter it (a lower similarity) or carry neither. Quotes carried by more
// articles come first, then in the order taken.
func (c *reportContext) eventQuotes(cmpd []int, pairs []comparedPair) []EventQuote {
	n := len(cmpd)
	quotes := make([][]align.Quote, n)
	// match[x][y][q] is the quote of cmpd[y] that quote q of cmpd[x] matches.
	type match struct {
		q   int
		sim float64
	}
	matches := make([][]map[int]match, n)
	for x := range matches {
		matches[x] = make([]map[int]match, n)
	}
	have := make([]bool, n)
	for _, p := range pairs {
		if !have[p.x] {
			quotes[p.x], have[p.x] = p.r.QuotesA, true
		}
		if !have[p.y] {
			quotes[p.y], have[p.y] = p.r.QuotesB, true
		}
		mxy, myx := map[int]match{}, map[int]match{}
		for _, m := range p.r.SharedQuotes {
			mxy[m.A] = match{m.B, m.Similarity}
			myx[m.B] = match{m.A, m.Similarity}
		}
		matches[p.x][p.y], matches[p.y][p.x] = mxy, myx
	}
	for x := range cmpd {
		if !have[x] {
			quotes[x] = align.FindQuotes(c.arts[cmpd[x]].Text)
		}
	}
	taken := make([][]bool, n)
	for x := range taken {
		taken[x] = make([]bool, len(quotes[x]))
	}
	var out []EventQuote
	for x := range cmpd {
		for qi, q := range quotes[x] {
			if taken[x][qi] {
				continue
			}
			taken[x][qi] = true
			eq := EventQuote{Text: q.Text, Speaker: q.Speaker, Carried: []int{cmpd[x]}}
			first := x // the first article carrying it, whose words Text holds
			for y := range cmpd {
				if y == x {
					continue
				}
				m, ok := matches[x][y][qi]
				switch {
				case !ok:
					eq.Omitted = append(eq.Omitted, cmpd[y])
					continue
				case m.sim >= 1:
					eq.Carried = append(eq.Carried, cmpd[y])
					if y < first {
						eq.Text, first = quotes[y][m.q].Text, y
					}
				default:
					eq.Altered = append(eq.Altered, AlteredQuote{Article: cmpd[y], Text: quotes[y][m.q].Text, Similarity: m.sim})
				}
				taken[y][m.q] = true
				if eq.Speaker == "" {
					eq.Speaker = quotes[y][m.q].Speaker
				}
			}
			slices.Sort(eq.Carried)
			out = append(out, eq)
		}
	}
	slices.SortStableFunc(out, func(a, b EventQuote) int { return cmp.Compare(len(b.Carried), len(a.Carried)) })
	return out
}

// finishEvent fills the rest of w: the similarity matrix, with the IDF
// weights of vocab and the shingles of dopt, and the shared passages, now
// marked boilerplate or not. It drops the alignments.
func finishEvent(c *reportContext, w *eventWork, vocab *similarity.Vocabulary, dopt similarity.DedupOptions) {
	cmpd := w.rep.Compared
	texts := make([]similarity.PreparedText, len(cmpd))
	for x, i := range cmpd {
		texts[x] = similarity.Prepare(similarity.Text{Words: c.arts[i].ComparedWords(), Title: c.arts[i].Title}, vocab, dopt)
	}
	sim := make([][]float64, len(cmpd))
	for x := range sim {
		sim[x] = make([]float64, len(cmpd))
		sim[x][x] = 1
	}
	for x := range cmpd {
		for y := x + 1; y < len(cmpd); y++ {
			s := similarity.ComparePrepared(texts[x], texts[y]).Combined
			sim[x][y], sim[y][x] = s, s
		}
	}
	w.rep.Similarity = sim
	w.rep.Passages = c.passages(cmpd, w.pairs)
	w.pairs = nil
}

// occurrence is where one article carries a shared passage.
type occurrence struct {
	article    int
	start, end int // byte offsets in its text
}

// passages merges the passages the pairs of different outlets share, but
// boilerplate: two places are one passage when they are the two sides of
// an aligned passage, or overlap, in one article, over at least half the
// shorter. A passage's text is its first article's, from the start of its
// first place there to the end of its last; longest first (in that
// article's words), then by its articles, then by place.
func (c *reportContext) passages(cmpd []int, pairs []comparedPair) []SharedPassage {
	var occs []occurrence
	parent := []int{}
	add := func(o occurrence) int {
		occs = append(occs, o)
		parent = append(parent, len(parent))
		return len(occs) - 1
	}
	find := func(k int) int {
		for parent[k] != k {
			parent[k] = parent[parent[k]]
			k = parent[k]
		}
		return k
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	for _, p := range pairs {
		for _, ps := range p.r.Passages {
			if ps.Boilerplate {
				continue
			}
			a := add(occurrence{cmpd[p.x], ps.AStart, ps.AEnd})
			b := add(occurrence{cmpd[p.y], ps.BStart, ps.BEnd})
			union(a, b)
		}
	}
	byArticle := map[int][]int{}
	for k, o := range occs {
		byArticle[o.article] = append(byArticle[o.article], k)
	}
	for _, ks := range byArticle {
		slices.SortFunc(ks, func(a, b int) int { return cmp.Compare(occs[a].start, occs[b].start) })
		for i, a := range ks {
			for _, b := range ks[i+1:] {
				oa, ob := occs[a], occs[b]
				if ob.start >= oa.end {
					break
				}
				overlap := min(oa.end, ob.end) - ob.start
				if 2*overlap >= min(oa.end-oa.start, ob.end-ob.start) {
					union(a, b)
				}
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for k := range occs {
		r := find(k)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], k)
	}
	type placed struct {
		SharedPassage
		start int
	}
	var out []placed
	for _, r := range roots {
		var arts []int
		for _, k := range groups[r] {
			arts = append(arts, occs[k].article)
		}
		slices.Sort(arts)
		arts = slices.Compact(arts)
		first := c.arts[arts[0]]
		start, end := -1, -1
		for _, k := range groups[r] {
			if o := occs[k]; o.article == arts[0] {
				if start < 0 || o.start < start {
					start = o.start
				}
				end = max(end, o.end)
			}
		}
		out = append(out, placed{SharedPassage{Text: first.Text[start:end], Words: tokensWithin(first.Tokens, start, end), Articles: arts}, start})
	}
	slices.SortFunc(out, func(x, y placed) int {
		return cmp.Or(cmp.Compare(y.Words, x.Words), slices.Compare(x.Articles, y.Articles), cmp.Compare(x.start, y.start))
	})
	ps := make([]SharedPassage, len(out))
	for k, p := range out {
		ps[k] = p.SharedPassage
	}
	return ps
}

// tokensWithin counts the tokens that start in [start, end).
func tokensWithin(toks []corpus.Span, start, end int) int {
	lo := sort.Search(len(toks), func(k int) bool { return int(toks[k].Start) >= start })
	hi := sort.Search(len(toks), func(k int) bool { return int(toks[k].Start) >= end })
	return hi - lo
}
