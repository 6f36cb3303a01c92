package similarity

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"
)

// This file holds the topical similarity of texts: TF-IDF vectors of content
// words and their cosine, the measure of "same subject, different wording"
// that shingles miss.
//
// Terms are identified by their 64-bit xxhash, not by a vocabulary index, so
// a vector holds no strings (it does not keep the article's text alive) and
// terms the vocabulary has never seen still match each other. Two distinct
// terms share a hash with probability about n²/2⁶⁵ for n distinct terms
// (about 3·10⁻⁸ for a million); such a collision would merge two terms, an
// error far below the noise of the measure.

// Vocabulary holds the document frequencies of content words over a
// collection, for IDF weights.
//
// Content words are normalised words that are not stop words (an embedded
// English list, stopwords.txt), lose an English possessive ending ("russia's"
// counts as "russia"), contain a letter and are at least two runes long; they
// are mapped by the [Canon] given to [NewVocabulary] when it is not nil, so
// that "kiev" and "kyiv" can count as one term.
//
// All methods are safe for concurrent use. Vectors made while documents are
// still being added see the counts of that moment: add the whole collection
// first, then make the vectors, so that all of them share one weighting. The
// zero Vocabulary is empty and uses no Canon; a nil *Vocabulary reads as one
// (every method but Add accepts it), so unweighted vectors need no
// vocabulary.
type Vocabulary struct {
	canon Canon

	mu    sync.RWMutex
	docs  int
	index map[uint64]int32 // term hash -> position in terms and df
	terms []string         // the canonical terms, owned copies
	df    []int32          // document frequency of each term
}

// topicalEmpty stands in for a nil *Vocabulary. It is never written.
var topicalEmpty Vocabulary

// NewVocabulary returns an empty vocabulary whose terms are mapped by canon
// (nil for none).
func NewVocabulary(canon Canon) *Vocabulary {
	return &Vocabulary{canon: canon, index: make(map[uint64]int32)}
}

// topicalHashes returns the hashes of the content terms of words, sorted
// (equal terms adjacent). Vector needs no more than this, and sorting plain
// integers is several times faster than sorting topicalKey values.
func topicalHashes(words []string, canon Canon) []uint64 {
	hs := make([]uint64, 0, len(words)/2+1)
	for _, w := range words {
		if t, ok := topicalTerm(w, canon); ok {
			hs = append(hs, xxhash.Sum64String(t))
		}
	}
	slices.Sort(hs)
	return hs
}

// Add counts one document, given as normalised words (as
// [corpus.Article.Words] returns them). Each content term counts once
// however often it occurs. A document without content words still counts
// towards the number of documents, N in the IDF weights.
func (v *Vocabulary) Add(words []string) { v.add(words) }

// add counts one document and returns the hashes of its content terms,
// sorted (equal terms adjacent). Only hashes are sorted; the few terms new
// to the vocabulary are found again in words.
func (v *Vocabulary) add(words []string) []uint64 {
	hs := topicalHashes(words, v.canon)
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.index == nil {
		v.index = make(map[uint64]int32)
	}
	v.docs++
	var fresh []uint64
	for i := 0; i < len(hs); {
		h := hs[i]
		for i < len(hs) && hs[i] == h {
			i++
		}
		if p, ok := v.index[h]; ok {
			v.df[p]++
			continue
		}
		v.index[h] = -1
		fresh = append(fresh, h)
	}
	for _, w := range words {
		if len(fresh) == 0 {
			break
		}
		t, ok := topicalTerm(w, v.canon)
		if !ok {
			continue
		}
		h := xxhash.Sum64String(t)
		if p, ok := v.index[h]; ok && p < 0 {
			v.index[h] = int32(len(v.terms))
			v.terms = append(v.terms, strings.Clone(t))
			v.df = append(v.df, 1)
			fresh = slices.DeleteFunc(fresh, func(x uint64) bool { return x == h })
		}
	}
	return hs
}

func (v *Vocabulary) dfLocked(h uint64) int {
	if p, ok := v.index[h]; ok {
		return int(v.df[p])
	}
	return 0
}

// idfLocked returns the inverse document frequency of a term that df of
// the documents contain, smoothed as scikit-learn's TfidfVectorizer does by
// default:
//
//	idf = ln((1+N) / (1+df)) + 1
//
// for N documents. The smoothing acts as if one more document held every
// term: it is defined for unseen terms (df = 0 gives ln(1+N) + 1, the
// largest weight), and the "+1" keeps a term that occurs in every document
// at weight 1 rather than 0, so two texts sharing only very common terms
// still score above texts sharing nothing. A word that is not a content
// word (a stop word, a number) is never looked up: it carries no weight in
// a [Vector]. v.mu must be held.
func (v *Vocabulary) idfLocked(df int) float64 {
	return math.Log(float64(1+v.docs)/float64(1+df)) + 1
}

// Vector is a sparse TF-IDF vector of content terms, L2-normalised, with
// sublinear term frequency (weight = (1 + ln tf) · idf, as scikit-learn's
// sublinear_tf): a term repeated ten times in a long article weighs about
// three times one mentioned once, not ten times, so long texts that repeat a
// name do not swamp the comparison. Terms are kept sorted by hash, so
// [Cosine] is a linear merge. Weights are float32: a vector costs 12 bytes
// per distinct term.
//
// The zero Vector has no terms; its cosine with anything is 0.
type Vector struct {
	keys    []uint64  // term hashes, ascending
	weights []float32 // one per key, Euclidean norm 1
}

// Len returns the number of distinct terms of x.
func (x Vector) Len() int { return len(x.keys) }

// Vector returns the TF-IDF vector of one document, given as normalised
// words (as [corpus.Article.Words] returns them), weighted by the current
// document frequencies. Terms the vocabulary has not seen weigh as df = 0.
// A document without content words gives the zero Vector.
func (v *Vocabulary) Vector(words []string) Vector {
	if v == nil {
		v = &topicalEmpty
	}
	return v.Weigh(countHashes(topicalHashes(words, v.canon)))
}

// Counts is one document's content terms with their frequencies, to be
// weighed by [Vocabulary.Weigh] once the whole collection is counted: a
// stream of documents is counted in one pass and weighed after it, without
// keeping the texts. It costs 12 bytes per distinct term.
type Counts struct {
	keys []uint64 // term hashes, ascending
	tf   []uint32 // one per key
}

// Len returns the number of distinct terms of c.
func (c Counts) Len() int { return len(c.keys) }

// countHashes counts runs of equal values in sorted hashes.
func countHashes(hs []uint64) Counts {
	n := 0
	for i := range hs {
		if i == 0 || hs[i] != hs[i-1] {
			n++
		}
	}
	c := Counts{keys: make([]uint64, 0, n), tf: make([]uint32, 0, n)}
	for i := 0; i < len(hs); {
		h := hs[i]
		n := 0
		for i < len(hs) && hs[i] == h {
			n++
			i++
		}
		c.keys = append(c.keys, h)
		c.tf = append(c.tf, uint32(n))
	}
	return c
}

// AddCounts adds one document as [Vocabulary.Add] does and returns its
// Counts.
func (v *Vocabulary) AddCounts(words []string) Counts {
	return countHashes(v.add(words))
}

// Weigh returns the TF-IDF vector of c under the current document
// frequencies, as [Vocabulary.Vector] weighs words.
func (v *Vocabulary) Weigh(c Counts) Vector {
	if v == nil {
		v = &topicalEmpty
	}
	if len(c.keys) == 0 {
		return Vector{}
	}
	out := Vector{keys: c.keys, weights: make([]float32, len(c.keys))}
	var sum float64
	v.mu.RLock()
	for i, h := range c.keys {
		w := (1 + math.Log(float64(c.tf[i]))) * v.idfLocked(v.dfLocked(h))
		out.weights[i] = float32(w)
		sum += w * w
	}
	v.mu.RUnlock()
	norm := math.Sqrt(sum)
	for i, w := range out.weights {
		out.weights[i] = float32(float64(w) / norm)
	}
	return out
}

// IndexTerms returns the hashes of the k highest-weighted terms of x that
// are in more than one document, heaviest first, ties by hash: the keys of
// an inverted index of candidate pairs. A term of one document can pair
// nothing, and in a small collection such terms weigh most.
func (v *Vocabulary) IndexTerms(x Vector, k int) []uint64 {
	if v == nil {
		v = &topicalEmpty
	}
	var out []uint64
	v.mu.RLock()
	for _, i := range x.byWeight() {
		if len(out) == k {
			break
		}
		if v.dfLocked(x.keys[i]) > 1 {
			out = append(out, x.keys[i])
		}
	}
	v.mu.RUnlock()
	return out
}

// Centroid returns the normalised sum of vs: the terms a set of documents
// share weigh most in it.
func Centroid(vs []Vector) Vector {
	sum := map[uint64]float64{}
	for _, x := range vs {
		for i, h := range x.keys {
			sum[h] += float64(x.weights[i])
		}
	}
	if len(sum) == 0 {
		return Vector{}
	}
	out := Vector{keys: make([]uint64, 0, len(sum))}
	for h := range sum {
		out.keys = append(out.keys, h)
	}
	slices.Sort(out.keys)
	var norm float64
	for _, h := range out.keys {
		norm += sum[h] * sum[h]
	}
	norm = math.Sqrt(norm)
	out.weights = make([]float32, len(out.keys))
	for i, h := range out.keys {
		out.weights[i] = float32(sum[h] / norm)
	}
	return out
}

// TopTerms returns the k highest-weighted terms of vec, heaviest first, for
// inverted indexes of candidate pairs. Ties are broken by the term's byte
// order, so the result is deterministic. Terms the vocabulary has not seen
// cannot be named (a vector keeps only hashes) and are left out, so build the
// vocabulary from the whole collection before asking. It returns fewer than
// k terms if vec has fewer, and nil if there are none or k <= 0.
func (v *Vocabulary) TopTerms(vec Vector, k int) []string {
	if v == nil {
		v = &topicalEmpty
	}
	if k <= 0 || vec.Len() == 0 {
		return nil
	}
	type termWeight struct {
		term string
		w    float32
	}
	// Look terms up in weight order, only as far as the k-th known term's
	// weight (ties included): a long vector costs a sort of floats, not a
	// lookup per term.
	var tws []termWeight
	v.mu.RLock()
	for _, i := range vec.byWeight() {
		if len(tws) >= k && vec.weights[i] < tws[k-1].w {
			break
		}
		if p, ok := v.index[vec.keys[i]]; ok {
			tws = append(tws, termWeight{v.terms[p], vec.weights[i]})
		}
	}
	v.mu.RUnlock()
	slices.SortFunc(tws, func(a, b termWeight) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	if len(tws) == 0 {
		return nil
	}
	if len(tws) > k {
		tws = tws[:k]
	}
	out := make([]string, len(tws))
	for i, tw := range tws {
		out[i] = tw.term
	}
	return out
}

// byWeight returns the positions of x's terms, heaviest first, ties by
// hash. Weights are positive, so their float32 bits order like them: each
// position is packed under its inverted weight and the packs sorted as
// integers.
func (x Vector) byWeight() []int {
	packed := make([]uint64, len(x.keys))
	for i, w := range x.weights {
		packed[i] = uint64(^math.Float32bits(w))<<32 | uint64(i)
	}
	slices.Sort(packed)
	idx := make([]int, len(packed))
	for i, p := range packed {
		idx[i] = int(uint32(p))
	}
	return idx
}

// Keys returns the term hashes of c, ascending. The slice is c's own: do
// not modify it.
func (c Counts) Keys() []uint64 { return c.keys }

// Lookup returns the term whose hash is h and its document frequency, and
// false if the vocabulary has not seen it.
func (v *Vocabulary) Lookup(h uint64) (term string, df int, ok bool) {
	if v == nil {
		return "", 0, false
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	p, ok := v.index[h]
	if !ok {
		return "", 0, false
	}
	return v.terms[p], int(v.df[p]), true
}

// Distinctive returns the k terms of vec that best tell its documents
// from the rest of the collection, for labels: TopTerms ranks by weight,
// Distinctive by weight × (idf − 1) / idf, which is 0 for a term in every
// document (in a collection about one war, "Ukraine" names no event) and
// near 1 for a rare one. Ties are broken by the term's byte order.
func (v *Vocabulary) Distinctive(vec Vector, k int) []string {
	if v == nil {
		v = &topicalEmpty
	}
	type termScore struct {
		term string
		s    float64
	}
	var ts []termScore
	kth := func() float64 { // the k-th best score so far, or 0
		if len(ts) < k {
			return 0
		}
		ss := make([]float64, len(ts))
		for i, t := range ts {
			ss[i] = t.s
		}
		slices.Sort(ss)
		return ss[len(ss)-k]
	}
	v.mu.RLock()
	// A score is at most the weight: in weight order, stop once the weight
	// falls under the k-th best score.
	for _, i := range vec.byWeight() {
		if k > 0 && float64(vec.weights[i]) < kth() {
			break
		}
		p, ok := v.index[vec.keys[i]]
		if !ok {
			continue
		}
		idf := v.idfLocked(int(v.df[p]))
		if s := float64(vec.weights[i]) * (idf - 1) / idf; s > 0 {
			ts = append(ts, termScore{v.terms[p], s})
		}
	}
	v.mu.RUnlock()
	slices.SortFunc(ts, func(a, b termScore) int {
		if c := cmp.Compare(b.s, a.s); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	out := make([]string, 0, min(k, len(ts)))
	for _, t := range ts[:min(k, len(ts))] {
		out = append(out, t.term)
	}
	return out
}

// Cosine returns the cosine similarity of a and b, in [0, 1] (weights are
// never negative). It divides by both norms rather than trusting the stored
// normalisation, so that Cosine(a, a) is exactly 1 for any non-zero a and
// rounding never leaves [0, 1]. It is 0 if either vector is zero, and
// symmetric: Cosine(a, b) == Cosine(b, a).
func Cosine(a, b Vector) float64 {
	var dot, na, nb float64
	i, j := 0, 0
	for i < len(a.keys) && j < len(b.keys) {
		switch ka, kb := a.keys[i], b.keys[j]; {
		case ka < kb:
			wa := float64(a.weights[i])
			na += wa * wa
			i++
		case ka > kb:
			wb := float64(b.weights[j])
			nb += wb * wb
			j++
		default:
			wa, wb := float64(a.weights[i]), float64(b.weights[j])
			dot += wa * wb
			na += wa * wa
			nb += wb * wb
			i++
			j++
		}
	}
	if dot == 0 {
		return 0
	}
	for ; i < len(a.weights); i++ {
		wa := float64(a.weights[i])
		na += wa * wa
	}
	for ; j < len(b.weights); j++ {
		wb := float64(b.weights[j])
		nb += wb * wb
	}
	return min(1, dot/math.Sqrt(na*nb))
}

// topicalTitleWeight is w in [Combine]: the share of the gap between the
// text evidence and a higher title score that the title adds.
const topicalTitleWeight = 0.3

// Combine returns one score in [0, 1] for a pair of articles from the
// shingle Jaccard and containment of their texts (computed by the caller),
// the [Cosine] of their TF-IDF vectors and the [TitleSimilarity] of their
// titles. hasText says whether both articles have text (when false,
// jaccard, containment and cosine are ignored); hasTitle whether both have a
// title with words (when false, title is ignored). Inputs are clamped to
// [0, 1], NaN counting as 0.
//
// The formula, with w = 0.3:
//
//	text     = max(jaccard, containment, cosine)
//	Combined = text + w·max(0, title − text)   with text and title
//	Combined = text                            with text only
//	Combined = title                           with title only
//	Combined = 0                               with neither
//
// Why:
//
//   - The text measures are alternative evidence, not independent votes: a
//     verbatim copy shows in the shingles (Jaccard, or containment when one
//     text is a truncated or padded copy of the other) and its cosine is
//     near 1 anyway; a rewrite of the same event shows in the cosine while
//     its shingles are near 0. The strongest of them is the text evidence;
//     averaging would punish each kind of pair for lacking the other's
//     signal.
//   - A title is a dozen words and outlets retitle stories, so it is weaker
//     evidence than a whole text: it can only lift the score toward itself,
//     by a share w of the gap. Copies of one text under different headlines
//     (syndication) keep their text score; different stories under similar
//     headlines gain a little, not a match. Combined never exceeds the
//     strongest single input, so a threshold on it reads in the same units
//     as the inputs.
//   - With no text (title-only records) the title is all there is.
//
// Combined is non-decreasing in each of jaccard, containment, cosine and
// title: raising title raises the second term; raising text raises the
// first term and lowers the second by at most w (< 1) times as much.
//
// On the 11175 pairs of 150 BASIL articles (50 events × 3 outlets), same
// event against different event, the ROC AUC of Cosine is 0.9997, of
// shingle Jaccard 0.933, of the title 0.962, and of Combined 0.9998 (best F1
// 0.922 for Cosine, 0.932 for Combined). A noisy-or (1 − (1−text)(1−w·title))
// and a weighted mean ((1−w)·text + w·title) scored the same within a pair
// or two; this form was kept for the properties above: the mean drags a
// retitled copy below its text score, and the noisy-or can exceed the
// strongest input. w = 0.3 was not fitted:
// 0.2 and 0.3 scored alike and 0.5 slightly worse (see TestTopicalMeasure).
func Combine(jaccard, containment, cosine, title float64, hasTitle, hasText bool) float64 {
	title = topicalClamp(title)
	switch {
	case hasText:
		text := max(topicalClamp(jaccard), topicalClamp(containment), topicalClamp(cosine))
		if hasTitle && title > text {
			return text + topicalTitleWeight*(title-text)
		}
		return text
	case hasTitle:
		return title
	}
	return 0
}

// topicalClamp returns x clamped to [0, 1], with NaN as 0.
func topicalClamp(x float64) float64 {
	if !(x > 0) {
		return 0
	}
	return min(x, 1)
}
