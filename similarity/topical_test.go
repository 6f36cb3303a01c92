package similarity

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/adrg/strutil/metrics"
	"github.com/cespare/xxhash/v2"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsfold/compare/corpus"
)

// Docs, DF and IDF show a Vocabulary's counts to the tests; the library
// reads them through dfLocked and idfLocked, term hashes in hand.

// Docs returns the number of documents added.
func (v *Vocabulary) Docs() int {
	if v == nil {
		v = &topicalEmpty
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.docs
}

// DF returns the number of documents that contain term, a word normalised
// by [corpus.NormalizeWord] here, after the same filtering and [Canon] as
// [Vocabulary.Add] (so with a Canon folding "kiev" into "kyiv" both words
// report the same count). A word that is not a content word reports 0.
func (v *Vocabulary) DF(term string) int {
	if v == nil {
		v = &topicalEmpty
	}
	df, _ := v.lookup(term)
	return df
}

// lookup returns the document frequency of a word, normalised and filtered
// as Add does it, and whether it is a content word at all.
func (v *Vocabulary) lookup(term string) (int, bool) {
	t, ok := topicalTerm(corpus.NormalizeWord(term), v.canon)
	if !ok {
		return 0, false
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.dfLocked(xxhash.Sum64String(t)), true
}

// IDF returns the inverse document frequency of term (normalised and
// canonicalised as for [Vocabulary.DF]), as idfLocked computes it; a word
// that is not a content word (a stop word, a number) returns 0.
func (v *Vocabulary) IDF(term string) float64 {
	if v == nil {
		v = &topicalEmpty
	}
	df, ok := v.lookup(term)
	if !ok {
		return 0
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.idfLocked(df)
}

// topicalWords returns the normalised words of text, as
// corpus.Article.Words would.
func topicalWords(text string) []string {
	toks := corpus.Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	return strings.Split(corpus.Normalize(text, toks), " ")
}

// topicalVocab returns a vocabulary of the given texts.
func topicalVocab(canon Canon, texts ...string) *Vocabulary {
	v := NewVocabulary(canon)
	for _, s := range texts {
		v.Add(topicalWords(s))
	}
	return v
}

func TestVocabularyDF(t *testing.T) {
	v := topicalVocab(nil,
		"Peace talks in Berlin; the talks go on. Talks!",
		"Peace talks in Moscow",
		"The weather in 2025",
		"",
	)
	if got := v.Docs(); got != 4 {
		t.Errorf("Docs() = %d, want 4", got)
	}
	tests := []struct {
		term string
		want int
	}{
		{"talks", 2}, // once per document however often it occurs
		{"Talks", 2}, // normalised before lookup
		{"peace", 2},
		{"berlin", 1},
		{"weather", 1},
		{"rain", 0},
		{"the", 0},  // stop word: never counted
		{"2025", 0}, // number: never counted
		{"in", 0},
	}
	for _, tt := range tests {
		if got := v.DF(tt.term); got != tt.want {
			t.Errorf("DF(%q) = %d, want %d", tt.term, got, tt.want)
		}
	}
}

func TestVocabularyIDF(t *testing.T) {
	tests := []struct {
		reason string
		docs   []string
		term   string
		want   float64
	}{
		{"empty vocabulary: every content term weighs 1", nil, "peace", 1},
		{"unseen term: ln(1+N) + 1", []string{"a b", "c d", "e f"}, "peace", math.Log(4) + 1},
		{"in every document: weight 1, not 0", []string{"peace now", "peace talks", "peace deal"}, "peace", 1},
		{"in one of three", []string{"peace now", "talks", "deal"}, "peace", math.Log(4.0/2) + 1},
		{"in two of three", []string{"peace now", "peace talks", "deal"}, "peace", math.Log(4.0/3) + 1},
		{"stop word", []string{"the peace"}, "the", 0},
		{"number", []string{"2025 peace"}, "2025", 0},
	}
	for _, tt := range tests {
		v := topicalVocab(nil, tt.docs...)
		if got := v.IDF(tt.term); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: IDF(%q) = %v, want %v", tt.reason, tt.term, got, tt.want)
		}
	}
}

// topicalWeightsOf returns the weights of vec by term hash.
func topicalWeightsOf(vec Vector) map[uint64]float64 {
	m := make(map[uint64]float64, vec.Len())
	for i, h := range vec.keys {
		m[h] = float64(vec.weights[i])
	}
	return m
}

func TestVectorWeights(t *testing.T) {
	v := topicalVocab(nil, "peace talks Berlin", "peace talks Moscow", "weather")
	got := v.Vector(topicalWords("Peace, peace in Berlin: the zeppelin"))
	// N = 3; tf peace 2 (df 2), berlin 1 (df 1), zeppelin 1 (unseen).
	wp := (1 + math.Log(2)) * (math.Log(4.0/3) + 1)
	wb := 1 * (math.Log(4.0/2) + 1)
	wz := 1 * (math.Log(4.0/1) + 1)
	norm := math.Sqrt(wp*wp + wb*wb + wz*wz)
	want := map[uint64]float64{
		xxhash.Sum64String("peace"):    wp / norm,
		xxhash.Sum64String("berlin"):   wb / norm,
		xxhash.Sum64String("zeppelin"): wz / norm,
	}
	if diff := cmp.Diff(want, topicalWeightsOf(got), cmpopts.EquateApprox(0, 1e-6)); diff != "" {
		t.Errorf("weights mismatch (-want +got):\n%s", diff)
	}
	if !slices.IsSorted(got.keys) {
		t.Errorf("keys not sorted: %v", got.keys)
	}
}

func TestVectorNormalised(t *testing.T) {
	v := topicalVocab(nil, topicalTexts...)
	for i, s := range topicalTexts {
		if s == "" {
			continue
		}
		vec := v.Vector(topicalWords(s))
		var sum float64
		for _, w := range vec.weights {
			sum += float64(w) * float64(w)
		}
		if math.Abs(sum-1) > 1e-6 {
			t.Errorf("text %d: squared norm %v, want 1", i, sum)
		}
	}
	if vec := v.Vector(topicalWords("The 2025 and the 1,000 of it.")); vec.Len() != 0 {
		t.Errorf("vector of no content words has %d terms, want 0", vec.Len())
	}
}

// topicalTexts are short news-like texts for tests that need a few documents.
var topicalTexts = []string{
	"Russian President Vladimir Putin met US envoys Steve Witkoff and Jared Kushner in Moscow on Tuesday.",
	"US envoys met Ukrainian President Volodymyr Zelenskyy in Berlin for talks on a peace plan.",
	"The talks in Berlin ended without agreement on the territorial questions, officials said.",
	"A winter storm brought heavy snow to the Alps, closing roads and ski resorts.",
	"The central bank left interest rates unchanged and signalled cuts next year.",
	"Zelenskyy said the peace plan must include security guarantees for Ukraine.",
	"",
}

func TestCosine(t *testing.T) {
	v := NewVocabulary(nil) // empty: every term weighs 1, so values are simple
	vec := func(s string) Vector { return v.Vector(topicalWords(s)) }
	tests := []struct {
		reason string
		a, b   Vector
		want   float64
	}{
		{"identical", vec("peace talks berlin peace"), vec("peace talks berlin peace"), 1},
		{"same terms, other order and stop words", vec("berlin talks on peace"), vec("peace talks in berlin"), 1},
		{"disjoint", vec("peace talks"), vec("winter storm"), 0},
		{"half shared", vec("peace talks"), vec("talks berlin"), 0.5},
		{"zero vector", Vector{}, vec("peace"), 0},
		{"both zero", Vector{}, Vector{}, 0},
		{"stop words only", vec("the and of"), vec("the and of"), 0},
	}
	for _, tt := range tests {
		got := Cosine(tt.a, tt.b)
		if math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("%s: Cosine = %v, want %v", tt.reason, got, tt.want)
		}
		if back := Cosine(tt.b, tt.a); back != got {
			t.Errorf("%s: not symmetric: %v and %v", tt.reason, got, back)
		}
	}
}

// TestCosineProperties checks range, symmetry and identity on every pair of
// the test texts under an IDF weighting.
func TestCosineProperties(t *testing.T) {
	v := topicalVocab(nil, topicalTexts...)
	var vecs []Vector
	for _, s := range topicalTexts {
		vecs = append(vecs, v.Vector(topicalWords(s)))
	}
	for i, a := range vecs {
		for j, b := range vecs {
			got := Cosine(a, b)
			if got < 0 || got > 1 {
				t.Errorf("Cosine(%d, %d) = %v, out of [0, 1]", i, j, got)
			}
			if back := Cosine(b, a); back != got {
				t.Errorf("Cosine(%d, %d) = %v but Cosine(%d, %d) = %v", i, j, got, j, i, back)
			}
			if i == j && a.Len() > 0 && got != 1 {
				t.Errorf("Cosine(%d, %d) = %v, want exactly 1", i, i, got)
			}
		}
	}
	// Texts 1 and 2 share "berlin" and "talks"; text 3 shares nothing with 1.
	if c12, c13 := Cosine(vecs[1], vecs[2]), Cosine(vecs[1], vecs[3]); c12 <= 0 || c13 != 0 {
		t.Errorf("Cosine(1, 2) = %v, want > 0; Cosine(1, 3) = %v, want 0", c12, c13)
	}
}

func TestVocabularyCanon(t *testing.T) {
	russian := "Talks in Kiev on the Donbass, Zelensky's plan"
	ukrainian := "Talks in Kyiv on the Donbas, Zelenskyy's plan"
	for _, tt := range []struct {
		canon Canon
		want  float64
	}{
		{topicalKyiv, 1},
		{nil, 0.4}, // only "talks" and "plan" shared, of five terms each, all weighing 1
	} {
		v := NewVocabulary(tt.canon)
		if got := Cosine(v.Vector(topicalWords(russian)), v.Vector(topicalWords(ukrainian))); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("canon %v: Cosine = %v, want %v", tt.canon != nil, got, tt.want)
		}
	}
	v := topicalVocab(topicalKyiv, russian, ukrainian, "Kyiv")
	for _, w := range []string{"kiev", "Kyiv", "KIEV"} {
		if got := v.DF(w); got != 3 {
			t.Errorf("DF(%q) = %d, want 3 (kiev and kyiv fold)", w, got)
		}
	}
	if got := v.TopTerms(v.Vector(topicalWords("Kiev Kiev Donbass")), 2); !slices.Equal(got, []string{"kyiv", "donbas"}) {
		t.Errorf("TopTerms = %q, want the canonical spellings [kyiv donbas]", got)
	}
}

func TestTopTerms(t *testing.T) {
	v := topicalVocab(nil, "alpha bravo", "charlie delta echo")
	vec := v.Vector(topicalWords("delta alpha charlie bravo alpha zulu"))
	// All seen terms have df 1, so alpha (tf 2) leads and the rest tie,
	// broken by byte order; zulu, unseen, cannot be named.
	tests := []struct {
		k    int
		want []string
	}{
		{0, nil},
		{-1, nil},
		{1, []string{"alpha"}},
		{3, []string{"alpha", "bravo", "charlie"}},
		{10, []string{"alpha", "bravo", "charlie", "delta"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, v.TopTerms(vec, tt.k)); diff != "" {
			t.Errorf("TopTerms(k=%d) mismatch (-want +got):\n%s", tt.k, diff)
		}
	}
	if got := v.TopTerms(Vector{}, 5); got != nil {
		t.Errorf("TopTerms(zero vector) = %q, want nil", got)
	}
	// The rarer term outweighs the commoner one at equal tf.
	v = topicalVocab(nil, "peace talks", "peace deal", "peace now", "berlin")
	if got := v.TopTerms(v.Vector(topicalWords("peace in berlin")), 1); !slices.Equal(got, []string{"berlin"}) {
		t.Errorf("TopTerms = %q, want [berlin]", got)
	}
}

// TestTopTermsDeterministic rebuilds the vocabulary in shuffled orders and
// asks again, as vale's TestIsDeterministic reruns its map-driven rule.
func TestTopTermsDeterministic(t *testing.T) {
	docs := slices.Clone(topicalTexts)
	want := make([][]string, len(docs))
	v := topicalVocab(nil, docs...)
	for i, s := range docs {
		want[i] = v.TopTerms(v.Vector(topicalWords(s)), 5)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		order := rng.Perm(len(docs))
		v := NewVocabulary(nil)
		for _, i := range order {
			v.Add(topicalWords(docs[i]))
		}
		for i, s := range docs {
			if diff := cmp.Diff(want[i], v.TopTerms(v.Vector(topicalWords(s)), 5)); diff != "" {
				t.Fatalf("text %d, order %v: mismatch (-want +got):\n%s", i, order, diff)
			}
		}
	}
}

// TestVocabularyConcurrent adds documents from several goroutines (run
// with -race) and checks that the counts equal those of a serial build.
func TestVocabularyConcurrent(t *testing.T) {
	var docs [][]string
	for i := range 200 {
		docs = append(docs, topicalWords(fmt.Sprintf("%s term%d term%d", topicalTexts[i%len(topicalTexts)], i%7, i%13)))
	}
	serial := NewVocabulary(nil)
	for _, d := range docs {
		serial.Add(d)
	}
	par := NewVocabulary(nil)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(docs); i += 4 {
				par.Add(docs[i])
				_ = par.Vector(docs[i])
			}
		})
	}
	wg.Wait()
	if par.Docs() != serial.Docs() {
		t.Errorf("Docs() = %d, want %d", par.Docs(), serial.Docs())
	}
	for _, d := range docs {
		for _, w := range d {
			if got, want := par.DF(w), serial.DF(w); got != want {
				t.Fatalf("DF(%q) = %d, want %d", w, got, want)
			}
		}
	}
}

func TestVocabularyZeroValue(t *testing.T) {
	var v Vocabulary
	v.Add(topicalWords("peace talks"))
	if got := v.DF("peace"); got != 1 {
		t.Errorf("DF = %d, want 1", got)
	}
	// A nil vocabulary reads as an empty one: every term weighs 1.
	var nilv *Vocabulary
	a, b := nilv.Vector(topicalWords("peace talks")), nilv.Vector(topicalWords("talks berlin"))
	if got := Cosine(a, b); math.Abs(got-0.5) > 1e-6 {
		t.Errorf("nil vocabulary: Cosine = %v, want 0.5", got)
	}
	if nilv.Docs() != 0 || nilv.DF("peace") != 0 || nilv.IDF("peace") != 1 || nilv.TopTerms(a, 2) != nil {
		t.Errorf("nil vocabulary: Docs %d, DF %d, IDF %v, TopTerms %q; want 0, 0, 1, nil",
			nilv.Docs(), nilv.DF("peace"), nilv.IDF("peace"), nilv.TopTerms(a, 2))
	}
}

func TestCombine(t *testing.T) {
	tests := []struct {
		reason                              string
		jaccard, containment, cosine, title float64
		hasTitle, hasText                   bool
		want                                float64
	}{
		{"strongest text evidence: cosine", 0.05, 0.1, 0.6, 0, false, true, 0.6},
		{"strongest text evidence: containment", 0.2, 0.95, 0.7, 0, false, true, 0.95},
		{"title lifts by a share of the gap", 0, 0, 0.4, 0.9, true, true, 0.4 + 0.3*0.5},
		{"lower title never lowers", 0, 0, 0.8, 0.1, true, true, 0.8},
		{"copy under another headline", 1, 1, 1, 0.1, true, true, 1},
		{"title ignored without hasTitle", 0, 0, 0.4, 0.9, false, true, 0.4},
		{"title alone", 0.9, 0.9, 0.9, 0.7, true, false, 0.7},
		{"nothing", 0.9, 0.9, 0.9, 0.7, false, false, 0},
		{"clamped above", 1.5, 2, 3, 4, true, true, 1},
		{"clamped below", -1, -1, -1, -1, true, true, 0},
		{"NaN counts as 0", math.NaN(), math.NaN(), 0.5, math.NaN(), true, true, 0.5},
		// Printed, -0 would read "-0.00".
		{"negative zero counts as 0", 0, 0, 0, math.Copysign(0, -1), true, false, 0},
	}
	for _, tt := range tests {
		got := Combine(tt.jaccard, tt.containment, tt.cosine, tt.title, tt.hasTitle, tt.hasText)
		if math.Abs(got-tt.want) > 1e-12 || math.Signbit(got) {
			t.Errorf("%s: Combine = %v, want %v", tt.reason, got, tt.want)
		}
	}
}

// TestCombineProperties checks over a grid of inputs that Combine stays in
// [0, 1], never exceeds its strongest input, and does not decrease when any
// one score rises.
func TestCombineProperties(t *testing.T) {
	var grid []float64
	for i := 0; i <= 10; i++ {
		grid = append(grid, float64(i)/10)
	}
	grid = append(grid, -0.5, 1.5) // out of range inputs are clamped
	slices.Sort(grid)
	for _, hasTitle := range []bool{false, true} {
		for _, hasText := range []bool{false, true} {
			for _, j := range grid {
				for _, c := range grid {
					for _, cs := range grid {
						for _, ti := range grid {
							in := [4]float64{j, c, cs, ti}
							got := Combine(j, c, cs, ti, hasTitle, hasText)
							if got < 0 || got > 1 {
								t.Fatalf("Combine%v = %v, out of [0, 1]", in, got)
							}
							if top := max(j, c, cs, ti); got > max(top, 0)+1e-12 {
								t.Fatalf("Combine%v = %v, above its strongest input", in, got)
							}
							for k := range in {
								up := in
								up[k] += 0.05
								if g := Combine(up[0], up[1], up[2], up[3], hasTitle, hasText); g < got-1e-12 {
									t.Fatalf("Combine%v = %v but Combine%v = %v (title %v, text %v): not monotone",
										in, got, up, g, hasTitle, hasText)
								}
							}
						}
					}
				}
			}
		}
	}
}

func ExampleVocabulary() {
	docs := []string{
		"Witkoff and Kushner met Putin in Moscow to discuss the peace plan.",
		"Zelenskyy met the US envoys in Berlin to discuss the peace plan.",
		"Heavy snow closed roads across the Alps.",
	}
	v := topicalVocab(nil, docs...)
	a := v.Vector(topicalWords(docs[0]))
	b := v.Vector(topicalWords(docs[1]))
	c := v.Vector(topicalWords(docs[2]))
	fmt.Printf("same topic %.2f, other topic %.2f\n", Cosine(a, b), Cosine(a, c))
	fmt.Println(v.TopTerms(a, 3))
	// Output:
	// same topic 0.37, other topic 0.00
	// [kushner moscow putin]
}

// topicalBenchWords returns n normalised words of the seed dump, repeated as
// needed, or skips the benchmark if the seeds are not there.
func topicalBenchWords(b *testing.B, n int) []string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var all []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, topicalWords(string(data))...)
	}
	if len(all) == 0 {
		b.Skip("no seed dump in ../testdata/seeds")
	}
	out := make([]string, n)
	for i := range out {
		out[i] = all[i%len(all)]
	}
	return out
}

// BenchmarkVector measures making one TF-IDF vector, at three text sizes to
// show that cost grows near-linearly (sorting the terms is n log n).
func BenchmarkVector(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		words := topicalBenchWords(b, n)
		v := NewVocabulary(nil)
		v.Add(words)
		v.Add(words[:n/2])
		b.Run(fmt.Sprintf("%dwords", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if v.Vector(words).Len() == 0 {
					b.Fatal("empty vector")
				}
			}
		})
	}
}

// BenchmarkCosine measures the cosine of two vectors of texts of three sizes
// (the second text is the first shifted, so they share most terms).
func BenchmarkCosine(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		words := topicalBenchWords(b, 2*n)
		v := NewVocabulary(nil)
		v.Add(words)
		x, y := v.Vector(words[:n]), v.Vector(words[n/2:n/2+n])
		b.Run(fmt.Sprintf("%dwords", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if c := Cosine(x, y); c <= 0 || c > 1 {
					b.Fatalf("cosine %v", c)
				}
			}
		})
	}
}

// ---------------------------------------------------------------------------
// Measurement on real pairs (not run by default)

// The test below chose the designs of TitleSimilarity and Combine. It needs
// two public data sets, so it runs only when SIMILARITY_DATA names the
// directory that holds them:
//
//	SIMILARITY_DATA=/path/to/data go test -run TestTopicalMeasure -v ./similarity
//
//   - msrp-train.tsv, the Microsoft Research Paraphrase Corpus training set
//     (Quality, #1 ID, #2 ID, #1 String, #2 String; Quality 1 = paraphrase):
//     4076 sentence pairs from news clusters, a stand-in for title pairs.
//     All pairs are on one topic, so it rewards fine paraphrase
//     discrimination.
//   - basil-dev.jsonl (150 articles: id, outlet, url, date, title, text) and
//     basil-dev.gold.csv (id, event): 50 events, each covered by 3 outlets.
//     All 11175 pairs are scored; the 150 same-event pairs are positives. It
//     rewards topical matching across outlets, the job of these scores.
//
// It reports ROC AUC and the best F1 over thresholds.

// topicalLabelled is one scored pair and whether it is a positive.
type topicalLabelled struct {
	score float64
	pos   bool
}

// topicalAUC returns the ROC AUC of xs (the Mann–Whitney U statistic, tied
// scores sharing their mean rank).
func topicalAUC(xs []topicalLabelled) float64 {
	s := slices.Clone(xs)
	slices.SortFunc(s, func(a, b topicalLabelled) int { return topicalCmpFloat(a.score, b.score) })
	var rankSum float64
	npos := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j].score == s[i].score {
			j++
		}
		r := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if s[k].pos {
				rankSum += r
				npos++
			}
		}
		i = j
	}
	nneg := len(s) - npos
	return (rankSum - float64(npos)*float64(npos+1)/2) / (float64(npos) * float64(nneg))
}

// topicalBestF1 returns the best F1 over all thresholds.
func topicalBestF1(xs []topicalLabelled) float64 {
	s := slices.Clone(xs)
	slices.SortFunc(s, func(a, b topicalLabelled) int { return topicalCmpFloat(b.score, a.score) })
	npos := 0
	for _, x := range s {
		if x.pos {
			npos++
		}
	}
	best := 0.0
	tp, fp := 0, 0
	for i := 0; i < len(s); {
		j := i
		for ; j < len(s) && s[j].score == s[i].score; j++ {
			if s[j].pos {
				tp++
			} else {
				fp++
			}
		}
		if tp > 0 {
			p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(npos)
			best = max(best, 2*p*r/(p+r))
		}
		i = j
	}
	return best
}

func topicalCmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// topicalJW is Jaro–Winkler made symmetric: strutil's Jaro counts matches
// greedily from each side, which can differ, so the pair is ordered first.
func topicalJW(a, b string) float64 {
	if a > b {
		a, b = b, a
	}
	return metrics.NewJaroWinkler().Compare(a, b)
}

// topicalMongeElkan is the mean over the words of one title of the best
// Jaro–Winkler match among the other's, averaged over both directions.
func topicalMongeElkan(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	one := func(a, b []string) float64 {
		var s float64
		for _, x := range a {
			best := 0.0
			for _, y := range b {
				best = max(best, topicalJW(x, y))
			}
			s += best
		}
		return s / float64(len(a))
	}
	return (one(a, b) + one(b, a)) / 2
}

// topicalTitleDesigns are the candidate title measures compared.
func topicalTitleDesigns() []struct {
	name string
	f    func(a, b string) float64
} {
	content := func(s string) []string { c, _ := titleTerms(s, nil); return c }
	sorted := func(s string) []string { _, w := titleTerms(s, nil); return w }
	set := func(s string) []string { return slices.Compact(sorted(s)) }
	ordered := func(s string) string { return strings.Join(topicalWords(s), " ") }
	orderedContent := func(s string) string {
		var out []string
		for _, w := range topicalWords(s) {
			if t, ok := topicalTerm(w, nil); ok {
				out = append(out, t)
			}
		}
		return strings.Join(out, " ")
	}
	chars := func(a, b string) float64 { return titleBigrams.Compare(a, b) }
	join := func(ws []string) string { return strings.Join(ws, " ") }
	return []struct {
		name string
		f    func(a, b string) float64
	}{
		{"token Dice, content words", func(a, b string) float64 { return titleSetDice(content(a), content(b)) }},
		{"token Dice, all words", func(a, b string) float64 { return titleSetDice(set(a), set(b)) }},
		{"char Dice, content words in order", func(a, b string) float64 { return chars(orderedContent(a), orderedContent(b)) }},
		{"char Dice, content words sorted", func(a, b string) float64 { return chars(join(content(a)), join(content(b))) }},
		{"char Dice, all words in order", func(a, b string) float64 { return chars(ordered(a), ordered(b)) }},
		{"char Dice, all words sorted", func(a, b string) float64 { return chars(join(sorted(a)), join(sorted(b))) }},
		{"Jaro-Winkler, content words sorted", func(a, b string) float64 { return topicalJW(join(content(a)), join(content(b))) }},
		{"Monge-Elkan JW, content words", func(a, b string) float64 { return topicalMongeElkan(content(a), content(b)) }},
		{"mean(token Dice, Monge-Elkan JW)", func(a, b string) float64 {
			return (titleSetDice(content(a), content(b)) + topicalMongeElkan(content(a), content(b))) / 2
		}},
		{"mean(token Dice, JW content sorted)", func(a, b string) float64 {
			return (titleSetDice(content(a), content(b)) + topicalJW(join(content(a)), join(content(b)))) / 2
		}},
		{"mean(token Dice, char Dice content sorted)", func(a, b string) float64 {
			return (titleSetDice(content(a), content(b)) + chars(join(content(a)), join(content(b)))) / 2
		}},
		{"max(token Dice, char Dice content sorted)", func(a, b string) float64 {
			return max(titleSetDice(content(a), content(b)), chars(join(content(a)), join(content(b))))
		}},
		{"mean(token Dice, char Dice all in order)", func(a, b string) float64 {
			return (titleSetDice(content(a), content(b)) + chars(ordered(a), ordered(b))) / 2
		}},
		{"mean(token Dice all, char Dice all in order)", func(a, b string) float64 {
			return (titleSetDice(set(a), set(b)) + chars(ordered(a), ordered(b))) / 2
		}},
		{"TitleSimilarity (token Dice, char Dice all sorted)", func(a, b string) float64 { s, _ := TitleSimilarity(a, b, nil); return s }},
	}
}

// topicalShingleScores returns the Jaccard and containment of the 5-word
// shingle sets of two texts, as the shingle stage computes them.
func topicalShingleScores(a, b []string) (jaccard, containment float64) {
	x, y := Shingles(a, 5, nil), Shingles(b, 5, nil)
	if len(x) == 0 || len(y) == 0 {
		return 0, 0
	}
	common := Intersect(x, y)
	return float64(common) / float64(len(x)+len(y)-common), float64(common) / float64(min(len(x), len(y)))
}

func TestTopicalMeasure(t *testing.T) {
	dir := os.Getenv("SIMILARITY_DATA")
	if dir == "" {
		t.Skip("measures on public data sets: set SIMILARITY_DATA to the directory of msrp-train.tsv and basil-dev.jsonl")
	}
	report := func(name string, xs []topicalLabelled) {
		t.Logf("  %-52s AUC %.4f  best F1 %.4f", name, topicalAUC(xs), topicalBestF1(xs))
	}
	t.Run("MSRP", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, "msrp-train.tsv"))
		if err != nil {
			t.Skip(err)
		}
		type pair struct {
			a, b string
			pos  bool
		}
		var pairs []pair
		for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			cols := strings.Split(strings.TrimRight(line, "\r"), "\t")
			if i == 0 {
				continue // header
			}
			if len(cols) != 5 {
				t.Fatalf("line %d: %d columns", i+1, len(cols))
			}
			pairs = append(pairs, pair{cols[3], cols[4], cols[0] == "1"})
		}
		v := NewVocabulary(nil)
		seen := map[string]bool{}
		for _, p := range pairs {
			for _, s := range []string{p.a, p.b} {
				if !seen[s] {
					seen[s] = true
					v.Add(topicalWords(s))
				}
			}
		}
		t.Logf("MSRP: %d pairs; IDF over %d distinct sentences", len(pairs), v.Docs())
		for _, d := range topicalTitleDesigns() {
			var xs []topicalLabelled
			for _, p := range pairs {
				xs = append(xs, topicalLabelled{d.f(p.a, p.b), p.pos})
			}
			report("title: "+d.name, xs)
		}
		var cos, comb []topicalLabelled
		for _, p := range pairs {
			c := Cosine(v.Vector(topicalWords(p.a)), v.Vector(topicalWords(p.b)))
			ti, ok := TitleSimilarity(p.a, p.b, nil)
			cos = append(cos, topicalLabelled{c, p.pos})
			comb = append(comb, topicalLabelled{Combine(0, 0, c, ti, ok, true), p.pos})
		}
		report("Cosine", cos)
		report("Combine(cosine, title)", comb)
	})
	t.Run("BASIL", func(t *testing.T) {
		gold, err := os.ReadFile(filepath.Join(dir, "basil-dev.gold.csv"))
		if err != nil {
			t.Skip(err)
		}
		event := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(gold)), "\n")[1:] {
			id, ev, _ := strings.Cut(strings.TrimSpace(line), ",")
			event[id] = ev
		}
		d, err := corpus.Load([]string{filepath.Join(dir, "basil-dev.jsonl")}, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		arts := d.Articles
		v := NewVocabulary(nil)
		for _, a := range arts {
			v.Add(a.Words())
		}
		vecs := make([]Vector, len(arts))
		for i, a := range arts {
			vecs[i] = v.Vector(a.Words())
		}
		designs := topicalTitleDesigns()
		titles := make([][]topicalLabelled, len(designs))
		var cos, jac, con, text []topicalLabelled
		combos := map[string][]topicalLabelled{}
		npos := 0
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				ei, ok1 := event[arts[i].ID]
				ej, ok2 := event[arts[j].ID]
				if !ok1 || !ok2 {
					t.Fatalf("no event for %s or %s", arts[i].ID, arts[j].ID)
				}
				pos := ei == ej
				if pos {
					npos++
				}
				for k, d := range designs {
					titles[k] = append(titles[k], topicalLabelled{d.f(arts[i].Title, arts[j].Title), pos})
				}
				c := Cosine(vecs[i], vecs[j])
				jj, cc := topicalShingleScores(arts[i].Words(), arts[j].Words())
				ti, ok := TitleSimilarity(arts[i].Title, arts[j].Title, nil)
				tx := max(jj, cc, c)
				cos = append(cos, topicalLabelled{c, pos})
				jac = append(jac, topicalLabelled{jj, pos})
				con = append(con, topicalLabelled{cc, pos})
				text = append(text, topicalLabelled{tx, pos})
				add := func(name string, x float64) { combos[name] = append(combos[name], topicalLabelled{x, pos}) }
				for _, w := range []float64{0.2, 0.3, 0.5} {
					add(fmt.Sprintf("lift toward title, w=%g", w), tx+w*max(0, ti-tx))
					add(fmt.Sprintf("noisy-or, w=%g", w), 1-(1-tx)*(1-w*ti))
					add(fmt.Sprintf("weighted mean, w=%g", w), (1-w)*tx+w*ti)
				}
				add("Combine", Combine(jj, cc, c, ti, ok, true))
			}
		}
		t.Logf("BASIL: %d articles, %d pairs, %d same-event", len(arts), len(cos), npos)
		for k, d := range designs {
			report("title: "+d.name, titles[k])
		}
		report("shingle Jaccard (5 words)", jac)
		report("shingle containment (5 words)", con)
		report("Cosine", cos)
		report("text = max(Jaccard, containment, Cosine)", text)
		for _, name := range slices.Sorted(maps.Keys(combos)) {
			report("combined: "+name, combos[name])
		}
	})
}

func TestCountsWeighEqualsVector(t *testing.T) {
	texts := []string{"Peace talks in Berlin, talks and more talks", "Kiev and Kyiv", "", "the 2025 of it"}
	v := NewVocabulary(nil)
	var counts []Counts
	for _, s := range texts {
		counts = append(counts, v.AddCounts(topicalWords(s)))
	}
	if v.Docs() != len(texts) {
		t.Fatalf("Docs = %d, want %d", v.Docs(), len(texts))
	}
	if got := counts[0].Len(); got != 3 {
		t.Errorf("distinct terms of %q = %d, want 3 (peace, talks, berlin)", texts[0], got)
	}
	for i, s := range texts {
		want, got := v.Vector(topicalWords(s)), v.Weigh(counts[i])
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Vector{})); diff != "" {
			t.Errorf("%q: Weigh(AddCounts) differs from Vector (-want +got):\n%s", s, diff)
		}
	}
}

func TestTopAndCentroid(t *testing.T) {
	v := topicalVocab(nil, "alpha bravo", "alpha charlie", "alpha delta", "bravo", "echo")
	a := v.Vector(topicalWords("bravo bravo bravo alpha echo"))
	top := v.IndexTerms(a, 5)
	if len(top) != 2 || top[0] != xxhash.Sum64String("bravo") || top[1] != xxhash.Sum64String("alpha") {
		t.Errorf("IndexTerms = %x, want the hashes of bravo then alpha (echo is in one document)", top)
	}
	if got := v.IndexTerms(a, 1); len(got) != 1 || got[0] != top[0] {
		t.Errorf("IndexTerms(k=1) = %x, want %x", got, top[:1])
	}
	b := v.Vector(topicalWords("charlie alpha"))
	c := Centroid([]Vector{a, b})
	if got := v.TopTerms(c, 5); !slices.Contains(got, "alpha") || len(got) != 4 {
		t.Errorf("TopTerms(centroid) = %q, want 4 terms with alpha", got)
	}
	if math.Abs(Cosine(c, c)-1) > 1e-6 || Cosine(c, a) <= Cosine(b, a) {
		t.Errorf("the centroid should be nearer a than b is: cos(c,a)=%g cos(b,a)=%g", Cosine(c, a), Cosine(b, a))
	}
	if Centroid(nil).Len() != 0 {
		t.Error("Centroid(nil) is not empty")
	}
}

// TestCentroidIsUnit: a centroid is a vector of norm 1, as Vector
// returns them, so it can be averaged again: the centroid of one vector,
// or of two copies of it, is that vector.
func TestCentroidIsUnit(t *testing.T) {
	v := topicalVocab(nil, "alpha bravo", "alpha charlie", "alpha delta", "bravo", "echo")
	a := v.Vector(topicalWords("bravo bravo bravo alpha echo"))
	for _, vs := range [][]Vector{{a}, {a, a}} {
		c := Centroid(vs)
		if !slices.Equal(c.keys, a.keys) {
			t.Fatalf("Centroid of %d copies has keys %x, want %x", len(vs), c.keys, a.keys)
		}
		for i := range a.weights {
			if math.Abs(float64(c.weights[i]-a.weights[i])) > 1e-6 {
				t.Errorf("Centroid of %d copies weighs %x %v, want %v", len(vs), a.keys[i], c.weights[i], a.weights[i])
			}
		}
	}
}

func TestByWeight(t *testing.T) {
	x := Vector{keys: []uint64{1, 2, 3, 4, 5}, weights: []float32{0.1, 0.5, 0.1, 0.7, 0}}
	if got, want := x.byWeight(), []int{3, 1, 0, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("byWeight = %v, want %v (heaviest first, ties by hash)", got, want)
	}
}
