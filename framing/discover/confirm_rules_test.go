package discover

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// Tests of step 3, confirmation, and of the score of step 4, each on a
// corpus made to sit on one rule's bound.

// TestAssociationBound: V ≥ 0.5 is enough. Outlet x writes Kiev in 4
// articles and Kyiv in 1, outlet y Kyiv in 1: V is 0.5 exactly, with
// either spelling met first.
func TestAssociationBound(t *testing.T) {
	for _, kyivFirst := range []bool{true, false} {
		arts := []art{{"de", "Diplomats gathered in Berlin for another round of talks."}}
		if kyivFirst {
			arts = append(arts, about("y", "Kyiv", 1)...)
			arts = append(arts, about("x", "Kiev", 4)...)
		} else {
			arts = append(arts, art{"y", "Diplomats gathered in Vienna for another round of talks."})
			arts = append(arts, about("x", "Kiev", 4)...)
			arts = append(arts, about("y", "Kyiv", 1)...)
		}
		arts = append(arts, about("x", "Kyiv", 1)...)
		docs := docsOf(arts)
		dc := discoveryOf(docs)
		a, b := dc.vocab["Kiev"], dc.vocab["Kyiv"]
		a, b = min(a, b), max(a, b) // as confirm takes them
		if v := association(dc.outletCounts(dc.spellings[a].occs), dc.outletCounts(dc.spellings[b].occs)); v != minAssociation {
			t.Fatalf("Kyiv first %v: V = %v, want the corpus made for %v", kyivFirst, v, minAssociation)
		}
		if got := Variants(docs, Options{}); !paired(got, "Kiev", "Kyiv") {
			t.Errorf("Kyiv first %v: V = 0.5: Kiev/Kyiv not paired: %v", kyivFirst, got)
		}
	}
}

// TestFirstNamesAssociationBound: V ≥ 0.5 is enough for first names too,
// on their occurrences before a shared name: outlet x writes Vladimir
// Zelensky in 4 articles and Volodymyr Zelensky in 1, outlet y Volodymyr
// Zelensky in 1; both write Vladimir Putin.
func TestFirstNamesAssociationBound(t *testing.T) {
	const tmpl = "Ukrainian President %s Zelensky addressed parliament about the war. Russian President Vladimir Putin held a call with generals."
	arts := []art{{"de", "Diplomats gathered in Berlin for another round of talks."}, {"y", fmt.Sprintf(tmpl, "Volodymyr")}}
	for range 4 {
		arts = append(arts, art{"x", fmt.Sprintf(tmpl, "Vladimir")})
	}
	arts = append(arts, art{"x", fmt.Sprintf(tmpl, "Volodymyr")})
	docs := docsOf(arts)
	dc := discoveryOf(docs)
	volo, vlad := &dc.spellings[dc.vocab["Volodymyr"]], &dc.spellings[dc.vocab["Vladimir"]]
	anchors := dc.sharedNext(volo, vlad)
	if v := association(dc.outletCounts(dc.anchored(volo, anchors)), dc.outletCounts(dc.anchored(vlad, anchors))); v != minAssociation {
		t.Fatalf("V = %v, want the corpus made for %v", v, minAssociation)
	}
	if got := Variants(docs, Options{}); !paired(got, "Vladimir", "Volodymyr") {
		t.Errorf("V = 0.5: Vladimir/Volodymyr not paired: %v", got)
	}
}

// TestFirstNamesSparseContexts: first names with under ten occurrences
// before the shared name compare whole sentences: here the three words
// either side of Vladimir and Volodymyr differ, their sentences do not.
func TestFirstNamesSparseContexts(t *testing.T) {
	var arts []art
	for _, o := range []struct{ outlet, text string }{
		{"ru1", "On Monday the leader Vladimir Zelensky told lawmakers that grain exports through Odesa would resume soon."},
		{"ru2", "On Monday the leader Vladimir Zelensky told lawmakers that grain exports through Odesa would resume soon."},
		{"ua1", "Farmers heard how president Volodymyr Zelensky promised subsidies, adding grain exports through Odesa would resume soon."},
		{"ua2", "Farmers heard how president Volodymyr Zelensky promised subsidies, adding grain exports through Odesa would resume soon."},
	} {
		for range 2 {
			arts = append(arts, art{o.outlet, o.text + " Russian President Vladimir Putin held a call with generals."})
		}
	}
	if got := Variants(docsOf(arts), Options{}); !paired(got, "Vladimir", "Volodymyr") {
		t.Errorf("Vladimir/Volodymyr, alike in their sentences: not paired: %v", got)
	}
}

// sparseArts are articles where ru outlets write Kiev, ua outlets Kyiv,
// n of each side, in sentences alike but for the three words either side
// of the name.
func sparseArts(n int) []art {
	var arts []art
	for i := range n {
		arts = append(arts,
			art{fmt.Sprint("ru", 1+i%2), "Exporters shipped grain abroad while tired dock workers near Kiev unloaded rusty containers before sunset, officials confirmed."},
			art{fmt.Sprint("ua", 1+i%2), "Exporters shipped grain abroad while angry farmers around Kyiv harvested ripe sunflowers before sunset, officials confirmed."})
	}
	return arts
}

// TestSparseBound: with ten occurrences or more, a spelling's context is
// the three words either side of it; under ten, its sentence.
func TestSparseBound(t *testing.T) {
	if got := Variants(docsOf(sparseArts(9)), Options{}); !paired(got, "Kiev", "Kyiv") {
		t.Errorf("9 occurrences, alike sentences: Kiev/Kyiv not paired: %v", got)
	}
	if got := Variants(docsOf(sparseArts(sparseOccs)), Options{}); paired(got, "Kiev", "Kyiv") {
		t.Errorf("%d occurrences, nothing alike within three words: Kiev/Kyiv paired: %v", sparseOccs, got)
	}
}

// TestLowCosine: contexts that share a little, a cosine under 0.1, do
// not confirm a pair.
func TestLowCosine(t *testing.T) {
	var arts []art
	for _, o := range []struct{ outlet, text string }{
		{"ru1", "Tired dock workers near Kiev unloaded rusty containers before the evening storm arrived from the sea."},
		{"ru2", "Tired dock workers near Kiev unloaded rusty containers before the evening storm arrived from the sea."},
		{"ua1", "Angry farmers around Kyiv harvested ripe sunflowers and complained about fuel prices, the evening news reported."},
		{"ua2", "Angry farmers around Kyiv harvested ripe sunflowers and complained about fuel prices, the evening news reported."},
	} {
		for range 2 {
			arts = append(arts, art{o.outlet, o.text})
		}
	}
	docs := docsOf(arts)
	dc := discoveryOf(docs)
	vs := dc.vectors([][]occ{occsOf(dc, "Kiev"), occsOf(dc, "Kyiv")}, false, true)
	if cos := cosine(vs[0], vs[1]); cos <= 0 || cos >= minCosine {
		t.Fatalf("cosine %v, want the corpus made for one under %v", cos, minCosine)
	}
	if got := Variants(docs, Options{}); paired(got, "Kiev", "Kyiv") {
		t.Errorf("cosine under %v: Kiev/Kyiv paired: %v", minCosine, got)
	}
}

// sameContexts are articles where seven pairs of names (ru outlets one
// spelling, ua outlets the other) all stand in one sentence.
func sameContexts() []art {
	var arts []art
	for _, p := range [][2]string{
		{"Kiev", "Kyiv"}, {"Kharkov", "Kharkiv"}, {"Odessa", "Odesa"}, {"Lugansk", "Luhansk"},
		{"Donbass", "Donbas"}, {"Zaporozhye", "Zaporizhzhia"}, {"Chernigov", "Chernihiv"},
	} {
		for _, o := range []string{"ru1", "ru2", "ua1", "ua2"} {
			name := p[0]
			if o[:2] == "ua" {
				name = p[1]
			}
			for range 2 {
				arts = append(arts, art{o, "Officials in " + name + " reported heavy shelling overnight near the railway station."})
			}
		}
	}
	return arts
}

// TestNoCloserThanBackground: a pair's cosine must exceed the background,
// that of names as frequent: when every name stands in the same
// sentences, no pair is closer than any two names, and none is
// confirmed, but for one with substitutions, whose context evidence is
// then theirs alone.
func TestNoCloserThanBackground(t *testing.T) {
	docs := docsOf(sameContexts())
	if got := Variants(docs, Options{}); len(got) != 0 {
		t.Errorf("names all in one sentence: variants %v, want none", got)
	}
	got := Variants(docs, Options{Substitutions: []Substitution{{"Kiev", "Kyiv", 1}}})
	if len(got) != 1 || !paired(got, "Kiev", "Kyiv") {
		t.Fatalf("with a substitution Kiev/Kyiv: variants %v, want Kiev/Kyiv alone", got)
	}
	// Equal skeletons, V of two articles in each of four outlets
	// sqrt(2/3), evidence 1 - 1/(1+1) from one substitution, 4 articles.
	want := math.Cbrt(math.Sqrt(2.0/3)*0.5) * 4 / 5
	if s := got[0].Score; !near(s, want, 1e-9) {
		t.Errorf("score %v, want %v", s, want)
	}
}

// TestScoreFromSubstitutions: the score is the geometric mean of the
// skeleton similarity, V and the context evidence, times m/(m+1): with
// contexts that share nothing, the evidence is 1 - 1/(1+n) of n
// substitutions. Dnepr and Dnipro: a vowel gap toggled among d·n·p·r.
func TestScoreFromSubstitutions(t *testing.T) {
	dnepr := "Barges carried wheat along the Dnepr toward southern ports."
	dnipro := "Engineers repaired the bridge over the Dnipro after missile strikes."
	arts := []art{{"ru1", dnepr}, {"ru1", dnepr}, {"ru1", dnepr}, {"ua1", dnipro}, {"ua1", dnipro}, {"ua1", dnipro},
		{"ru2", dnepr}, {"ru2", dnipro}}
	v := association([]outletUses{{0, 3}, {2, 1}}, []outletUses{{1, 3}, {2, 1}}) // ru1, ua1, ru2
	sim := 1 - 1.0/(2*(4+1))
	for _, n := range []int{1, 3} {
		got := Variants(docsOf(arts), Options{Substitutions: []Substitution{{"Dnepr", "Dnipro", n}}})
		if len(got) != 1 || !paired(got, "Dnepr", "Dnipro") {
			t.Fatalf("%d substitutions: variants %v, want Dnepr/Dnipro", n, got)
		}
		ev := 1 - 1/float64(1+n)
		want := math.Cbrt(sim*v*ev) * 4 / 5 // 4 articles each
		if s := got[0].Score; !near(s, want, 1e-9) {
			t.Errorf("%d substitutions: score %v, want %v", n, s, want)
		}
	}
}

// TestScoreOfEqualContexts: context evidence is the cosine's excess over
// the background as a share of what it could be, (cos - bg)/(1 - bg): 1
// for a pair in the very same sentences, however close other names come.
func TestScoreOfEqualContexts(t *testing.T) {
	var arts []art
	for _, p := range [][2]string{
		{"Kharkov", "Kharkiv"}, {"Odessa", "Odesa"}, {"Lugansk", "Luhansk"}, {"Donbass", "Donbas"}, {"Chernigov", "Chernihiv"},
	} {
		for _, o := range []string{"ru1", "ru2", "ua1", "ua2"} {
			name := p[0]
			if o[:2] == "ua" {
				name = p[1]
			}
			for range 2 {
				arts = append(arts, art{o, "Officials in " + name + " reported heavy rain overnight and flooded farmland."})
			}
		}
	}
	for _, o := range []string{"ru1", "ru2", "ua1", "ua2"} {
		name := map[bool]string{true: "Kiev", false: "Kyiv"}[strings.HasPrefix(o, "ru")]
		for range 2 {
			arts = append(arts, art{o, "Officials in " + name + " reported heavy shelling overnight near the railway station."})
		}
	}
	got := Variants(docsOf(arts), Options{})
	v := variantWith(got, "Kiev")
	if v == nil || !paired(got, "Kiev", "Kyiv") {
		t.Fatalf("Kiev/Kyiv not found: %v", got)
	}
	// Equal skeletons, V sqrt(2/3), evidence 1, 4 articles.
	if want := math.Cbrt(math.Sqrt(2.0/3)) * 4 / 5; !near(v.Score, want, 1e-9) {
		t.Errorf("score %v, want %v", v.Score, want)
	}
}

// TestCosineBound: a cosine of 0.1 is enough. Kiev and Kyiv each stand
// twice in a sentence of ten words, one of them shared, every word four
// times in the corpus: ten keys of one weight either side, one in
// common, a cosine of 1/10.
func TestCosineBound(t *testing.T) {
	a := []string{"barley", "copper", "dolphin", "falcon", "granite", "hammock", "lantern", "meadow", "nutmeg"}
	b := []string{"pebble", "quilt", "saddle", "tundra", "velvet", "walnut", "yogurt", "zeppelin", "bishop"}
	kiev := strings.Join(a[:5], " ") + " Kiev " + strings.Join(a[5:], " ") + " harbour."
	kyiv := strings.Join(b[:5], " ") + " Kyiv " + strings.Join(b[5:], " ") + " harbour."
	filler := strings.Join(a, " ") + " " + strings.Join(b, " ") + "."
	docs := docsOf([]art{{"x", kiev}, {"x", kiev}, {"y", kyiv}, {"y", kyiv}, {"z", filler}, {"z", filler}})
	dc := discoveryOf(docs)
	vs := dc.vectors([][]occ{occsOf(dc, "Kiev"), occsOf(dc, "Kyiv")}, false, true)
	if cos := cosine(vs[0], vs[1]); cos != minCosine {
		t.Fatalf("cosine %v, want the corpus made for %v", cos, minCosine)
	}
	if got := Variants(docs, Options{}); !paired(got, "Kiev", "Kyiv") {
		t.Errorf("cosine %v: Kiev/Kyiv not paired: %v", minCosine, got)
	}
}
