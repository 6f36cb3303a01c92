// Package text is the article as framing's analyses read it, and the
// sentence that shows what they find. It sits below package framing and
// its sub-packages (discover, distinctive, sourcing), which all read Docs
// and report Examples, so that framing.Analyze can call them without an
// import cycle; framing re-exports Doc and Example as aliases.
//
// A Doc reads an article's title as part of what the outlet wrote: the
// title is its first sentence ([NewDoc]).
package text

import (
	"slices"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
)

// Doc is one article as framing reads it.
type Doc struct {
	ID, Outlet string
	Text       string
	Tokens     []corpus.Span // words of Text (corpus.Tokenize)
	Sentences  []corpus.Span // sentences of Text (corpus.SplitSentences)
	Event      string        // id of the article's event, "" when not grouped
	// Headline says the article has no body: Text is its title alone.
	Headline bool
	Date     time.Time // publication day; zero when unknown
	// Chrome are the sentences of Text that are site chrome of the outlet
	// ("View news.", "Add Interest"), set by [MarkChrome], in order.
	Chrome []corpus.Span
}

// MarkChrome sets the Chrome of docs: the short sentences that repeat
// across the stories of their outlet, by the rule the loader learns chrome
// lines with ([corpus.LearnRepeated]), read on sentences because some
// sites glue their chrome to the text ("… on Sunday. View news."). A story
// is known by its longest sentence, so copies of one count once.
func MarkChrome(docs []Doc, opt corpus.Options) {
	units := make([]corpus.ChromeUnits, len(docs))
	hashes := make([][]uint64, len(docs)) // per sentence, 0 for a long one
	for i := range docs {
		d := &docs[i]
		var longest string
		hs := make([]uint64, len(d.Sentences))
		var short []uint64
		for k, sp := range d.Sentences {
			s := strings.TrimSpace(d.Text[sp.Start:sp.End])
			if len(s) > len(longest) {
				longest = s
			}
			if s != "" && corpus.ShortUnit(s) {
				hs[k] = xxhash.Sum64String(s)
				if !slices.Contains(short, hs[k]) {
					short = append(short, hs[k])
				}
			}
		}
		hashes[i] = hs
		units[i] = corpus.ChromeUnits{Outlet: d.Outlet, Story: xxhash.Sum64String(longest), Short: short}
	}
	learned := corpus.LearnRepeated(units, opt)
	for i := range docs {
		set := learned[docs[i].Outlet]
		if set == nil {
			continue
		}
		for k, h := range hashes[i] {
			if h != 0 && set[h] {
				docs[i].Chrome = append(docs[i].Chrome, docs[i].Sentences[k])
			}
		}
	}
}

// InChrome reports whether byte offset off of d lies in a chrome sentence.
func (d *Doc) InChrome(off int32) bool {
	_, found := slices.BinarySearchFunc(d.Chrome, off, func(s corpus.Span, off int32) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	return found
}

// NewDoc returns the Doc of an article loaded by corpus (with sentences):
// its title, as a sentence of its own, then its body. A title is part of
// what an outlet wrote ("Kiev regime shells Donbass"), and a headline-only
// article is nothing else. The body is shared, not copied, when the title
// is empty or the body already begins with it.
func NewDoc(a *corpus.Article) Doc {
	d := Doc{ID: a.ID, Outlet: a.Outlet, Text: a.Text, Tokens: a.Tokens, Sentences: a.Sentences, Headline: a.TitleOnly(), Date: a.Date}
	title := strings.TrimSpace(a.Title)
	if title == "" || strings.HasPrefix(strings.TrimSpace(a.Text), title) {
		return d
	}
	off := int32(len(title) + 2)
	d.Text = title + "\n\n" + a.Text
	d.Tokens = corpus.Tokenize(title)
	for _, t := range a.Tokens {
		d.Tokens = append(d.Tokens, corpus.Span{Start: t.Start + off, End: t.End + off})
	}
	d.Sentences = append(make([]corpus.Span, 0, len(a.Sentences)+1), corpus.Span{Start: 0, End: int32(len(title))})
	for _, sp := range a.Sentences {
		d.Sentences = append(d.Sentences, corpus.Span{Start: sp.Start + off, End: sp.End + off})
	}
	return d
}

// Example is a sentence that shows a finding: which article, which outlet.
type Example struct {
	Doc      string `json:"article"`
	Outlet   string `json:"outlet"`
	Sentence string `json:"sentence"`
}

// MaxExamples is the most example sentences the analyses give for one
// finding (a term, an outlet's sourcing).
const MaxExamples = 2

// SentenceAt returns the sentence of d holding byte offset off, trimmed,
// or the text around it when d has no sentences.
func (d *Doc) SentenceAt(off int) string {
	for _, s := range d.Sentences {
		if int(s.Start) <= off && off < int(s.End) {
			return strings.TrimSpace(d.Text[s.Start:s.End])
		}
	}
	lo, hi := max(0, off-120), min(len(d.Text), off+120)
	for lo > 0 && lo < len(d.Text) && d.Text[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(d.Text) && d.Text[hi]&0xC0 == 0x80 {
		hi++
	}
	return strings.TrimSpace(d.Text[lo:hi])
}

// PhraseGap reports whether two words separated by gap form a phrase: the
// gap holds only spaces, tabs and hyphens ("special operation",
// "self-proclaimed").
func PhraseGap(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '-':
		default:
			return false
		}
	}
	return true
}
