package discover

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/framing/internal/framingtest"
)

// TestGroupScoreIsMean: a group's score is the mean of its pairs' scores.
func TestGroupScoreIsMean(t *testing.T) {
	forms := []string{"Zelensky", "Zelenskiy", "Zelenskyy", "Kiev", "Kyiv"}
	dc := &discovery{scan: &scan{}, outletNames: []string{"o"}}
	for _, f := range forms {
		s := spelling{form: f, articles: 3}
		for range 3 {
			dc.docs = append(dc.docs, framingtest.Doc(fmt.Sprint(len(dc.docs)), "o", f+" spoke."))
			dc.docOutlet = append(dc.docOutlet, 0)
			s.occs = append(s.occs, occ{int32(len(dc.docs) - 1), 0, -1})
		}
		s.outlets = dc.outletCounts(s.occs)
		dc.spellings = append(dc.spellings, s)
	}
	acc := []confirmed{
		{pair: pair{0, 1}, score: 0.9}, {pair: pair{0, 2}, score: 0.8}, {pair: pair{1, 2}, score: 0.4},
		{pair: pair{3, 4}, score: 0.3},
	}
	scores := map[string]float64{}
	for _, d := range dc.groups(acc) {
		for _, term := range d.Terms {
			scores[term] = d.Score
		}
	}
	if s := scores["Zelensky"]; !near(s, 0.7, 1e-12) {
		t.Errorf("Zelensky's group scores %v, want the mean of 0.9, 0.8, 0.4: 0.7", s)
	}
	if s := scores["Kiev"]; s != 0.3 {
		t.Errorf("Kiev/Kyiv scores %v, want its pair's 0.3", s)
	}
}

// TestOutletCounts: the articles of each outlet among occurrences in doc
// order, several in one article counting once, whichever doc comes first.
func TestOutletCounts(t *testing.T) {
	dc := &discovery{docOutlet: []int{0, 1, 1, 2, 0}}
	occs := []occ{{1, 0, -1}, {1, 5, -1}, {2, 0, -1}, {3, 1, -1}, {3, 4, -1}}
	want := []outletUses{{1, 2}, {2, 1}}
	if got := dc.outletCounts(occs); !slices.Equal(got, want) {
		t.Errorf("outletCounts = %v, want %v", got, want)
	}
	occs = append([]occ{{0, 2, -1}}, occs...)
	want = append([]outletUses{{0, 1}}, want...)
	if diff := cmp.Diff(want, dc.outletCounts(occs), cmp.AllowUnexported(outletUses{})); diff != "" {
		t.Errorf("outletCounts from doc 0 (-want +got):\n%s", diff)
	}
}
