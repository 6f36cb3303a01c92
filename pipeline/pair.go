package pipeline

import (
	"fmt"
	"strings"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// Pair is two articles to compare and what was read to find them.
type Pair struct {
	A, B *corpus.Article
	// Dump is every article of the dump A and B were named in by id; nil
	// when they were files of their own.
	Dump []*corpus.Article
	// Loads are the reads made, in order: the dump, or the files of A and B.
	Loads []Input
}

// Diagnostics returns the diagnostics of every read.
func (p *Pair) Diagnostics() []corpus.Diagnostic {
	var out []corpus.Diagnostic
	for _, l := range p.Loads {
		out = append(out, l.Diagnostics...)
	}
	return out
}

// NotOneError is a file named as one article of a pair that holds another
// number of them.
type NotOneError struct {
	Path     string
	Articles int
}

func (e *NotOneError) Error() string {
	return fmt.Sprintf("%s holds %d articles, not one", e.Path, e.Articles)
}

// LoadPair reads the two articles a pair command compares: the files a and
// b (one article each), or, when in is not empty, the articles with ids a
// and b of the dump in. A file holding another number of articles is a
// [*NotOneError]. The Pair is returned with an error too, holding the
// reads made before it, for their diagnostics.
func LoadPair(a, b, in string, opt corpus.Options) (*Pair, error) {
	p := &Pair{}
	if in != "" {
		d, err := load([]string{in}, opt)
		if err != nil {
			return p, err
		}
		p.Dump = d.Articles
		p.Loads = []Input{inputOf(d)}
		for _, x := range d.Articles {
			switch x.ID {
			case a:
				p.A = x
			case b:
				p.B = x
			}
		}
		for _, m := range []struct {
			id string
			a  *corpus.Article
		}{{a, p.A}, {b, p.B}} {
			if m.a == nil {
				return p, fmt.Errorf("no article with id %q in %s", m.id, in)
			}
		}
		return p, nil
	}
	for _, side := range []struct {
		path string
		dst  **corpus.Article
	}{{a, &p.A}, {b, &p.B}} {
		d, err := load([]string{side.path}, opt)
		if err != nil {
			return p, err
		}
		p.Loads = append(p.Loads, inputOf(d))
		if len(d.Articles) != 1 {
			return p, &NotOneError{Path: side.path, Articles: len(d.Articles)}
		}
		*side.dst = d.Articles[0]
	}
	return p, nil
}

// SimilarityResult is every similarity score of one pair.
type SimilarityResult struct {
	*Pair
	Scores similarity.PairScores
	// Shared are the passages the two share (their shingles in common, in
	// runs of A's words), as A writes them: longest first.
	Shared []string
}

// Similarity scores the pair a and b read as [LoadPair] reads them (with
// an error, the result holds the Pair LoadPair returned), with
// opt.Dedup's shingle size (see [similarity.ComparePair]). IDF weights come
// from the dump they were named in, or from the two. Shared passages are
// given as A's text, or, for an article with no body, as its title's
// normalised words.
func Similarity(a, b, in string, opt Options) (*SimilarityResult, error) {
	opt.stage(StageLoading)
	p, err := LoadPair(a, b, in, opt.Load)
	if err != nil {
		return &SimilarityResult{Pair: p}, err
	}
	all := p.Dump
	if all == nil {
		all = []*corpus.Article{p.A, p.B}
	}
	vocab := similarity.NewVocabulary(nil)
	for _, x := range all {
		vocab.Add(x.Words())
	}
	opt.stage(StageScoring)
	dopt := similarity.DedupOptions{Shingle: opt.Dedup.Shingle}
	wa, wb := p.A.ComparedWords(), p.B.ComparedWords()
	res := &SimilarityResult{Pair: p}
	res.Scores = similarity.ComparePair(similarity.Text{Words: wa, Title: p.A.Title}, similarity.Text{Words: wb, Title: p.B.Title}, vocab, dopt)
	for _, r := range similarity.SharedRuns(wa, wb, opt.Dedup.Shingle, nil) {
		res.Shared = append(res.Shared, runText(p.A, wa, r))
	}
	return res, nil
}

// runText is the text of a run of an article's words: the original text from
// its first to its last token, or the normalised words of a title-only
// article.
func runText(a *corpus.Article, words []string, r similarity.Run) string {
	if a.TitleOnly() {
		return strings.Join(words[r.Start:r.End], " ")
	}
	return a.Text[a.Tokens[r.Start].Start:a.Tokens[r.End-1].End]
}

// DiffResult is the alignment of one pair.
type DiffResult struct {
	*Pair
	Alignment *align.Result
}

// Diff aligns the pair a and b read as [LoadPair] reads them (with an
// error, the result holds the Pair LoadPair returned; see
// [align.Compare]), spelling variants folded by the lexicon of opt. When
// they were named in a dump, its other articles are the background that
// tells an outlet's boilerplate.
func Diff(a, b, in string, opt Options) (*DiffResult, error) {
	opt.stage(StageLoading)
	p, err := LoadPair(a, b, in, opt.Load)
	if err != nil {
		return &DiffResult{Pair: p}, err
	}
	opt.stage(StageAligning)
	aopt := align.Options{Canon: opt.lexicon().Canon(), Background: p.Dump}
	return &DiffResult{Pair: p, Alignment: align.Compare(p.A, p.B, aopt)}, nil
}

// PairsResult is the scores of each line of a pairs file.
type PairsResult struct {
	Lines       []ScoredPair
	Diagnostics []corpus.Diagnostic
}

// ScoredPair is one line of a pairs file and its scores; Scores is nil for
// a line that could not be scored (its Error says why).
type ScoredPair struct {
	corpus.PairLine
	Scores *similarity.PairScores
}

// Pairs scores each line of the pairs file at path (see [corpus.ReadPairs])
// with opt.Dedup's shingle size; IDF weights come from all texts of the
// file.
func Pairs(path string, opt Options) (*PairsResult, error) {
	opt.stage(StageLoading)
	lines, diags, err := corpus.ReadPairs(path, opt.Load)
	if err != nil {
		return nil, err
	}
	opt.stage(StageScoring)
	texts := make([][2]similarity.Text, len(lines))
	vocab := similarity.NewVocabulary(nil)
	for i, l := range lines {
		if l.Error == "" {
			texts[i] = [2]similarity.Text{{Words: l.A.Words(), Title: l.A.Title}, {Words: l.B.Words(), Title: l.B.Title}}
			vocab.Add(texts[i][0].Words)
			vocab.Add(texts[i][1].Words)
		}
	}
	res := &PairsResult{Lines: make([]ScoredPair, len(lines)), Diagnostics: diags}
	dopt := similarity.DedupOptions{Shingle: opt.Dedup.Shingle}
	for i, l := range lines {
		res.Lines[i].PairLine = l
		if l.Error == "" {
			s := similarity.ComparePair(texts[i][0], texts[i][1], vocab, dopt)
			res.Lines[i].Scores = &s
		}
	}
	return res, nil
}
