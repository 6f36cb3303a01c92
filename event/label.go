package event

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// labelTerms is how many distinctive terms an event has (its Terms, which
// a label shows when its articles share no name).
const labelTerms = 2

// labelOutlets is how many outlets a label names before "+N more".
const labelOutlets = 4

// describe fills in event k's id, dates, outlets, terms, headline and
// label; vecs are the TF-IDF vectors of its units, firsts their first
// articles.
func (b *Builder) describe(ev *Event, k int, vecs []similarity.Vector, firsts []int) {
	ev.ID = fmt.Sprintf("e%d", k+1)
	counts := map[string]int{}
	forms := map[uint64]map[string]int{} // term -> surface form -> articles
	for _, m := range ev.Members {
		d := &b.docs[m]
		counts[d.outlet]++
		if !d.date.IsZero() {
			if ev.Start.IsZero() || d.date.Before(ev.Start) {
				ev.Start = d.date
			}
			if d.date.After(ev.End) {
				ev.End = d.date
			}
		}
		for _, s := range d.surfaces {
			if forms[s.term] == nil {
				forms[s.term] = map[string]int{}
			}
			forms[s.term][s.form]++
		}
	}
	for o, n := range counts {
		ev.Outlets = append(ev.Outlets, OutletCount{o, n})
	}
	slices.SortFunc(ev.Outlets, func(x, y OutletCount) int {
		// Named outlets by name, "unknown" last.
		if (x.Outlet == corpus.UnknownOutlet) != (y.Outlet == corpus.UnknownOutlet) {
			if x.Outlet == corpus.UnknownOutlet {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(strings.ToLower(x.Outlet), strings.ToLower(y.Outlet)); c != 0 {
			return c
		}
		return cmp.Compare(x.Outlet, y.Outlet)
	})
	centroid := vecs[0]
	if len(vecs) > 1 {
		centroid = similarity.Centroid(vecs)
	}
	ev.Headline = b.headline(centroid, vecs, firsts)
	terms := b.shared(ev.Members, b.vocab.TopTerms(centroid, labelPool), labelTerms)
	if len(terms) < labelTerms {
		for _, t := range b.vocab.Distinctive(centroid, labelTerms) {
			if len(terms) < labelTerms && !slices.Contains(terms, t) {
				terms = append(terms, t)
			}
		}
	}
	for _, t := range terms {
		ev.Terms = append(ev.Terms, mostCommon(forms[xxhash.Sum64String(t)], t))
	}
	who, where := b.labelParts(ev)
	ev.Label = label(ev, who, where)
}

// headline returns the title of the unit nearest the centroid (TF-IDF
// cosine) among those with a title, ties to the earlier article: the
// headline most like what the whole event says.
func (b *Builder) headline(centroid similarity.Vector, vecs []similarity.Vector, firsts []int) string {
	best, bestS, bestAt := "", -1.0, 0
	for j, v := range vecs {
		t := strings.TrimSpace(b.docs[firsts[j]].headline)
		if t == "" {
			continue
		}
		s := similarity.Cosine(v, centroid)
		if s > bestS || (s == bestS && firsts[j] < bestAt) {
			best, bestS, bestAt = t, s, firsts[j]
		}
	}
	return best
}

// labelPool is how many of an event's heaviest terms a label chooses from:
// a label names what the event is mostly about, not a rare word that its
// articles happen to share.
const labelPool = 12

// shared returns up to k of the pool terms that the articles of an event
// have in common and others do not: each one used by at least two of them is
// scored c/n × c/df, c the articles of the event that use it, n those of the
// event, df those of the collection: the share of the event that uses the
// term times the share of the term's articles that are in the event. "Berlin"
// in every report of the Berlin talks and nowhere else scores 1; "Ukraine",
// in every article of a dump about the war, scores next to nothing.
func (b *Builder) shared(members []int, pool []string, k int) []string {
	if len(members) < 2 {
		return nil
	}
	uses := map[uint64]int{}
	for _, t := range pool {
		uses[xxhash.Sum64String(t)] = 0
	}
	for _, m := range members {
		for _, h := range b.docs[m].counts.Keys() {
			if _, ok := uses[h]; ok {
				uses[h]++
			}
		}
	}
	type termScore struct {
		term string
		c    int
		s    float64
	}
	var ts []termScore
	n := float64(len(members))
	for h, c := range uses {
		if c < 2 {
			continue
		}
		if t, df, ok := b.vocab.Lookup(h); ok {
			ts = append(ts, termScore{t, c, float64(c) / n * float64(c) / float64(df)})
		}
	}
	slices.SortFunc(ts, func(x, y termScore) int {
		if c := cmp.Compare(y.s, x.s); c != 0 {
			return c
		}
		if c := cmp.Compare(y.c, x.c); c != 0 {
			return c
		}
		return strings.Compare(x.term, y.term)
	})
	var out []string
	for _, t := range ts[:min(k, len(ts))] {
		out = append(out, t.term)
	}
	return out
}

// mostCommon returns the form most articles use (ties to the smaller
// string), or def when there is none.
func mostCommon(forms map[string]int, def string) string {
	best, n := def, 0
	for f, c := range forms {
		if c > n || (c == n && f < best) {
			best, n = f, c
		}
	}
	return best
}

// label renders who and where (labelParts), or the event's terms when it
// has neither, its date span and its outlets: "Zelensky, Witkoff, Jared
// Kushner · Berlin · 15–16 Dec 2025 · MENAFN, unknown (2)".
func label(ev *Event, who []string, where string) string {
	terms := strings.Join(who, ", ")
	switch {
	case where != "" && terms != "":
		terms += " · " + where
	case where != "":
		terms = where
	case terms == "":
		terms = strings.Join(ev.Terms, " ")
	}
	if terms == "" {
		terms = "(no terms)"
	}
	var outlets []string
	for i, o := range ev.Outlets {
		if i == labelOutlets {
			outlets = append(outlets, fmt.Sprintf("+%d more", len(ev.Outlets)-labelOutlets))
			break
		}
		s := o.Outlet
		if o.Articles > 1 {
			s += fmt.Sprintf(" (%d)", o.Articles)
		}
		outlets = append(outlets, s)
	}
	return terms + " · " + DateSpan(ev.Start, ev.End) + " · " + strings.Join(outlets, ", ")
}

// DateSpan renders a span of days compactly: "16 Dec 2025", "14–16 Dec
// 2025", "30 Nov – 2 Dec 2025", "30 Dec 2025 – 2 Jan 2026", or "undated"
// when start is zero.
func DateSpan(start, end time.Time) string {
	switch {
	case start.IsZero():
		return "undated"
	case start.Year() != end.Year():
		return start.Format("2 Jan 2006") + " – " + end.Format("2 Jan 2006")
	case start.Month() != end.Month():
		return start.Format("2 Jan") + " – " + end.Format("2 Jan 2006")
	case start.Day() != end.Day():
		return start.Format("2") + "–" + end.Format("2 Jan 2006")
	}
	return start.Format("2 Jan 2006")
}
