package report

// Diff is the JSON contract's view of what two articles share and where
// they differ (`compare diff`). Sentences are numbered from 0 in each
// article; offsets are byte offsets into the article's cleaned text.
type Diff struct {
	A       DiffSide    `json:"a"`
	B       DiffSide    `json:"b"`
	Summary DiffSummary `json:"summary"`
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
}

// DiffSide is one of the two articles, with its sentences for renderers.
type DiffSide struct {
	ID        string   `json:"id"`
	Outlet    string   `json:"outlet"`
	Title     string   `json:"title,omitempty"`
	Sentences []string `json:"sentences"`
}

// DiffSummary counts words as wdiff -s does: words of aligned sentences that
// the word diff keeps, and the words only one side has (deleted or inserted
// words, and all words of unmatched sentences).
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
}

// DiffPassage is a run of words both articles carry.
type DiffPassage struct {
	AStart      int  `json:"a_start"`
	AEnd        int  `json:"a_end"`
	BStart      int  `json:"b_start"`
	BEnd        int  `json:"b_end"`
	Words       int  `json:"words"`
	Boilerplate bool `json:"boilerplate,omitempty"`
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
