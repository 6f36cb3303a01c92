package event

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// spec is a unit of a hand-made graph: members articles of which dated
// carry a date, the first on day lo (undated when dated is 0).
type spec struct {
	members, dated int
	lo             int
}

// handGraph builds a graph of units from specs and edges {a, b, score}.
func handGraph(specs []spec, edges ...edge) *graph {
	g := &graph{edges: edges}
	n := 0
	for _, s := range specs {
		u := unit{dated: float64(s.dated)}
		for range s.members {
			u.members = append(u.members, n)
			n++
		}
		if s.dated > 0 {
			u.lo, u.hi = day(s.lo), day(s.lo)
		}
		g.units = append(g.units, u)
	}
	return g
}

func singles(n int) []spec {
	s := make([]spec, n)
	for i := range s {
		s[i] = spec{members: 1}
	}
	return s
}

// TestAverageLinkage: groups merge while their average pairwise score,
// a missing edge counting 0, is at least the threshold (inclusive).
func TestAverageLinkageEdges(t *testing.T) {
	for _, tc := range []struct {
		name      string
		g         *graph
		threshold float64
		want      [][]int
	}{
		{"an edge at the threshold", handGraph(singles(2), edge{0, 1, 0.5}), 0.5, [][]int{{0, 1}}},
		{"an edge under it", handGraph(singles(2), edge{0, 1, 0.5}), 0.5001, [][]int{{0}, {1}}},
		// 0-1 merge first (0.75); {0,1} to 2 averages (0 + 0.5) / 2.
		{"a merged group's average at the threshold", handGraph(singles(3), edge{0, 1, 0.75}, edge{1, 2, 0.5}), 0.25, [][]int{{0, 1, 2}}},
		{"a merged group's average under it", handGraph(singles(3), edge{0, 1, 0.75}, edge{1, 2, 0.5}), 0.2501, [][]int{{0, 1}, {2}}},
		// The highest merges first: 1-2 (0.75), then {1,2} to 0 averages
		// 0.5 / 2; merging 0-1 first would leave 2 at 0.75 / 2.
		{"highest first", handGraph(singles(3), edge{0, 1, 0.5}, edge{1, 2, 0.75}), 0.3, [][]int{{0}, {1, 2}}},
		// Ties go to the lowest numbers: 0-1 before 1-2, then {0,1} to 2
		// averages 0.25, under the threshold.
		{"ties to the lowest a", handGraph(singles(3), edge{0, 1, 0.5}, edge{1, 2, 0.5}), 0.3, [][]int{{0, 1}, {2}}},
		{"ties to the lowest b", handGraph(singles(3), edge{0, 1, 0.5}, edge{0, 2, 0.5}), 0.3, [][]int{{0, 1}, {2}}},
		// A unit of folded copies weighs as its articles: after 0 (2
		// copies) and 1 merge, {0,1} (3 articles) to 2 (2 copies)
		// averages 0.5*2*2 / (3*2) = 1/3.
		{"copies weigh", handGraph([]spec{{members: 2}, {members: 1}, {members: 2}}, edge{0, 1, 0.6}, edge{0, 2, 0.5}), 0.3, [][]int{{0, 1, 2}}},
		{"copies weigh, under", handGraph([]spec{{members: 2}, {members: 1}, {members: 2}}, edge{0, 1, 0.6}, edge{0, 2, 0.5}), 0.34, [][]int{{0, 1}, {2}}},
		// Dated pairs only, when both groups have dated articles: an
		// undated article joins 0 (0.9) but its missing link to 2 does not
		// dilute {0,1} to 2, which averages 0.4 over the dated pair.
		{"dated pairs", handGraph([]spec{{members: 1, dated: 1, lo: 0}, {members: 1}, {members: 1, dated: 1, lo: 1}}, edge{0, 1, 0.9}, edge{0, 2, 0.4}), 0.3, [][]int{{0, 1, 2}}},
		// Dated copies weigh among the dated pairs too: {0 (2 dated), 1
		// (undated)} to 2 (2 dated) averages 0.4*2*2 / (2*2) = 0.4.
		{"dated copies weigh", handGraph([]spec{{members: 2, dated: 2, lo: 0}, {members: 1}, {members: 2, dated: 2, lo: 1}}, edge{0, 1, 0.9}, edge{0, 2, 0.4}), 0.3, [][]int{{0, 1, 2}}},
	} {
		if diff := cmp.Diff(tc.want, average(tc.g, tc.threshold)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestLinkageChoice: a late report linking two early ones merges all three
// under average linkage; the online pass, in date order, has already left
// the first two apart and adds the third to the first.
func TestLinkageChoice(t *testing.T) {
	g := handGraph([]spec{{1, 1, 0}, {1, 1, 1}, {1, 1, 2}}, edge{0, 2, 0.9}, edge{1, 2, 0.9})
	if diff := cmp.Diff([][]int{{0, 1, 2}}, cluster(g, Options{Threshold: 0.4})); diff != "" {
		t.Errorf("default linkage (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{0, 2}, {1}}, cluster(g, Options{Threshold: 0.4, Linkage: OnlineLinkage})); diff != "" {
		t.Errorf("online linkage (-want +got):\n%s", diff)
	}
}

// TestOnline: the online pass takes units in date order, undated last;
// each joins the group of highest average at or above the threshold, ties
// to the lowest group; groups are listed by their first unit.
func TestOnlineOrder(t *testing.T) {
	for _, tc := range []struct {
		name      string
		g         *graph
		threshold float64
		want      [][]int
	}{
		{"at the threshold", handGraph([]spec{{1, 1, 0}, {1, 1, 1}}, edge{0, 1, 0.5}), 0.5, [][]int{{0, 1}}},
		{"under it", handGraph([]spec{{1, 1, 0}, {1, 1, 1}}, edge{0, 1, 0.5}), 0.5001, [][]int{{0}, {1}}},
		// 2 (day 0) and 1 (day 1) start groups; 0 (day 2) ties between
		// them and joins the lower-numbered group, 1's.
		{"ties to the lowest group", handGraph([]spec{{1, 1, 2}, {1, 1, 1}, {1, 1, 0}}, edge{0, 1, 0.5}, edge{0, 2, 0.5}), 0.3, [][]int{{0, 1}, {2}}},
		// 0 (day 0) and 2 (day 1) start groups; 1 (day 2) ties and joins
		// group 0, found first or not.
		{"ties to group 0", handGraph([]spec{{1, 1, 0}, {1, 1, 2}, {1, 1, 1}}, edge{0, 1, 0.5}, edge{1, 2, 0.5}), 0.3, [][]int{{0, 1}, {2}}},
		// The best group wins: 0 (day 2) joins 2 (0.8), not 1 (0.5).
		{"the best group", handGraph([]spec{{1, 1, 2}, {1, 1, 1}, {1, 1, 0}}, edge{0, 1, 0.5}, edge{0, 2, 0.8}), 0.3, [][]int{{0, 2}, {1}}},
		// Date order: 1 (day 0) first, then 0 (day 2) joins it; 2 is
		// undated and comes last though it is numbered before... it joins
		// the group of 0 and 1, averaging (0.8 + 0) / 2.
		{"undated last", handGraph([]spec{{1, 1, 2}, {1, 1, 0}, {1, 0, 0}}, edge{0, 1, 0.9}, edge{0, 2, 0.8}), 0.4, [][]int{{0, 1, 2}}},
		// Listed by first unit: 1 (day 1) and 2 (day 2) start groups, 0
		// (day 3) joins 2's.
		{"listed by first unit", handGraph([]spec{{1, 1, 3}, {1, 1, 1}, {1, 1, 2}}, edge{0, 2, 0.9}), 0.3, [][]int{{0, 2}, {1}}},
	} {
		for run := range 20 { // the groups are scanned in map order
			if diff := cmp.Diff(tc.want, online(tc.g, tc.threshold)); diff != "" {
				t.Errorf("%s, run %d (-want +got):\n%s", tc.name, run, diff)
				break
			}
		}
	}
}

// TestOptionsDefaults: the documented defaults, and options given kept.
func TestOptionsDefaults(t *testing.T) {
	o := NewBuilder(Options{}).Options()
	if o.Window != 72*time.Hour || o.Threshold != 0.2 || o.Terms != 20 || o.Linkage != AverageLinkage || o.Workers != 1 || o.Dedup.Workers != 1 || o.Dedup.HoldBytes != 1<<62 || o.Dedup.Canon != nil {
		t.Errorf("defaults %+v", o)
	}
	canon := func(w string) string { return w }
	other := func(w string) string { return w + "x" }
	o = NewBuilder(Options{Workers: 3, Linkage: OnlineLinkage, Canon: canon}).Options()
	if o.Workers != 3 || o.Dedup.Workers != 3 || o.Linkage != OnlineLinkage || o.Dedup.Canon == nil || o.Dedup.Canon("a") != "a" {
		t.Errorf("Workers 3, online, a canon: got %+v", o)
	}
	o.Dedup.HoldBytes = 5
	o.Dedup.Canon = other
	o = NewBuilder(Options{Canon: canon, Dedup: o.Dedup}).Options()
	if o.Dedup.HoldBytes != 5 || o.Dedup.Canon("a") != "ax" {
		t.Errorf("dedup options given: hold %d, canon(a) %q; want 5 and ax", o.Dedup.HoldBytes, o.Dedup.Canon("a"))
	}
}
