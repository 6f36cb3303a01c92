package event

import (
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
