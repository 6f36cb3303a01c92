package report

import (
	"errors"
	"io"
	"strings"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
)

// Diff is the section of `compare diff`, the JSON contract's view of what
// two articles share and where they differ; its fields are at the top
// level of the document. Sentences are numbered from 0 in each article;
// offsets are byte offsets into the article's cleaned text.
type Diff struct {
	A DiffSide `json:"a"`
	B DiffSide `json:"b"`
	// TitleDiff is the word diff of the titles (empty when neither has
	// one); an article with no body is compared on its title alone.
	TitleDiff []DiffOp    `json:"title_diff"`
	Summary   DiffSummary `json:"summary"`
	// Pairs are the aligned sentences, in the order of A: one sentence
	// each (1:1), or one and two (a sentence split or merged by an editor).
	Pairs []DiffPair `json:"pairs"`
	OnlyA []int      `json:"only_a"` // sentences of A matched by none of B
	OnlyB []int      `json:"only_b"`
	// Passages are the maximal runs of shared words, extended across small
	// gaps, longest first.
	Passages      []DiffPassage `json:"passages"`
	Quotes        []DiffQuote   `json:"quotes"`
	Substitutions []DiffSub     `json:"substitutions"`
	// View is how the table format shows the diff on a terminal.
	View DiffView `json:"-"`
}

// DiffSide is one of the two articles, with its sentences for renderers.
type DiffSide struct {
	ID        string   `json:"id"`
	Outlet    string   `json:"outlet"`
	Title     string   `json:"title,omitempty"`
	Sentences []string `json:"sentences"`
}

// DiffSummary counts words as wdiff -s does: words of the titles and of
// aligned sentences that the word diffs keep, and the words only one side
// has (deleted or inserted words, and all words of unmatched sentences).
type DiffSummary struct {
	SharedWords int `json:"shared_words"`
	OnlyAWords  int `json:"only_a_words"`
	OnlyBWords  int `json:"only_b_words"`
	// SharedPercent is SharedWords over the words of the longer article.
	SharedPercent float64 `json:"shared_percent"`
}

// DiffPair is one alignment of sentences with their word diff.
type DiffPair struct {
	ASentences []int    `json:"a_sentences"`
	BSentences []int    `json:"b_sentences"`
	Similarity float64  `json:"similarity"`
	Moved      bool     `json:"moved"` // out of order: matched outside the monotone alignment
	Diff       []DiffOp `json:"diff"`
}

// DiffOp is one run of a word diff: text kept (equal), only in A (delete)
// or only in B (insert). Text keeps the article's spacing.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
	// B is, for an "equal" run, B's own text of those words when B writes
	// them otherwise (case, quotes, hyphens, punctuation): the text of B's
	// side of the diff. Empty when the two read the same.
	B string `json:"b,omitempty"`
}

// DiffPassage is a run of words both articles carry: its text as A writes
// it, and as B does when B's differs (a passage goes on across a few
// changed words).
type DiffPassage struct {
	Text        string `json:"text"`
	TextB       string `json:"text_b,omitempty"`
	AStart      int    `json:"a_start"`
	AEnd        int    `json:"a_end"`
	BStart      int    `json:"b_start"`
	BEnd        int    `json:"b_end"`
	Words       int    `json:"words"`
	Boilerplate bool   `json:"boilerplate,omitempty"`
}

// DiffQuote is a quoted span: in one article or in both.
type DiffQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	// In is "a", "b" or "both"; for both, Similarity is 1 for the same
	// words and less for a quote one outlet altered.
	In         string  `json:"in"`
	Similarity float64 `json:"similarity,omitempty"`
	AStart     *int    `json:"a_start,omitempty"`
	BStart     *int    `json:"b_start,omitempty"`
	// Altered is B's wording of a quote both carry, when it differs.
	Altered string `json:"altered,omitempty"`
}

// DiffSub is a substitution found in the word diffs: words of A replaced by
// words of B, normalised, with the number of times.
type DiffSub struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Count int    `json:"count"`
}

// NewDiff returns the section of `compare diff` from an alignment r of a
// and b.
func NewDiff(a, b *corpus.Article, r *align.Result) *Diff {
	side := func(x *corpus.Article) DiffSide {
		s := DiffSide{ID: x.ID, Outlet: x.Outlet, Title: x.Title, Sentences: []string{}}
		for i := range x.Sentences {
			s.Sentences = append(s.Sentences, strings.TrimSpace(x.Sentence(i)))
		}
		if len(x.Sentences) == 0 && strings.TrimSpace(x.Text) != "" {
			s.Sentences = append(s.Sentences, strings.TrimSpace(x.Text))
		}
		return s
	}
	d := &Diff{A: side(a), B: side(b), OnlyA: orEmpty(r.OnlyA), OnlyB: orEmpty(r.OnlyB),
		Pairs: []DiffPair{}, Passages: []DiffPassage{}, Quotes: []DiffQuote{}, Substitutions: []DiffSub{}}
	s := r.Summary
	d.Summary = DiffSummary{SharedWords: s.Shared, OnlyAWords: s.OnlyA, OnlyBWords: s.OnlyB}
	if m := max(s.WordsA, s.WordsB); m > 0 {
		d.Summary.SharedPercent = round4(100 * float64(s.Shared) / float64(m))
	}
	d.TitleDiff = diffOps(r.Title)
	for _, p := range r.Pairs {
		d.Pairs = append(d.Pairs, DiffPair{ASentences: p.A, BSentences: p.B, Similarity: p.Similarity, Moved: p.Moved, Diff: diffOps(p.Diff)})
	}
	for _, p := range r.Passages {
		ta, tb := passageText(a, p.AStart, p.AEnd), passageText(b, p.BStart, p.BEnd)
		dp := DiffPassage{Text: ta, AStart: p.AStart, AEnd: p.AEnd, BStart: p.BStart, BEnd: p.BEnd, Words: p.Words, Boilerplate: p.Boilerplate}
		if tb != ta {
			dp.TextB = tb
		}
		d.Passages = append(d.Passages, dp)
	}
	sharedA, sharedB := map[int]bool{}, map[int]bool{}
	for _, m := range r.SharedQuotes {
		qa, qb := r.QuotesA[m.A], r.QuotesB[m.B]
		as, bs := qa.Start, qb.Start
		q := DiffQuote{Text: qa.Text, Speaker: qa.Speaker, In: "both", Similarity: round4(m.Similarity), AStart: &as, BStart: &bs}
		if q.Speaker == "" {
			q.Speaker = qb.Speaker
		}
		if m.Similarity < 1 {
			q.Altered = qb.Text // B's words differ, not only its punctuation
		}
		d.Quotes = append(d.Quotes, q)
		sharedA[m.A], sharedB[m.B] = true, true
	}
	for i, q := range r.QuotesA {
		if !sharedA[i] {
			st := q.Start
			d.Quotes = append(d.Quotes, DiffQuote{Text: q.Text, Speaker: q.Speaker, In: "a", AStart: &st})
		}
	}
	for j, q := range r.QuotesB {
		if !sharedB[j] {
			st := q.Start
			d.Quotes = append(d.Quotes, DiffQuote{Text: q.Text, Speaker: q.Speaker, In: "b", BStart: &st})
		}
	}
	for _, sub := range r.Substitutions {
		d.Substitutions = append(d.Substitutions, DiffSub{From: sub.From, To: sub.To, Count: sub.Count})
	}
	return d
}

// diffOps converts a word diff of align.
func diffOps(ops []align.Op) []DiffOp {
	out := make([]DiffOp, 0, len(ops))
	for _, op := range ops {
		out = append(out, DiffOp{Op: string(op.Kind), Text: op.Text, B: op.B})
	}
	return out
}

// passageText is the text of x from byte start to end, its spacing
// (line breaks between paragraphs) folded to single spaces.
func passageText(x *corpus.Article, start, end int) string {
	if start < 0 || end > len(x.Text) || start > end {
		return ""
	}
	return strings.Join(strings.Fields(x.Text[start:end]), " ")
}

// Table writes the diff for a terminal in the view d.View (see
// [DiffView]), or as Markdown when md is set.
func (d *Diff) Table(w io.Writer, md bool) error {
	if md {
		return writeDiffMarkdown(w, d)
	}
	return writeDiffText(w, d, d.View)
}

// JSON adds the fields of the diff at the top level: "a", "b", "summary",
// "pairs", "only_a", "only_b", "passages", "quotes", "substitutions".
func (d *Diff) JSON(o *Object) error { return o.AddFields(d) }

// lacks says that a diff has no CSV, and which formats it has.
func (d *Diff) lacks(f Format) error {
	if f == CSV {
		return errors.New("report: compare diff has no csv format (use json, markdown, html or table)")
	}
	return nil
}
