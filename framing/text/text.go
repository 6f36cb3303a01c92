// Package text is the article as framing's analyses read it, and the
// sentence that shows what they find. It sits below package framing and
// its sub-packages (discover, distinctive, sourcing), which all read Docs
// and report Examples, so that framing.Analyze can call them without an
// import cycle; framing re-exports Doc and Example as aliases.
//
// A Doc reads an article's title as part of what the outlet wrote: the
// title is its first sentence ([NewDoc]). The title is held beside the
// article's body, which the Doc shares with the corpus.Article, and the
// analyses read both through one offset space ([Doc.Token], [Doc.Slice]).
package text

import (
	"slices"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
)

// Part is a text with its words and sentences.
type Part struct {
	Text      string
	Tokens    []corpus.Span // words of Text (corpus.Tokenize)
	Sentences []corpus.Span // sentences of Text (corpus.SplitSentences)
}

// Doc is one article as framing reads it: its Title, when read, then its
// body (Text, Tokens, Sentences).
//
// The offsets of a Doc (of [Doc.Token], [Doc.Sentence], Chrome, and what
// [Doc.Slice] and [Doc.SentenceAt] take) are those of one text: the title,
// a blank line, the body; so the body's offsets are its own plus
// len(Title.Text)+2 when there is a title, and the two parts never join
// into one word, phrase or sentence. Read the words and sentences of a
// Doc through these methods, not through Text and Tokens, which are the
// body alone.
type Doc struct {
	ID, Outlet string
	// Title is the article's title as a sentence of its own; empty when
	// the title is empty or the body begins with it.
	Title     Part
	Text      string        // the body
	Tokens    []corpus.Span // words of Text (corpus.Tokenize)
	Sentences []corpus.Span // sentences of Text (corpus.SplitSentences)
	Event     string        // id of the article's event, "" when not grouped
	// Headline says the article has no body: its text is its title alone.
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
		hs := make([]uint64, d.NumSentences())
		var short []uint64
		for k := range hs {
			sp := d.Sentence(k)
			s := strings.TrimSpace(d.Slice(sp.Start, sp.End))
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
				docs[i].Chrome = append(docs[i].Chrome, docs[i].Sentence(k))
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
// article is nothing else. The body is shared, not copied; the title is
// not read again when the body already begins with it.
func NewDoc(a *corpus.Article) Doc {
	d := Doc{ID: a.ID, Outlet: a.Outlet, Text: a.Text, Tokens: a.Tokens, Sentences: a.Sentences, Headline: a.TitleOnly(), Date: a.Date}
	title := strings.TrimSpace(a.Title)
	if title == "" || strings.HasPrefix(strings.TrimSpace(a.Text), title) {
		return d
	}
	d.Title = Part{Text: title, Tokens: corpus.Tokenize(title), Sentences: []corpus.Span{{Start: 0, End: int32(len(title))}}}
	return d
}

// bodyOff returns the offset of the body in the offsets of d.
func (d *Doc) bodyOff() int32 {
	if d.Title.Text == "" {
		return 0
	}
	return int32(len(d.Title.Text)) + 2
}

// Len returns the length of the text of d: title, blank line and body.
func (d *Doc) Len() int { return int(d.bodyOff()) + len(d.Text) }

// NumTokens returns the number of words of d, title and body.
func (d *Doc) NumTokens() int { return len(d.Title.Tokens) + len(d.Tokens) }

// Token returns word i of d, the title's first.
func (d *Doc) Token(i int) corpus.Span { return d.span(d.Title.Tokens, d.Tokens, i) }

// span returns span i of the title's spans then the body's, in the
// offsets of d.
func (d *Doc) span(title, body []corpus.Span, i int) corpus.Span {
	if i < len(title) {
		return title[i]
	}
	off, s := d.bodyOff(), body[i-len(title)]
	return corpus.Span{Start: s.Start + off, End: s.End + off}
}

// Word returns the text of word i of d.
func (d *Doc) Word(i int) string {
	t := d.Token(i)
	return d.Slice(t.Start, t.End)
}

// NumSentences returns the number of sentences of d, title and body.
func (d *Doc) NumSentences() int { return len(d.Title.Sentences) + len(d.Sentences) }

// Sentence returns sentence k of d, the title's first.
func (d *Doc) Sentence(k int) corpus.Span { return d.span(d.Title.Sentences, d.Sentences, k) }

// Slice returns the text of d from offset lo to hi. Within one part it
// shares the part's text; across the two it is built.
func (d *Doc) Slice(lo, hi int32) string {
	off := d.bodyOff()
	if lo >= off {
		return d.Text[lo-off : hi-off]
	}
	if hi <= int32(len(d.Title.Text)) {
		return d.Title.Text[lo:hi]
	}
	s := d.Title.Text + "\n\n"
	if hi > off {
		s += d.Text[:hi-off]
	}
	return s[lo:hi]
}

// byteAt returns the byte of d at offset i.
func (d *Doc) byteAt(i int) byte {
	off := int(d.bodyOff())
	switch {
	case i >= off:
		return d.Text[i-off]
	case i < len(d.Title.Text):
		return d.Title.Text[i]
	}
	return '\n'
}

// Parts returns the parts of d that hold text, the title first. A
// sentence or word never spans two parts.
func (d *Doc) Parts() []Part {
	body := Part{Text: d.Text, Tokens: d.Tokens, Sentences: d.Sentences}
	if d.Title.Text == "" {
		return []Part{body}
	}
	return []Part{d.Title, body}
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
	for k := range d.NumSentences() {
		if s := d.Sentence(k); int(s.Start) <= off && off < int(s.End) {
			return strings.TrimSpace(d.Slice(s.Start, s.End))
		}
	}
	n := d.Len()
	lo, hi := max(0, off-120), min(n, off+120)
	for lo > 0 && lo < n && d.byteAt(lo)&0xC0 == 0x80 {
		lo--
	}
	for hi < n && d.byteAt(hi)&0xC0 == 0x80 {
		hi++
	}
	return strings.TrimSpace(d.Slice(int32(lo), int32(hi)))
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
