package discover

import (
	"fmt"
	"testing"

	"github.com/newsfold/compare/framing/internal/framingtest"
	"github.com/newsfold/compare/framing/text"
)

// TestSkeletonSoftC: c before e, i or y is ts (Tsetinje, Cetinje), any
// other c is k (Cuba, Kuba).
func TestSkeletonSoftC(t *testing.T) {
	for _, p := range [][2]string{
		{"Cetinje", "Tsetinje"}, {"Cimbal", "Tsimbal"}, {"Cyrus", "Tsyrus"},
		{"Cuba", "Kuba"}, {"Carol", "Karol"}, {"Clark", "Klark"},
	} {
		if a, b := skeleton(p[0]), skeleton(p[1]); a != b {
			t.Errorf("skeleton(%s) = %q, skeleton(%s) = %q: want equal", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"Cetinje", "Ketinje"}, {"Cuba", "Tsuba"}} {
		if a, b := skeleton(p[0]), skeleton(p[1]); a == b {
			t.Errorf("skeleton(%s) = skeleton(%s) = %q: want different", p[0], p[1], a)
		}
	}
}

// TestSkeletonDiacritics: common diacritics are dropped, on every letter
// of a word too.
func TestSkeletonDiacritics(t *testing.T) {
	for _, p := range [][2]string{{"Łódź", "Lodz"}, {"Ūžė", "Uze"}, {"Türkiye", "Turkiye"}} {
		if a, b := skeleton(p[0]), skeleton(p[1]); a != b {
			t.Errorf("skeleton(%s) = %q, skeleton(%s) = %q: want equal", p[0], a, p[1], b)
		}
	}
}

// TestSkeletonKeepsOtherLetters: a letter outside ASCII that foldLatin
// leaves (the schwa of Gəncə) is kept whole, and the letters after it
// are read on.
func TestSkeletonKeepsOtherLetters(t *testing.T) {
	if got, want := skeleton("Gəncə"), "hənkə"; got != want {
		t.Errorf("skeleton(Gəncə) = %q, want %q", got, want)
	}
}

// TestSkeletonSimilarity: 1 for equal skeletons, 1 - 1/(2(c+1)) for one
// vowel gap toggled among c consonants, less for an edit of consonants.
func TestSkeletonSimilarity(t *testing.T) {
	sp := func(w string) *spelling {
		s := &spelling{form: w, skel: skeleton(w)}
		s.cons = consonants(s.skel)
		return s
	}
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"Kiev", "Kyiv", 1},
		{"Vladimir", "Volodymyr", 1 - 1.0/12}, // a vowel gap toggled among v·l·d·m·r
		{"Odesa", "Odes", 1 - 1.0/6},          // a vowel gap toggled among d, s: c = 2
		{"Nikolaev", "Mykolaiv", 1 - 1.0/10},  // one consonant replaced among 4
	} {
		got := skeletonSimilarity(sp(tt.a), sp(tt.b))
		if !near(got, tt.want, 1e-12) {
			t.Errorf("skeletonSimilarity(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestInflectedStems: a final e, a or y is taken off a stem of more than
// three letters only (Somalia is Somali-a), not off a short one (Sky,
// Ski).
func TestInflectedStems(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"somalia", "somali", true}, {"ukraine", "ukrainian", true}, {"kenya", "kenyan", true},
		{"sky", "ski", false}, {"pre", "pra", false},
	} {
		if got := inflected(tt.a, tt.b); got != tt.want {
			t.Errorf("inflected(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestInflectedEitherOrder: whether two words are one inflected does not
// depend on which is given first, nor so on which one the scan met first:
// Marie is Mari-e, Maria Mari-a, as Somali-a is Somali's.
func TestInflectedEitherOrder(t *testing.T) {
	for _, p := range [][2]string{
		{"marie", "maria"}, {"romany", "romani"}, {"iraq", "iraqi"}, {"zelensky", "zelenska"},
		{"donbas", "donbass"}, {"kiev", "kyiv"}, {"sky", "ski"},
	} {
		if ab, ba := inflected(p[0], p[1]), inflected(p[1], p[0]); ab != ba {
			t.Errorf("inflected(%q, %q) = %v, inflected(%q, %q) = %v", p[0], p[1], ab, p[1], p[0], ba)
		}
	}
	if !inflected("maria", "marie") {
		t.Errorf("Maria/Marie: not inflected, want Mari-a and Mari-e")
	}
	// The same articles, the outlets in another order: the same variants.
	docs := func(first, second string) []text.Doc {
		var out []text.Doc
		for i, o := range []struct{ outlet, name string }{{"fr1", first}, {"fr2", first}, {"en1", second}, {"en2", second}} {
			for j := range 3 {
				out = append(out, framingtest.Doc(fmt.Sprint(i, j), o.outlet,
					fmt.Sprintf("The spokeswoman %s Zakharova told reporters on Thursday that the embassy would close.", o.name)))
			}
		}
		return out
	}
	a, b := Variants(docs("Marie", "Maria"), Options{}), Variants(docs("Maria", "Marie"), Options{})
	if len(a) != len(b) {
		t.Errorf("Marie first: %v; Maria first: %v", a, b)
	}
}
