package discover

import (
	"fmt"
	"testing"
)

// Tests of step 3c: pairs that substitutions from aligned sentences
// propose, and confirm whatever their contexts.

// substArts are articles where ru outlets write a and ua outlets b, three
// of each outlet, in sentences of their own (no shared context).
func substArts(a, b string) []art {
	var arts []art
	for _, o := range []string{"ru1", "ru2", "ua1", "ua2"} {
		for range 3 {
			if o[:2] == "ru" {
				arts = append(arts, art{o, fmt.Sprintf("Barges carried wheat along the river past %s toward southern ports.", a)})
			} else {
				arts = append(arts, art{o, fmt.Sprintf("Engineers repaired the bridge near %s after missile strikes.", b)})
			}
		}
	}
	return arts
}

// TestSubstitutionCount: a substitution seen no times proposes nothing,
// even for spellings in the same sentences.
func TestSubstitutionCount(t *testing.T) {
	var arts []art
	for _, o := range []string{"ru1", "ru2"} {
		arts = append(arts, about(o, "Nikolaev", 3)...)
	}
	for _, o := range []string{"ua1", "ua2"} {
		arts = append(arts, about(o, "Mykolaiv", 3)...)
	}
	docs := docsOf(arts)
	if got := Variants(docs, Options{Substitutions: []Substitution{{"Nikolaev", "Mykolaiv", 0}}}); paired(got, "Nikolaev", "Mykolaiv") {
		t.Errorf("a substitution counted 0 times paired Nikolaev/Mykolaiv: %v", got)
	}
	if got := Variants(docs, Options{Substitutions: []Substitution{{"Nikolaev", "Mykolaiv", 1}}}); !paired(got, "Nikolaev", "Mykolaiv") {
		t.Errorf("a substitution counted once: Nikolaev/Mykolaiv not paired: %v", got)
	}
}

// TestSubstitutionConsonants: substitutions pair spellings of equal
// consonants, however far apart their vowels (Edessa, Dess: d·s), and of
// consonants one edit apart when both have three or more (Mosul, Mawsil:
// m·s·l, m·v·s·l), not two (Kiev, Kiel).
func TestSubstitutionConsonants(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Edessa", "Dess", true},
		{"Mosul", "Mawsil", true},
		{"Kiev", "Kiel", false},
	} {
		got := Variants(docsOf(substArts(tt.a, tt.b)), Options{Substitutions: []Substitution{{tt.a, tt.b, 2}}})
		if paired(got, tt.a, tt.b) != tt.want {
			t.Errorf("%s/%s with substitutions: paired %v, want %v: %v", tt.a, tt.b, !tt.want, tt.want, got)
		}
	}
}
