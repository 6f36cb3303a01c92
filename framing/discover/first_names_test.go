package discover

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests of names followed by names: first names (mostly followed by a
// name) are compared only on their occurrences before a name seen after
// both, other spellings on all their occurrences.

// TestHalfBeforeNames: a spelling followed by a name in half its
// occurrences only is no first name: Kiev (Kiev Metro) and Kyiv (Kyiv
// Mayor), with no name after both, are compared on all their
// occurrences.
func TestHalfBeforeNames(t *testing.T) {
	var arts []art
	for _, o := range []struct{ outlet, name, next string }{{"ru1", "Kiev", "Metro"}, {"ru2", "Kiev", "Metro"}, {"ua1", "Kyiv", "Mayor"}, {"ua2", "Kyiv", "Mayor"}} {
		for range 2 {
			arts = append(arts, art{o.outlet, fmt.Sprintf("Air raid sirens sounded across %s on Monday as drones approached. The %s %s said power was restored.", o.name, o.name, o.next)})
		}
	}
	if got := Variants(docsOf(arts), Options{}); !paired(got, "Kiev", "Kyiv") {
		t.Errorf("Kiev/Kyiv, half the time before a name: not paired: %v", got)
	}
}

// TestOutletsOfNameBeforeName: a spelling that is no first name counts
// every article in its outlets, those where it stands only before a name
// ("Kyiv Mayor") too.
func TestOutletsOfNameBeforeName(t *testing.T) {
	var arts []art
	arts = append(arts, about("ru1", "Kiev", 3)...)
	arts = append(arts, about("ru2", "Kiev", 3)...)
	arts = append(arts, about("ua1", "Kyiv", 3)...)
	arts = append(arts, about("ua2", "Kyiv", 2)...)
	arts = append(arts, art{"ua2", "The Kyiv Mayor said power was restored to most districts of the capital."})
	got := Variants(docsOf(arts), Options{})
	v := variantWith(got, "Kyiv")
	if v == nil || !paired(got, "Kiev", "Kyiv") {
		t.Fatalf("Kiev/Kyiv not found: %v", got)
	}
	want := map[string]map[string]int{"Kiev": {"ru1": 3, "ru2": 3}, "Kyiv": {"ua1": 3, "ua2": 3}}
	if diff := cmp.Diff(want, v.Outlets); diff != "" {
		t.Errorf("outlets (-want +got):\n%s", diff)
	}
}

// firstNameArts are articles where ru outlets write Vladimir before
// Zelensky and Putin, ua outlets Volodymyr before Zelensky and Vladimir
// before Putin, n of each outlet; the first article begins with
// Zelensky's name, the first name of the corpus.
func firstNameArts(n int) []art {
	arts := []art{{"ua1", "Zelensky addressed parliament about the war on Monday."}}
	for _, o := range []struct{ outlet, first string }{
		{"ru1", "Vladimir"}, {"ru2", "Vladimir"}, {"ua1", "Volodymyr"}, {"ua2", "Volodymyr"},
	} {
		for range n {
			arts = append(arts, art{o.outlet, fmt.Sprintf("Ukrainian President %s Zelensky addressed parliament about the war. "+
				"Russian President Vladimir Putin held a call with generals about the offensive.", o.first)})
		}
	}
	return arts
}

// TestFirstNameBeforeFirstName: first names are paired before a name
// seen after both, whichever name the corpus names first, and counted
// there.
func TestFirstNameBeforeFirstName(t *testing.T) {
	got := Variants(docsOf(firstNameArts(3)), Options{})
	v := variantWith(got, "Vladimir")
	if v == nil || !paired(got, "Vladimir", "Volodymyr") {
		t.Fatalf("Vladimir/Volodymyr not found: %v", got)
	}
	want := map[string]map[string]int{"Vladimir": {"ru1": 3, "ru2": 3}, "Volodymyr": {"ua1": 3, "ua2": 3}}
	if diff := cmp.Diff(want, v.Outlets); diff != "" {
		t.Errorf("outlets, those before Zelensky (-want +got):\n%s", diff)
	}
}

// TestFirstNamesBeforeDifferentNames: first names followed by no name in
// common are never paired, even when each of those names is too rare to
// be a candidate itself: Antony and António here name eight people.
func TestFirstNamesBeforeDifferentNames(t *testing.T) {
	var arts []art
	for _, o := range []struct{ outlet, first, lasts string }{
		{"uk1", "Antony", "Blinken Eden"}, {"uk2", "Antony", "Gormley Hopkins"},
		{"pt1", "António", "Guterres Costa"}, {"pt2", "António", "Vitorino Damasio"},
	} {
		var last [2]string
		fmt.Sscan(o.lasts, &last[0], &last[1])
		for _, l := range last {
			arts = append(arts, art{o.outlet, fmt.Sprintf("On Friday %s %s said the talks on grain exports would resume next week.", o.first, l)})
		}
	}
	if got := Variants(docsOf(arts), Options{}); paired(got, "Antony", "António") {
		t.Errorf("Antony/António paired before different names: %v", got)
	}
}
