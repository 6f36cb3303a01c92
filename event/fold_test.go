package event

import (
	"fmt"
	"time"

	"github.com/newsfold/compare/corpus"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFoldThreeCopies: three exact copies fold into one unit, so each is
// in the event once, and the copies are one duplicate group.
func TestFoldThreeCopies(t *testing.T) {
	arts := seeds(t)
	for _, id := range []string{"005_copy", "006_copy"} {
		cp := *arts[0]
		cp.ID = id
		arts = append(arts, &cp)
	}
	evs, b := group(arts, Options{})
	checkPartition(t, evs, len(arts))
	e := eventOf(t, evs, b, "000")
	if diff := cmp.Diff([]string{"000", "002", "004", "005", "006"}, ids([]Event{*e}, b)[0]); diff != "" {
		t.Errorf("the copies' event (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{0, 5, 6}}, e.Duplicates); diff != "" {
		t.Errorf("duplicates (-want +got):\n%s", diff)
	}
}

// TestFoldUnit: a unit of copies spans its dated members' dates, counts
// them, and is spoken for by its fullest copy.
func TestFoldUnit(t *testing.T) {
	arts := seeds(t)
	src := arts[0]
	var copies []*corpus.Article
	for k, d := range []time.Time{day(2), {}, day(0)} {
		copies = append(copies, withDate(src, fmt.Sprintf("copy%d", k), d))
	}
	fuller := withDate(src, "fuller", day(1))
	fuller.Text += "\n\nOne more paragraph that only the fuller copy carries, with words of its own."
	fuller.Tokens = corpus.Tokenize(fuller.Text)
	fuller.Norm = corpus.Normalize(fuller.Text, fuller.Tokens)
	copies = append(copies, fuller)
	b := NewBuilder(Options{})
	for i, a := range copies {
		b.Add(i, a)
	}
	units, _ := b.fold()
	if len(units) != 1 {
		t.Fatalf("%d units, want the copies folded into 1", len(units))
	}
	u := units[0]
	if diff := cmp.Diff([]int{0, 1, 2, 3}, u.members); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	if u.dated != 3 || !u.lo.Equal(day(0)) || !u.hi.Equal(day(2)) || u.rep != 3 {
		t.Errorf("dated %v, span %s to %s, rep %d; want 3 dated, %s to %s, rep 3 (the fuller copy)", u.dated, u.lo, u.hi, u.rep, day(0), day(2))
	}
}
