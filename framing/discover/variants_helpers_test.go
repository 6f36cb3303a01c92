package discover

import (
	"fmt"
	"math"
	"slices"

	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// Helpers of the tests that run Variants on small made-up corpora.

// art is a test article: its outlet and text.
type art struct{ outlet, text string }

// docsOf returns the Docs of arts, in order, with ids of their index.
func docsOf(arts []art) []text.Doc {
	docs := make([]text.Doc, len(arts))
	for i, a := range arts {
		docs[i] = framingtest.Doc(fmt.Sprintf("%s-%d", a.outlet, i), a.outlet, a.text)
	}
	return docs
}

// capitalSentences are sentences about a capital, its name as %s.
var capitalSentences = []string{
	"Air raid sirens sounded across %s on Monday as drones approached the capital.",
	"The mayor of %s said power was restored to most districts of the capital.",
	"Explosions shook %s overnight and residents sheltered in metro stations.",
}

// about returns n articles of outlet about name, in capitalSentences.
func about(outlet, name string, n int) []art {
	var out []art
	for i := range n {
		out = append(out, art{outlet, fmt.Sprintf(capitalSentences[i%len(capitalSentences)], name)})
	}
	return out
}

// variantWith returns the variant listing term, nil if none does.
func variantWith(vs []Variant, term string) *Variant {
	for i := range vs {
		if slices.Contains(vs[i].Terms, term) {
			return &vs[i]
		}
	}
	return nil
}

// paired reports whether a and b are spellings of one variant.
func paired(vs []Variant, a, b string) bool {
	v := variantWith(vs, a)
	return v != nil && slices.Contains(v.Terms, b)
}

// near reports whether x is within tol of want (never when x is NaN).
func near(x, want, tol float64) bool { return math.Abs(x-want) <= tol }
