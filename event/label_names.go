package event

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/english"
	"github.com/newsfold/compare/similarity"
)

// This file reads the names of one article for its event's label;
// label_parts.go chooses among those of an event's articles.

// labelKeep is how many names of an article are kept for its event's
// label: those of its title first, then the most mentioned (a surname
// counting its mentions alone and as the last word of runs), then those
// not only at the start of a sentence. AllSides' first 10,000 articles
// name 43 each (median; 83 at the 90th percentile), most of them once; the
// label of an event shows those most of its articles share.
const labelKeep = 32

// mention is a name as one article uses it: a capitalised word, or a run
// of them ("Jared Kushner", "White House", "General Staff"). Its counts
// stop at 65,535.
type mention struct {
	key  uint64 // hash of the canonical terms, space-joined
	last uint64 // hash of the last canonical term; key for one word
	form string // as written, possessive ending dropped: "Kiev", "White House"
	n    uint16 // mentions, possessive ones ("Trump's envoy") not counted
	poss uint16 // possessive mentions
	// loc counts the mentions after "in", "at" or "near" (and "the"):
	// "in Berlin", "at the Kremlin".
	loc uint16
	// attr counts the mentions a lower-case content word follows, as an
	// adjective is followed by its noun: "Russian troops".
	attr uint16
	// the counts the mentions after "the" that no lower-case word follows:
	// "the House" names a body or a place, never a person, where "the Obama
	// administration" does not count.
	the   uint16
	first int32 // token of the first mention
	words int8  // 1 for a word, more for a run (at most 127)
	// initial is set when every time it opens a sentence: a name only if
	// an article of the event writes it mid-sentence too, a word alone or
	// as the last of a run ("Steve Witkoff … Witkoff and Kushner met";
	// "Despite", "View news.", "Later Witkoff" stand nowhere else).
	initial bool
	title   bool // every word of it is in the article's title
	// lastTitle is set when its last word is in the article's title
	// ("Zelensky Talks with U.S. Envoys" for "Vladimir Zelensky").
	lastTitle bool
	// titled is set when a title or role stands before a mention: "Mr.
	// Trump", "President Obama", "envoy Steve Witkoff". It names a person.
	titled bool
}

// locative reports whether the lower-case word w stands before a place:
// "in Berlin", "at the Kremlin", "near Kharkiv".
func locative(w string) bool { return w == "in" || w == "at" || w == "near" }

// runWord is a word of a run of capitalised words.
type runWord struct {
	term  string // canonical content term
	hash  uint64 // its xxhash
	tok   int    // token index
	role  bool   // english.IsRole
	opens bool   // opens a sentence
}

// nameReader reads the names of one text. Readers are pooled: the maps
// and slices of one article serve the next.
type nameReader struct {
	text             string
	toks             []corpus.Span
	words            []string
	title            []uint64       // the title's content terms, sorted
	index            map[uint64]int // mention key -> index in ms
	ms               []mention      // the mentions read
	run              []runWord
	digest           xxhash.Digest
	poss, loc, the   bool              // the run ends with a possessive; follows a locative; follows "the"
	titled           bool              // the run follows a title or a role
	afterTitle       bool              // the run follows a title
	titleCase        bool              // the line being read is in title case
	lineEnd, prevEnd int               // the line read ends at byte lineEnd; the last token read at prevEnd
	total            map[uint64]uint32 // mentions of a last word
	order            []keep
	keepOrder        func(a, b keep) int

	// The names that score events (see names): hashes, surface forms, the
	// run being read.
	headline bool
	hs       []uint64
	surfs    []surface
	seen     map[uint64]bool
	nrun     []string
}

// keep is a mention, by index, and the mentions of its last word in the
// article, to choose those an article keeps.
type keep struct {
	mention int
	total   uint32
}

var readers = sync.Pool{New: func() any {
	r := &nameReader{index: map[uint64]int{}, total: map[uint64]uint32{}, seen: map[uint64]bool{}}
	r.keepOrder = func(a, b keep) int {
		x, y := &r.ms[a.mention], &r.ms[b.mention]
		if x.title != y.title {
			if x.title {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.total, a.total); c != 0 {
			return c
		}
		if x.initial != y.initial {
			if y.initial {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(y.n+y.poss, x.n+x.poss); c != 0 {
			return c
		}
		return cmp.Compare(x.first, y.first)
	}
	return r
}}

// readNames reads article a once for the names that score events and the
// names its event's label chooses from: it returns the first two as
// [names] does, and the label's, at most labelKeep sorted by key, words
// being a's [corpus.Article.ComparedWords].
//
// A name of a label is a capitalised content word
// ([similarity.ContentTerm]; not a title such as "Mr" or "Sen", not the
// name of a month or a day) or a run of them joined by a space or a hyphen
// ("Ivano-Frankivsk"; "WASHINGTON -- Massachusetts" is two names),
// folded by the canon ("Kiev" and "Kyiv" are one name); a middle initial
// stays in a run ("George W. Bush"). A run ends after a possessive
// ("Ukraine's Donbas" is two names) and is cut at a word of office
// ([english.IsRole]): "White House Special Envoy Steve Witkoff" is "White
// House" and "Steve Witkoff". A role word that also names bodies stays in
// a name when it ends one ("Associated Press") or a word that is not a
// role follows it ("General Staff", "Attorney General Eric Holder");
// others go ("Martin Luther King" is "Martin Luther", as "White House
// Chief" is "White House"). A line in title case (a headline or a heading
// such as "Putin Wants Land") says nothing of which of its words are
// names: each word counts alone, as if it opened a sentence.
func (b *Builder) readNames(a *corpus.Article, words []string) (hs []uint64, surfs []surface, label []mention) {
	r := readers.Get().(*nameReader)
	defer r.release()
	r.readAll(a, words, b.opt.Canon)
	hs, surfs = r.scoreNames()
	for _, m := range r.ms {
		r.total[m.last] += uint32(m.n) + uint32(m.poss)
	}
	r.order = r.order[:0]
	for k := range r.ms {
		r.order = append(r.order, keep{k, r.total[r.ms[k].last]})
	}
	slices.SortFunc(r.order, r.keepOrder)
	label = make([]mention, min(len(r.ms), labelKeep))
	for k := range label {
		label[k] = r.ms[r.order[k].mention]
		label[k].form = strings.Clone(label[k].form)
	}
	slices.SortFunc(label, func(x, y mention) int { return cmp.Compare(x.key, y.key) })
	return hs, surfs, label
}

// readAll reads the tokens of a, words being their normalised forms.
func (r *nameReader) readAll(a *corpus.Article, words []string, canon similarity.Canon) {
	r.text, r.toks = a.ComparedText()
	r.words = words
	r.headline = a.TitleOnly()
	r.title = titleTerms(r.title[:0], a.Title, canon)
	for i := range r.toks {
		r.read(i, canon)
	}
	r.endRuns()
}

// endRuns ends the runs of capitalised words being read.
func (r *nameReader) endRuns() {
	r.flushScore()
	r.flush()
}

// read reads token i.
func (r *nameReader) read(i int, canon similarity.Canon) {
	text, toks, words := r.text, r.toks, r.words
	t := toks[i]
	if c := text[t.Start]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
		r.endRuns() // most words: no name
		r.prevEnd = int(t.End)
		return
	}
	w := text[t.Start:t.End]
	switch gap := text[r.prevEnd:t.Start]; {
	case !joins(gap):
		r.endRuns()
	case gap != " " && gap != "-" && gap != "\u00a0" && gap != "":
		r.flush() // "WASHINGTON -- Massachusetts" is two names
	}
	r.prevEnd = int(t.End)
	if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
		r.endRuns()
		return
	}
	if len(r.run) > 0 && isInitial(w) && strings.HasPrefix(text[t.End:], ".") {
		r.flushScore()
		r.prevEnd++ // a middle initial: "George W. Bush"
		return
	}
	term, ok := similarity.ContentTerm(words[i], canon)
	if !ok {
		r.endRuns()
		return
	}
	h, opens := xxhash.Sum64String(term), opensSentence(text[:t.Start])
	r.readScore(w, term, h, opens)
	if english.IsTitle(w) || (english.IsCalendarName(w) || english.IsCalendarAbbrev(w)) && !english.HasOtherSense(w) {
		r.flush()
		return
	}
	if int(t.Start) >= r.lineEnd {
		r.lineEnd = len(text)
		if k := strings.IndexByte(text[t.Start:], '\n'); k >= 0 {
			r.lineEnd = int(t.Start) + k
		}
		start, j := strings.LastIndexByte(text[:t.Start], '\n')+1, i
		for j > 0 && int(toks[j-1].Start) >= start {
			j--
		}
		r.titleCase = isTitleCase(text, toks[j:], words[j:], r.lineEnd)
	}
	if len(r.run) == 0 && i > 0 {
		r.loc = locative(words[i-1]) || i > 1 && words[i-1] == "the" && locative(words[i-2])
		r.the = words[i-1] == "the"
		prev := toks[i-1]
		r.afterTitle = english.IsTitle(text[prev.Start:prev.End]) // "Mr. Umerov" opens no sentence
		r.titled = r.afterTitle || english.IsRole(words[i-1]) && !english.Qualifier.Is(words[i-1])
	}
	r.run = append(r.run, runWord{term, h, i, english.IsRole(words[i]), opens})
	switch {
	case english.TrimPossessive(words[i]) != words[i]:
		r.poss = true
		r.flush()
	case r.titleCase:
		r.flush()
	}
}

// flush adds the mentions of the run read and starts another: its parts
// between role words, which are dropped unless they stay in a name (see
// labelNames).
func (r *nameReader) flush() {
	run := r.run
	lo := 0
	for i, w := range run {
		switch {
		case !w.role:
			continue
		case !english.Body.Is(r.words[w.tok]):
		case i == len(run)-1 && i > lo: // "Associated Press"
			continue
		case i+1 < len(run) && !run[i+1].role: // "General Staff"
			continue
		}
		if i > lo {
			r.emit(lo, i, false)
		}
		lo = i + 1
	}
	if lo < len(run) {
		r.emit(lo, len(run), r.poss)
	}
	r.run, r.poss, r.loc, r.the, r.titled, r.afterTitle = run[:0], false, false, false, false, false
}

// emit adds the mention run[lo:hi].
func (r *nameReader) emit(lo, hi int, poss bool) {
	run := r.run[lo:hi]
	first, last := r.toks[run[0].tok], r.toks[run[len(run)-1].tok]
	initial := lo == 0 && (r.titleCase || run[0].opens && !r.afterTitle)
	titled := lo > 0 && !english.Qualifier.Is(r.words[r.run[lo-1].tok]) || lo == 0 && r.titled
	form := r.text[first.Start:last.End]
	if strings.Contains(r.text[last.Start:last.End], ".") && strings.HasPrefix(r.text[last.End:], ".") {
		form = r.text[first.Start : last.End+1] // "U.S.", whose last dot is no token's
	}
	if poss {
		form = english.TrimPossessive(form)
	}
	lastHash := run[len(run)-1].hash
	key, inTitle := lastHash, r.inTitle(lastHash)
	if len(run) > 1 {
		r.digest.Reset()
		for i, w := range run {
			if i > 0 {
				_, _ = r.digest.WriteString(" ")
			}
			_, _ = r.digest.WriteString(w.term)
			inTitle = inTitle && r.inTitle(w.hash)
		}
		key = r.digest.Sum64()
	}
	k, ok := r.index[key]
	if !ok {
		k = len(r.ms)
		r.index[key] = k
		r.ms = append(r.ms, mention{key: key, last: lastHash, form: form, words: int8(min(len(run), 127)),
			first: int32(run[0].tok), initial: true, title: inTitle, lastTitle: r.inTitle(lastHash)})
	}
	m := &r.ms[k]
	if m.form != form && allCaps(m.form) && !allCaps(form) {
		m.form = form // "Washington", not the dateline's "WASHINGTON"
	}
	m.initial = m.initial && initial
	m.titled = m.titled || titled
	if poss {
		inc(&m.poss)
		return
	}
	inc(&m.n)
	if lo == 0 && r.loc {
		inc(&m.loc)
	}
	if r.adjective(run[len(run)-1].tok) {
		inc(&m.attr)
		return
	}
	if lo == 0 && r.the {
		inc(&m.the)
	}
}

// inc adds one to *c, stopping at its largest value.
func inc(c *uint16) {
	if *c < ^uint16(0) {
		*c++
	}
}

// adjective reports whether a lower-case content word follows token i
// after one space, as a noun follows its adjective ("Russian troops"),
// unless it is a verb of speaking or ends in "-ed", as verbs after a name
// do ("Obama said", "Putin claimed", "Trump defended").
func (r *nameReader) adjective(i int) bool {
	j := i + 1
	if j >= len(r.toks) || r.text[r.toks[i].End:r.toks[j].Start] != " " {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r.text[r.toks[j].Start:])
	if !unicode.IsLower(c) {
		return false
	}
	w := r.words[j]
	if _, ok := similarity.ContentTerm(w, nil); !ok || english.IsSpeechVerb(w) || strings.HasSuffix(w, "ed") {
		return false
	}
	return true
}

func (r *nameReader) inTitle(h uint64) bool {
	_, ok := slices.BinarySearch(r.title, h)
	return ok
}

// release empties r and returns it to the pool.
func (r *nameReader) release() {
	clear(r.index)
	clear(r.total)
	clear(r.seen)
	// The strings point into the article's text: drop them.
	clear(r.ms[:cap(r.ms)])
	clear(r.run[:cap(r.run)])
	clear(r.nrun[:cap(r.nrun)])
	clear(r.surfs[:cap(r.surfs)])
	r.ms, r.run = r.ms[:0], r.run[:0]
	r.hs, r.surfs, r.nrun, r.order = r.hs[:0], r.surfs[:0], r.nrun[:0], r.order[:0]
	r.text, r.toks, r.words = "", nil, nil
	r.lineEnd, r.prevEnd = 0, 0
	r.poss, r.loc, r.the, r.titled, r.afterTitle, r.titleCase, r.headline = false, false, false, false, false, false, false
	readers.Put(r)
}

// isInitial reports whether w is one capital letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isTitleCase reports whether the line of text that ends at byte end (a
// headline, a heading) capitalises every content word from toks on, and
// has at least two: "Putin Wants Land".
func isTitleCase(text string, toks []corpus.Span, words []string, end int) bool {
	n := 0
	for i, t := range toks {
		if int(t.Start) >= end {
			break
		}
		if _, ok := similarity.ContentTerm(words[i], nil); !ok {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return n >= 2
}

// titleTerms appends to hs the hashes of the content terms of a title and
// returns them sorted and distinct.
func titleTerms(hs []uint64, title string, canon similarity.Canon) []uint64 {
	for _, w := range corpus.Words(title) {
		if t, ok := similarity.ContentTerm(w, canon); ok {
			hs = append(hs, xxhash.Sum64String(t))
		}
	}
	slices.Sort(hs)
	return slices.Compact(hs)
}

// allCaps reports whether s has no lower-case letter.
func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
