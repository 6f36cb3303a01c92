// Package dedupjson reads the output of `compare dedup --format json` (schema
// compare/v1) for the benchmark checkers, and answers the two questions they
// ask of it: are two articles in one reported group, and is there a direct
// edge between them.
//
// It reads only the fields the checkers need and keeps its own copy of them
// rather than importing the report package, so a checker still builds when
// the command it measures does not.
package dedupjson

import (
	"encoding/json"
	"fmt"
	"os"
)

// Schema is the JSON schema the checkers understand.
const Schema = "compare/v1"

// Result is the part of a dedup result the checkers read.
type Result struct {
	Schema string  `json:"schema"`
	Groups []Group `json:"groups"`
}

// Group is a reported duplicate group.
type Group struct {
	Kind     string   `json:"kind"` // exact, near or contained
	Articles []string `json:"articles"`
	Edges    []Edge   `json:"edges"`
}

// Edge is a reported, verified duplicate relation.
type Edge struct {
	A             string  `json:"a"`
	B             string  `json:"b"`
	Kind          string  `json:"kind"`
	Jaccard       float64 `json:"jaccard"`
	ContainmentAB float64 `json:"containment_ab"` // share of A's shingles in B
	ContainmentBA float64 `json:"containment_ba"`
}

// Read reads a dedup result from a file.
func Read(path string) (*Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r Result
	if err := json.NewDecoder(f).Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if r.Schema != Schema {
		return nil, fmt.Errorf("%s: schema %q, want %q", path, r.Schema, Schema)
	}
	return &r, nil
}

// Index answers membership questions about a Result.
type Index struct {
	group map[string]int    // article id -> index of its group
	class map[string]string // article id -> representative of its exact class
	edges map[[2]string]bool
}

// NewIndex indexes r. An article listed in two groups is an error: groups
// are a partition.
func NewIndex(r *Result) (*Index, error) {
	x := &Index{group: map[string]int{}, class: map[string]string{}, edges: map[[2]string]bool{}}
	for g, grp := range r.Groups {
		for _, id := range grp.Articles {
			if h, ok := x.group[id]; ok && h != g {
				return nil, fmt.Errorf("article %q is in groups %d and %d", id, h, g)
			}
			x.group[id] = g
		}
	}
	// Exact edges (title ones too: the same headline) join exact classes;
	// other edges name one member of each.
	for _, grp := range r.Groups {
		for _, e := range grp.Edges {
			if e.Kind == "exact" || e.Kind == "title" {
				ra, rb := x.rep(e.A), x.rep(e.B)
				if ra != rb {
					x.class[rb] = ra
				}
			}
		}
	}
	for _, grp := range r.Groups {
		for _, e := range grp.Edges {
			x.edges[key(x.rep(e.A), x.rep(e.B))] = true
		}
	}
	return x, nil
}

// rep returns the representative of id's exact class.
func (x *Index) rep(id string) string {
	for {
		p, ok := x.class[id]
		if !ok || p == id {
			return id
		}
		id = p
	}
}

func key(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// Group returns the index of the group holding id, or -1.
func (x *Index) Group(id string) int {
	if g, ok := x.group[id]; ok {
		return g
	}
	return -1
}

// SameGroup reports whether a and b are members of one group.
func (x *Index) SameGroup(a, b string) bool {
	g := x.Group(a)
	return g >= 0 && g == x.Group(b)
}

// Direct reports whether a and b are linked without a chain: identical
// (one exact class) or joined by an edge between their exact classes.
func (x *Index) Direct(a, b string) bool {
	if !x.SameGroup(a, b) {
		return false
	}
	ra, rb := x.rep(a), x.rep(b)
	return ra == rb || x.edges[key(ra, rb)]
}
