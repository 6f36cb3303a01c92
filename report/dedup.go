package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsfold/compare/similarity"
)

// DupGroup is the JSON contract's view of a [similarity.Group].
type DupGroup struct {
	Kind         similarity.Kind `json:"kind"`
	Articles     []string        `json:"articles"`
	Original     *string         `json:"original"`
	OriginalNote string          `json:"original_note,omitempty"`
	Chained      bool            `json:"chained"`
	Edges        []DupEdge       `json:"edges"`
	// Title and Outlet are the original's, or the first member's when no
	// original is named: what a reader recognises the group by.
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	// tied are the ids of the members that share the earliest date when
	// that is why no original is named ([similarity.Group.Tied]), which
	// OriginalNote ends with.
	tied []string
}

// DupEdge is one verified duplicate relation; containment_ab is the share of
// a's shingles found in b.
type DupEdge struct {
	A             string          `json:"a"`
	B             string          `json:"b"`
	Kind          similarity.Kind `json:"kind"`
	Jaccard       float64         `json:"jaccard"`
	ContainmentAB float64         `json:"containment_ab"`
	ContainmentBA float64         `json:"containment_ba"`
}

// Explain describes the LSH banding behind a dedup run.
type Explain struct {
	Hashes    int     `json:"hashes"`
	Bands     int     `json:"bands"`
	Rows      int     `json:"rows"`
	Threshold float64 `json:"threshold"`
	// FalsePositive and FalseNegative are the theoretical probability
	// masses of the banding's S-curve below and above the threshold.
	FalsePositive float64   `json:"false_positive"`
	FalseNegative float64   `json:"false_negative"`
	Curve         []CurvePt `json:"curve"`
}

// CurvePt is the probability that a pair of Jaccard similarity S becomes a
// candidate.
type CurvePt struct {
	S float64 `json:"s"`
	P float64 `json:"p"`
}

// Dedup is the section of `compare dedup`: the duplicate groups, under
// "groups", and with --explain the banding behind them, under "explain".
type Dedup struct {
	Groups  []DupGroup
	Explain *Explain // nil unless asked for
}

// NewDedup returns the section of groups, whose members dd names and about
// gives the title and outlet of.
func NewDedup(dd *similarity.Deduper, groups []similarity.Group, about func(i int) (title, outlet string)) *Dedup {
	r := &Dedup{Groups: make([]DupGroup, 0, len(groups))}
	for _, g := range groups {
		out := DupGroup{Kind: g.Kind, Chained: g.Chained, OriginalNote: g.OriginalNote}
		for _, m := range g.Members {
			out.Articles = append(out.Articles, dd.ID(m))
		}
		named := g.Members[0]
		if g.Original >= 0 {
			id := dd.ID(g.Original)
			out.Original = &id
			named = g.Original
		}
		for _, m := range g.Tied {
			out.tied = append(out.tied, dd.ID(m))
		}
		out.Title, out.Outlet = about(named)
		for _, e := range g.Edges {
			out.Edges = append(out.Edges, DupEdge{A: dd.ID(e.A), B: dd.ID(e.B), Kind: e.Kind,
				Jaccard: round4(e.Jaccard), ContainmentAB: round4(e.ContainmentAB), ContainmentBA: round4(e.ContainmentBA)})
		}
		r.Groups = append(r.Groups, out)
	}
	return r
}

// ExplainDedup describes the banding a Deduper uses.
func ExplainDedup(dd *similarity.Deduper) *Explain {
	o, b := dd.Options(), dd.Bands()
	fp, fn := b.Rates(o.Threshold)
	e := &Explain{Hashes: o.Hashes, Bands: b.B, Rows: b.R, Threshold: o.Threshold, FalsePositive: round4(fp), FalseNegative: round4(fn)}
	for _, s := range []float64{0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95} {
		e.Curve = append(e.Curve, CurvePt{S: s, P: round4(b.Prob(s))})
	}
	return e
}

func (e *Explain) lines() []string {
	out := []string{
		fmt.Sprintf("LSH: %d MinHash values in %d bands of %d rows, threshold %.2f", e.Hashes, e.Bands, e.Rows, e.Threshold),
		fmt.Sprintf("theoretical false-positive mass %.4f, false-negative mass %.4f", e.FalsePositive, e.FalseNegative),
	}
	for _, p := range e.Curve {
		out = append(out, fmt.Sprintf("  P(candidate | Jaccard %.2f) = %.4f", p.S, p.P))
	}
	return append(out, "every candidate is then verified on exact shingle sets")
}

// dupGroup is a row of the table and the CSV: one group, numbered from 1.
type dupGroup struct {
	n int
	g DupGroup
}

func (d *Dedup) rows() []dupGroup {
	out := make([]dupGroup, len(d.Groups))
	for i, g := range d.Groups {
		out[i] = dupGroup{i + 1, g}
	}
	return out
}

func (r dupGroup) group() string  { return strconv.Itoa(r.n) }
func (r dupGroup) copies() string { return strconv.Itoa(len(r.g.Articles) - 1) }

// copyIDs are the ids of the group's members other than its original (all
// of them when none is named).
func (r dupGroup) copyIDs() string {
	ids := make([]string, 0, len(r.g.Articles))
	for _, id := range r.g.Articles {
		if r.g.Original == nil || id != *r.g.Original {
			ids = append(ids, id)
		}
	}
	return strings.Join(ids, " ")
}
func (r dupGroup) title() string  { return r.g.Title }
func (r dupGroup) outlet() string { return r.g.Outlet }

// original is the original's id, or "?" and why none is named: the note
// without the ids of the members that tie, which the copies column beside
// it lists.
func (r dupGroup) original() string {
	if r.g.Original != nil {
		return *r.g.Original
	}
	return "? " + strings.TrimSuffix(r.g.OriginalNote, ": "+strings.Join(r.g.tied, ", "))
}

var dedupCSV = []column[dupGroup]{
	{"group", dupGroup.group},
	{"kind", func(r dupGroup) string { return string(r.g.Kind) }},
	{"chained", func(r dupGroup) string { return strconv.FormatBool(r.g.Chained) }},
	{"copies", dupGroup.copies},
	{"original", func(r dupGroup) string { return deref(r.g.Original) }},
	{"outlet", dupGroup.outlet},
	{"title", dupGroup.title},
	{"articles", func(r dupGroup) string { return strings.Join(r.g.Articles, " ") }},
}

var dedupTable = []column[dupGroup]{
	{"group", dupGroup.group},
	{"kind", func(r dupGroup) string {
		if r.g.Chained {
			return string(r.g.Kind) + " (chained)"
		}
		return string(r.g.Kind)
	}},
	{"original", dupGroup.original},
	{"copies", dupGroup.copyIDs},
	{"outlet", dupGroup.outlet},
	{"title", dupGroup.title},
}

// Table writes the banding when explained, then a row per group: its
// kind, original (or why none is named), the ids of its copies, and the
// title and outlet a reader knows it by. The edges are in the JSON.
func (d *Dedup) Table(w io.Writer, md bool) error {
	if d.Explain != nil {
		for _, l := range d.Explain.lines() {
			if md {
				l = "    " + l
			}
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w)
	}
	if md {
		fmt.Fprintf(w, "## Duplicate groups (%d)\n\n", len(d.Groups))
	}
	if len(d.Groups) == 0 {
		fmt.Fprintln(w, "no duplicate groups")
		return nil
	}
	return writeRows(w, md, dedupTable, d.rows())
}

// CSV writes a row per group, its members' ids space-separated; the edges
// and the banding are in the JSON.
func (d *Dedup) CSV(w *csv.Writer) error { return writeCSVRows(w, dedupCSV, d.rows()) }

// JSON adds "groups", then "explain" when explained.
func (d *Dedup) JSON(o *Object) error {
	if err := o.Add("groups", orEmpty(d.Groups)); err != nil {
		return err
	}
	if d.Explain == nil {
		return nil
	}
	return o.Add("explain", d.Explain)
}
