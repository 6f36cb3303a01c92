package similarity

import "slices"

// Text is one side of a pair to score.
type Text struct {
	Words []string // normalised words (corpus.Article.Words, corpus.Words)
	Title string
}

// PairScores is every score of one pair of texts.
type PairScores struct {
	Jaccard       float64 // of the shingle sets
	ContainmentAB float64 // share of A's shingles inside B
	ContainmentBA float64 // share of B's shingles inside A
	Estimate      float64 // the MinHash estimate of Jaccard that LSH works from
	Cosine        float64 // TF-IDF cosine of content words
	Title         float64 // title similarity; 0 when a title is missing
	HasTitle      bool
	Combined      float64 // see Combine
	Shingles      [2]int  // sizes of the two shingle sets
}

// ComparePair scores a pair of texts. v supplies the IDF weights of the
// collection the texts belong to; opt.Shingle, opt.Hashes, opt.Seed and
// opt.Canon are used as a Deduper would use them.
func ComparePair(a, b Text, v *Vocabulary, opt DedupOptions) PairScores {
	opt.defaults()
	sa := Shingles(a.Words, opt.Shingle, opt.Canon)
	sb := Shingles(b.Words, opt.Shingle, opt.Canon)
	var s PairScores
	s.Shingles = [2]int{len(sa), len(sb)}
	s.Jaccard = Jaccard(sa, sb)
	s.ContainmentAB = Containment(sa, sb)
	s.ContainmentBA = Containment(sb, sa)
	if len(sa) > 0 && len(sb) > 0 {
		signer := NewSigner(opt.Hashes, opt.Seed)
		s.Estimate = Estimate(signer.Sign(sa), signer.Sign(sb))
	}
	s.Cosine = Cosine(v.Vector(a.Words), v.Vector(b.Words))
	s.Title, s.HasTitle = TitleSimilarity(a.Title, b.Title, opt.Canon)
	hasText := len(a.Words) > 0 && len(b.Words) > 0
	s.Combined = Combine(s.Jaccard, max(s.ContainmentAB, s.ContainmentBA), s.Cosine, s.Title, s.HasTitle, hasText)
	return s
}

// Run is a range of words [Start, End) of a text.
type Run struct{ Start, End int }

// SharedRuns returns the passages two texts share, as ranges of A's words:
// maximal runs of A's n-word shingles that B has too, longest first and then
// in order of appearance. They explain a Jaccard score: a copied paragraph
// is one run, not fifty shingles.
func SharedRuns(a, b []string, n int, canon Canon) []Run {
	if n < 1 {
		n = 5
	}
	inB := map[uint64]bool{}
	for _, h := range Shingles(b, n, canon) {
		inB[h] = true
	}
	if len(a) < n {
		if len(a) > 0 && inB[Shingles(a, n, canon)[0]] {
			return []Run{{0, len(a)}}
		}
		return nil
	}
	var runs []Run
	for i := 0; i+n <= len(a); i++ {
		if !inB[Shingles(a[i:i+n], n, canon)[0]] {
			continue
		}
		if k := len(runs) - 1; k >= 0 && runs[k].End >= i {
			runs[k].End = i + n
		} else {
			runs = append(runs, Run{i, i + n})
		}
	}
	// Longest first; a stable sort keeps ties in order of appearance.
	slices.SortStableFunc(runs, func(x, y Run) int { return (y.End - y.Start) - (x.End - x.Start) })
	return runs
}
