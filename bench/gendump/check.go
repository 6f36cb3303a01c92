package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/newsfold/compare/bench/internal/dedupjson"
)

// truthHeader is the first line of a truth file.
var truthHeader = []string{"source", "copy", "kind", "jaccard", "copy_in_source", "source_in_copy"}

// truthRow formats one planted pair as a CSV line.
func truthRow(p *plant) string {
	return fmt.Sprintf("%s,%s,%s,%.4f,%.4f,%.4f\n", p.Source, p.Copy, p.Kind, p.Jaccard, p.CopyInSource, p.SourceInCopy)
}

// readTruth reads a truth file.
func readTruth(path string) ([]plant, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = len(truthHeader)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if head[0] != truthHeader[0] || head[1] != truthHeader[1] {
		return nil, fmt.Errorf("%s: not a truth file (header %v)", path, head)
	}
	var out []plant
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		p := plant{Source: rec[0], Copy: rec[1], Kind: kind(rec[2])}
		p.Jaccard, _ = strconv.ParseFloat(rec[3], 64)
		p.CopyInSource, _ = strconv.ParseFloat(rec[4], 64)
		p.SourceInCopy, _ = strconv.ParseFloat(rec[5], 64)
		out = append(out, p)
	}
}

// checkResult is how a dedup result scores against the planted pairs.
type checkResult struct {
	planted, found, direct int
	byKind                 map[kind][2]int // kind -> planted, found
	missed                 []plant

	edges, correct int
	wrongByKind    map[string]int // reported edge kind -> false positives
	wrong          []dedupjson.Edge
}

func (c *checkResult) recall() float64 {
	if c.planted == 0 {
		return 1
	}
	return float64(c.found) / float64(c.planted)
}

func (c *checkResult) precision() float64 {
	if c.edges == 0 {
		return 1
	}
	return float64(c.correct) / float64(c.edges)
}

// check scores res against the planted pairs. A planted pair is found when
// its two articles are in one group. A reported edge is correct when both
// ends belong to one family (a source and its copies): two copies of one
// source are a true pair, an edge between families or to an article that
// was never copied is a false positive.
func check(truth []plant, res *dedupjson.Result) (*checkResult, error) {
	x, err := dedupjson.NewIndex(res)
	if err != nil {
		return nil, err
	}
	family := map[string]string{}
	c := &checkResult{planted: len(truth), byKind: map[kind][2]int{}, wrongByKind: map[string]int{}}
	for _, p := range truth {
		family[p.Source] = p.Source
		if f, ok := family[p.Copy]; ok && f != p.Source {
			return nil, fmt.Errorf("truth: %s is a copy of both %s and %s", p.Copy, f, p.Source)
		}
		family[p.Copy] = p.Source
		k := c.byKind[p.Kind]
		k[0]++
		if x.SameGroup(p.Source, p.Copy) {
			c.found++
			k[1]++
			if x.Direct(p.Source, p.Copy) {
				c.direct++
			}
		} else {
			c.missed = append(c.missed, p)
		}
		c.byKind[p.Kind] = k
	}
	for _, g := range res.Groups {
		for _, e := range g.Edges {
			c.edges++
			fa, okA := family[e.A]
			fb, okB := family[e.B]
			if okA && okB && fa == fb {
				c.correct++
			} else {
				c.wrongByKind[e.Kind]++
				c.wrong = append(c.wrong, e)
			}
		}
	}
	return c, nil
}

func (c *checkResult) print(w io.Writer, show int) {
	fmt.Fprintf(w, "recall: %d of %d planted pairs in one group = %.4f (%d linked directly)\n", c.found, c.planted, c.recall(), c.direct)
	for _, k := range kinds {
		if n := c.byKind[k]; n[0] > 0 {
			fmt.Fprintf(w, "  %-9s %6d of %6d = %.4f\n", k, n[1], n[0], float64(n[1])/float64(n[0]))
		}
	}
	for _, p := range c.missed[:min(show, len(c.missed))] {
		fmt.Fprintf(w, "  missed %s %s %s  J %.4f  copy-in-source %.4f  source-in-copy %.4f\n", p.Kind, p.Source, p.Copy, p.Jaccard, p.CopyInSource, p.SourceInCopy)
	}
	fmt.Fprintf(w, "precision: %d of %d reported edges within a planted family = %.4f\n", c.correct, c.edges, c.precision())
	for _, k := range []string{"exact", "near", "contained"} {
		if n := c.wrongByKind[k]; n > 0 {
			fmt.Fprintf(w, "  false %s edges: %d\n", k, n)
		}
	}
	for _, e := range c.wrong[:min(show, len(c.wrong))] {
		fmt.Fprintf(w, "  wrong %s edge %s %s  J %.4f  containment %.4f/%.4f\n", e.Kind, e.A, e.B, e.Jaccard, e.ContainmentAB, e.ContainmentBA)
	}
}
