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
	return ComparePrepared(Prepare(a, v, opt), Prepare(b, v, opt))
}

// PreparedText is a text as [ComparePair] reads it: its shingles, their
// MinHash signature and its TF-IDF vector, made once for a text compared
// with several others.
type PreparedText struct {
	shingles []uint64
	sig      []uint32
	vec      Vector
	title    string
	words    bool // it has words
	canon    Canon
}

// Prepare prepares t for [ComparePrepared] with the weights of v and the
// shingles of opt, as ComparePair would.
func Prepare(t Text, v *Vocabulary, opt DedupOptions) PreparedText {
	opt.defaults()
	p := PreparedText{shingles: Shingles(t.Words, opt.Shingle, opt.Canon), title: t.Title, words: len(t.Words) > 0, canon: opt.Canon}
	if len(p.shingles) > 0 {
		p.sig = NewSigner(opt.Hashes, opt.Seed).Sign(p.shingles)
	}
	p.vec = v.Vector(t.Words)
	return p
}

// ComparePrepared scores two texts prepared with one vocabulary and
// options: what ComparePair gives of the texts.
func ComparePrepared(a, b PreparedText) PairScores {
	sa, sb := a.shingles, b.shingles
	var s PairScores
	s.Shingles = [2]int{len(sa), len(sb)}
	s.Jaccard = Jaccard(sa, sb)
	s.ContainmentAB = Containment(sa, sb)
	s.ContainmentBA = Containment(sb, sa)
	if a.sig != nil && b.sig != nil {
		s.Estimate = Estimate(a.sig, b.sig)
	}
	s.Cosine = Cosine(a.vec, b.vec)
	s.Title, s.HasTitle = TitleSimilarity(a.title, b.title, a.canon)
	hasText := a.words && b.words
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
