package sourcing

import (
	"runtime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
	"github.com/newsfold/compare/internal/english"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// Outlet is how one outlet attributes its reporting. See the package comment
// for what each count means; all are occurrences.
type Outlet struct {
	Outlet    string
	Articles  int
	Named     int            // sentences attributing to a named source
	Anonymous int            // sentences attributing to an anonymous source
	Cited     map[string]int // sentences citing each agency or outlet
	Verbs     map[string]int // reporting verbs by class
	Examples  []text.Example // up to two sentences of anonymous sourcing
}

// Classes of reporting verbs, the keys of Outlet.Verbs.
const (
	VerbNeutral    = "neutral"
	VerbDoubting   = "doubting"
	VerbEndorsing  = "endorsing"
	VerbDistancing = "distancing"
)

// verbClasses are the keys of Outlet.Verbs.
var verbClasses = [...]string{VerbNeutral, VerbDoubting, VerbEndorsing, VerbDistancing}

// Count returns the sourcing of each outlet of docs, sorted by outlet
// name (articles without an outlet are grouped under "").
func Count(docs []text.Doc) []Outlet {
	res := make([]articleCounts, len(docs))
	fanout.Each(len(docs), runtime.GOMAXPROCS(0), func(i int) { res[i] = readDoc(&docs[i]) })

	by := map[string]*Outlet{}
	for i := range docs {
		s := by[docs[i].Outlet]
		if s == nil {
			s = &Outlet{Outlet: docs[i].Outlet, Cited: map[string]int{}, Verbs: map[string]int{}}
			for _, c := range verbClasses {
				s.Verbs[c] = 0
			}
			by[s.Outlet] = s
		}
		r := &res[i]
		s.Articles++
		s.Named += r.named
		s.Anonymous += r.anonymous
		for _, c := range r.cited {
			s.Cited[c]++
		}
		for k, n := range r.verbs {
			s.Verbs[verbClasses[k]] += n
		}
		for _, ex := range r.examples {
			dup := slices.ContainsFunc(s.Examples, func(e text.Example) bool { return e.Sentence == ex.Sentence })
			if len(s.Examples) < text.MaxExamples && !dup {
				s.Examples = append(s.Examples, ex)
			}
		}
	}
	out := make([]Outlet, 0, len(by))
	for _, s := range by {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Outlet) int { return strings.Compare(a.Outlet, b.Outlet) })
	return out
}

// articleCounts is the sourcing of one article.
type articleCounts struct {
	named, anonymous int
	cited            []string // one entry per sentence and agency
	verbs            [len(verbClasses)]int
	examples         []text.Example
}

// readDoc reads the sentences of d.
func readDoc(d *text.Doc) articleCounts {
	var r articleCounts
	parts := d.Parts()
	if d.NumSentences() == 0 && len(d.Text) > 0 { // the body alone, not split
		parts[0].Sentences = corpus.SplitSentences(d.Text)
	}
	var s sentence
	for _, p := range parts { // no sentence spans two parts
		s.text, s.low = p.Text, asciiLower(p.Text)
		t := 0
		for _, sp := range p.Sentences {
			for t < len(p.Tokens) && p.Tokens[t].Start < sp.Start {
				t++
			}
			u := t
			for u < len(p.Tokens) && p.Tokens[u].End <= sp.End {
				u++
			}
			if u == t {
				continue
			}
			s.toks = p.Tokens[t:u]
			t = u
			s.read(&r)
			if s.anonymous && len(r.examples) < text.MaxExamples {
				r.examples = addExample(r.examples, text.Example{Doc: d.ID, Outlet: d.Outlet, Sentence: strings.TrimSpace(p.Text[sp.Start:sp.End])})
			}
		}
	}
	return r
}

// asciiLower returns s with ASCII letters in lower case: the same length,
// so token offsets still apply.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] < 'A' || s[j] > 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		if j < len(s) {
			b.WriteByte(s[j] + 'a' - 'A')
			j++
		}
		i = j
	}
	return b.String()
}

// sentence is one sentence being read.
type sentence struct {
	text, low string        // a part of the article, and it lower-cased
	toks      []corpus.Span // the sentence's tokens
	anonymous bool          // set by read
}

// n returns the number of tokens.
func (s *sentence) n() int { return len(s.toks) }

// w returns token i lower-cased, "" out of range.
func (s *sentence) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.low[s.toks[i].Start:s.toks[i].End]
}

// raw returns token i as written.
func (s *sentence) raw(i int) string { return s.text[s.toks[i].Start:s.toks[i].End] }

// is reports whether token i, lower-cased, is one of words.
func (s *sentence) is(i int, words ...string) bool { return slices.Contains(words, s.w(i)) }

// capital reports whether token i starts with an upper-case letter.
func (s *sentence) capital(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	c := s.text[s.toks[i].Start]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.toks[i].Start:])
	return unicode.IsUpper(r)
}

// joined reports whether tokens i-1 and i are separated by spaces or a
// hyphen only.
func (s *sentence) joined(i int) bool {
	return i > 0 && i < len(s.toks) && text.PhraseGap(s.text[s.toks[i-1].End:s.toks[i].Start])
}

// spaced reports whether tokens i-1 and i are separated by spaces only.
func (s *sentence) spaced(i int) bool {
	if i <= 0 || i >= len(s.toks) {
		return false
	}
	gap := s.text[s.toks[i-1].End:s.toks[i].Start]
	return strings.Trim(gap, " \t") == ""
}

// Cue kinds of a lower-cased word, as bits of cues.
const (
	cueVerb      = 1 << iota // a reporting verb (stance)
	cueAnonymous             // may start an anonymous-sourcing pattern
	cueAccording             // "according"
	cueDistance              // may be a distancing word
)

// cues maps each cue word to its kinds.
var cues = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range english.Verbs(english.Neutral | english.Doubting | english.Endorsing) {
		m[w] |= cueVerb
	}
	for _, w := range []string{"familiar", "knowledge", "anonymity", "anonymously",
		"authorized", "authorised", "named", "identified", "source", "sources"} {
		m[w] |= cueAnonymous
	}
	for w := range anonAdjectives {
		m[w] |= cueAnonymous
	}
	m["according"] |= cueAccording
	for _, w := range []string{"called", "proclaimed", "styled", "purported", "purportedly", "allegedly", "alleged"} {
		m[w] |= cueDistance
	}
	return m
}()

// stance returns the class of the reporting verb w (english.Verb): 1 +
// its index in verbClasses, or 0 if it is none.
func stance(w string) int {
	switch c := english.Verb(w); {
	case c&english.Neutral != 0:
		return 1
	case c&english.Doubting != 0:
		return 2
	case c&english.Endorsing != 0:
		return 3
	}
	return 0
}

// attributing reports whether w is a verb that, after a source noun, makes
// it a source (english.Attributing: said, told, believes).
func attributing(w string) bool { return english.Verb(w)&english.Attributing != 0 }

// anonAdjectives mark an unnamed source before a source noun.
var anonAdjectives = wordSet("unnamed", "anonymous", "unidentified", "informed",
	"responsible", "knowledgeable", "undisclosed", "well-informed", "well-placed")

// sourceNouns are the nouns a source is described by.
var sourceNouns = wordSet("source", "sources", "official", "officials", "people",
	"person", "persons", "individual", "individuals", "insider", "insiders",
	"diplomat", "diplomats", "aide", "aides", "officer", "officers", "those",
	"someone", "figure", "figures", "lawmaker", "lawmakers", "negotiator",
	"negotiators", "staffer", "staffers", "adviser", "advisers", "advisor",
	"advisors")

// commonSubjects are nouns that open sentences capitalised but name nobody.
var commonSubjects = wordSet("officials", "official", "sources", "source", "analysts",
	"experts", "critics", "reports", "witnesses", "residents", "diplomats",
	"observers", "people", "authorities", "lawmakers", "insiders", "aides",
	"officers", "spokesman", "spokeswoman", "spokesperson", "police",
	"prosecutors", "investigators", "researchers", "scientists", "economists",
	"traders", "protesters", "troops", "soldiers", "locals", "many", "others",
	"several", "both", "later", "earlier", "separately", "meanwhile", "yesterday",
	"today", "tonight", "however", "instead", "still", "also")

// relativeTime are the words of time, besides the names of months and days
// (english.IsCalendarName), that are never names of sources.
var relativeTime = wordSet("today", "yesterday", "tonight", "tomorrow", "earlier", "later", "last", "next")

// wordSet returns the words as a set.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// read counts the attributions of the sentence into r.
func (s *sentence) read(r *articleCounts) {
	named, anon := false, false
	for i := range s.toks {
		kind := cues[s.w(i)]
		if kind == 0 {
			continue
		}
		if kind&cueVerb != 0 {
			if c := s.verbClass(i); c > 0 {
				r.verbs[c-1]++
				if c <= 3 && !named {
					named = s.namedAround(i)
				}
				if !anon {
					anon = s.unnamedSubject(i)
				}
			}
		}
		if kind&cueDistance != 0 && s.distancing(i) {
			r.verbs[3]++
		}
		if kind&cueAccording != 0 && s.is(i+1, "to") && s.spaced(i+1) {
			j := i + 2
			if s.is(j, "the") {
				j++
			}
			if !named {
				named = s.nameRun(j)
			}
			if !anon {
				anon = s.anonymousAfterAccording(j)
			}
		}
		if kind&cueAnonymous != 0 && !anon {
			anon = s.anonymousAt(i)
		}
	}
	if named {
		r.named++
	}
	if anon {
		r.anonymous++
	}
	s.anonymous = anon
	r.cited = s.citations(r.cited)
}

// verbClass returns the class of the reporting verb at i (1 to 3), or 0
// if it is not used as one here ("territorial claims", "the alleged
// attack", which is distancing).
func (s *sentence) verbClass(i int) int {
	w := s.w(i)
	switch w {
	case "claims":
		// "claims" is a verb after a name or a pronoun, else most often the
		// noun ("territorial claims").
		if s.is(i-1, "he", "she", "it", "they", "who", "which", "that") || s.nameLike(i-1) && !strings.ContainsAny(s.raw(i-1), "'’") {
			return 2
		}
		return 0
	case "alleged":
		if s.adjectival(i) {
			return 0 // counted by distancing
		}
	}
	return stance(w)
}

// adjectival reports whether "alleged" at i follows a determiner or
// preposition, and so qualifies a noun.
func (s *sentence) adjectival(i int) bool {
	return i == 0 || s.is(i-1, "the", "a", "an", "his", "her", "its", "their", "this",
		"these", "those", "our", "of", "for", "and", "in", "on", "over", "about",
		"with", "by", "after", "amid", "any", "such")
}

// distancing reports whether the token at i is a distancing word.
func (s *sentence) distancing(i int) bool {
	switch s.w(i) {
	case "called":
		return s.is(i-1, "so") && s.joined(i)
	case "proclaimed", "styled":
		return s.is(i-1, "self") && s.joined(i)
	case "purported", "purportedly", "allegedly":
		return true
	case "alleged":
		return s.adjectival(i)
	}
	return false
}

// nameLike reports whether token i may name a source: capitalised, not a
// date word, and, opening the sentence, not a stop word or common noun.
func (s *sentence) nameLike(i int) bool {
	if !s.capital(i) {
		return false
	}
	w := corpus.NormalizeWord(s.raw(i))
	if english.IsCalendarName(w) || relativeTime[w] {
		return false
	}
	if i == 0 {
		t, ok := similarity.ContentTerm(w, nil)
		return ok && !commonSubjects[t]
	}
	return true
}

// namedAround reports whether the reporting verb at i has a named subject:
// a name right before it (not the end of a phrase such as "a figure in
// Kyiv"), or after it to the end of the clause.
func (s *sentence) namedAround(i int) bool {
	if s.spaced(i) && s.nameLike(i-1) {
		// The start of the name, "of" allowed inside ("Minister of
		// Foreign Affairs Andrii Sybiha").
		k := i - 1
		for k > 0 && s.joined(k) && (s.capital(k-1) || s.is(k-1, "of") && s.capital(k-2)) {
			k--
		}
		if !s.is(k-1, "in", "from", "at", "for", "to", "with", "by", "near", "of", "on") {
			return true
		}
	}
	if s.is(i, "told", "tells") {
		return false
	}
	// "said top Kremlin aide Yury Ushakov, who ...": up to six words, no
	// stop word, the last one capitalised, then a clause break.
	end := i
	for j := i + 1; j < s.n() && j <= i+6 && s.spaced(j); j++ {
		if _, ok := similarity.ContentTerm(corpus.NormalizeWord(s.raw(j)), nil); !ok {
			return false
		}
		end = j
	}
	if end == i || (end+1 < s.n() && s.spaced(end+1)) {
		return false
	}
	return s.nameLike(end)
}

// nameRun reports whether a capitalised name starts at j and is not
// followed by a lower-case word (as in "US officials").
func (s *sentence) nameRun(j int) bool {
	if !s.nameLike(j) {
		return false
	}
	k := j
	for k+1 < s.n() && s.capital(k+1) && s.joined(k+1) {
		k++
	}
	if k+1 < s.n() && s.spaced(k+1) && !s.capital(k+1) {
		_, media := outletAt(s, j)
		return media
	}
	return true
}

// anonymousAfterAccording reports whether "according to" is followed at j
// by an unnamed source: "according to sources", "according to a senior
// official", "according to US officials".
func (s *sentence) anonymousAfterAccording(j int) bool {
	for k := j; k < s.n() && k <= j+3; k++ {
		if sourceNouns[s.w(k)] && s.w(k) != "people" && s.w(k) != "those" {
			return true
		}
	}
	return false
}

// unnamedSubject reports whether the reporting verb at i has an unnamed
// source as its subject: "officials said", "US officials have said", "an
// official said", "a senior figure in Kyiv told". Between the source noun
// and the verb only capitalised words, "in", "of", "from", "at" and
// auxiliaries may stand; a singular noun needs "a", "an", "one" or
// "another" up to three words before it.
func (s *sentence) unnamedSubject(i int) bool {
	if !attributing(s.w(i)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6 && s.spaced(k+1); k-- {
		switch s.w(k) {
		case "officials", "diplomats", "insiders", "sources", "figures":
			return true
		case "official", "diplomat", "insider", "aide", "source", "figure", "negotiator":
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if s.is(m, "a", "an", "one", "another") {
					return true
				}
			}
			return false
		case "in", "of", "from", "at", "has", "have", "had", "was", "were", "also", "reportedly":
			continue
		}
		if !s.capital(k) {
			return false
		}
	}
	return false
}

// anonymousAt reports whether an anonymous-sourcing pattern involves the
// token at i.
func (s *sentence) anonymousAt(i int) bool {
	w := s.w(i)
	switch w {
	case "anonymity", "anonymously":
		return true
	case "familiar":
		// "people familiar with", "a source familiar with the talks"
		return s.is(i+1, "with") && s.sourceBefore(i, 3)
	case "knowledge":
		// "individuals with (direct) knowledge of"
		if !s.is(i+1, "of") {
			return false
		}
		for k := i - 1; k >= i-2 && k > 0; k-- {
			if s.is(k, "with") {
				return s.sourceBefore(k, 2)
			}
		}
		return false
	case "authorized", "authorised":
		// "not authorized to speak / comment / discuss"
		return s.is(i-1, "not") && s.is(i+1, "to") && s.is(i+2, "speak", "comment", "discuss", "talk", "be")
	case "named", "identified":
		// "declined to be named", "asked not to be identified"
		return s.is(i-1, "be") && s.is(i-2, "not", "to")
	case "source", "sources":
		if s.is(i+1, "close", "familiar") || attributing(s.w(i+1)) && s.spaced(i+1) {
			return true
		}
		return s.is(i-1, "citing", "cited", "quoting", "quoted", "its", "their", "several", "multiple") ||
			s.is(i-2, "according") && s.is(i-1, "to")
	}
	if anonAdjectives[w] {
		// "unnamed US officials", "a responsible source": up to two words
		// between, none a stop word.
		for k := i + 1; k <= i+3 && k < s.n() && s.spaced(k); k++ {
			if sourceNouns[s.w(k)] {
				return true
			}
			if _, ok := similarity.ContentTerm(corpus.NormalizeWord(s.raw(k)), nil); !ok {
				return false
			}
		}
	}
	return false
}

// sourceBefore reports whether one of the up to n tokens before i is a
// source noun.
func (s *sentence) sourceBefore(i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if sourceNouns[s.w(k)] {
			return true
		}
	}
	return false
}

// agency is a news agency or outlet and the token sequences naming it.
type agency struct {
	name  string
	forms [][]string
}

// agencies are the agencies and outlets counted in Outlet.Cited, matched
// case-sensitively, a final possessive ignored.
var agencies = []agency{
	{"Reuters", [][]string{{"Reuters"}}},
	{"AP", [][]string{{"AP"}, {"Associated", "Press"}}},
	{"AFP", [][]string{{"AFP"}, {"Agence", "France", "Presse"}, {"French", "Press", "Agency"}, {"Agence", "France-Presse"}}},
	{"TASS", [][]string{{"TASS"}, {"Tass"}}},
	{"RIA Novosti", [][]string{{"RIA", "Novosti"}, {"RIA"}}},
	{"Interfax", [][]string{{"Interfax"}}},
	{"Axios", [][]string{{"Axios"}}},
	{"Bloomberg", [][]string{{"Bloomberg"}}},
	{"CNN", [][]string{{"CNN"}}},
	{"BBC", [][]string{{"BBC"}}},
	{"The New York Times", [][]string{{"New", "York", "Times"}, {"NYT"}}},
	{"The Washington Post", [][]string{{"Washington", "Post"}}},
	{"The Wall Street Journal", [][]string{{"Wall", "Street", "Journal"}, {"WSJ"}}},
	{"Financial Times", [][]string{{"Financial", "Times"}}},
	{"The Guardian", [][]string{{"Guardian"}}},
	{"The Economist", [][]string{{"Economist"}}},
	{"The Telegraph", [][]string{{"Telegraph"}}},
	{"Politico", [][]string{{"Politico"}, {"POLITICO"}}},
	{"Al Jazeera", [][]string{{"Al", "Jazeera"}}},
	{"Ukrinform", [][]string{{"Ukrinform"}}},
	{"Ukrainska Pravda", [][]string{{"Ukrainska", "Pravda"}}},
	{"Kyiv Independent", [][]string{{"Kyiv", "Independent"}}},
	{"Kyiv Post", [][]string{{"Kyiv", "Post"}}},
	{"UNIAN", [][]string{{"UNIAN"}}},
	{"Suspilne", [][]string{{"Suspilne"}}},
	{"Sputnik", [][]string{{"Sputnik"}}},
	{"RT", [][]string{{"RT"}, {"Russia", "Today"}}},
	{"Kommersant", [][]string{{"Kommersant"}}},
	{"Izvestia", [][]string{{"Izvestia"}}},
	{"Vedomosti", [][]string{{"Vedomosti"}}},
	{"Meduza", [][]string{{"Meduza"}}},
	{"Novaya Gazeta", [][]string{{"Novaya", "Gazeta"}}},
	{"The Moscow Times", [][]string{{"Moscow", "Times"}}},
	{"Xinhua", [][]string{{"Xinhua"}}},
	{"CGTN", [][]string{{"CGTN"}}},
	{"Global Times", [][]string{{"Global", "Times"}}},
	{"Anadolu", [][]string{{"Anadolu"}}},
	{"Fox News", [][]string{{"Fox", "News"}}},
	{"NBC News", [][]string{{"NBC"}}},
	{"CBS News", [][]string{{"CBS"}}},
	{"ABC News", [][]string{{"ABC", "News"}}},
	{"NPR", [][]string{{"NPR"}}},
	{"CNBC", [][]string{{"CNBC"}}},
	{"Sky News", [][]string{{"Sky", "News"}}},
	{"Newsweek", [][]string{{"Newsweek"}}},
	{"Semafor", [][]string{{"Semafor"}}},
	{"Deutsche Welle", [][]string{{"Deutsche", "Welle"}, {"DW"}}},
	{"Der Spiegel", [][]string{{"Spiegel"}}},
	{"Bild", [][]string{{"Bild"}}},
	{"Le Monde", [][]string{{"Le", "Monde"}}},
	{"Euronews", [][]string{{"Euronews"}}},
	{"Radio Free Europe", [][]string{{"Radio", "Free", "Europe"}, {"RFE"}}},
	{"Voice of America", [][]string{{"VOA"}}},
	{"Kyodo", [][]string{{"Kyodo"}}},
	{"Yonhap", [][]string{{"Yonhap"}}},
	{"NHK", [][]string{{"NHK"}}},
	{"Haaretz", [][]string{{"Haaretz"}}},
}

// agencyForm is one form of an agency, indexed by its first token.
type agencyForm struct {
	name string
	rest []string
}

// agencyStarts maps the first token of each agency form to its forms,
// longest first.
var agencyStarts = func() map[string][]agencyForm {
	m := map[string][]agencyForm{}
	for _, a := range agencies {
		for _, f := range a.forms {
			m[f[0]] = append(m[f[0]], agencyForm{a.name, f[1:]})
		}
	}
	for _, fs := range m {
		slices.SortStableFunc(fs, func(a, b agencyForm) int { return len(b.rest) - len(a.rest) })
	}
	return m
}()

// mediaWords mark a capitalised run as the name of an outlet.
var mediaWords = wordSet("news", "times", "post", "agency", "journal", "press", "media",
	"television", "tv", "radio", "network", "channel", "gazette", "herald",
	"telegraph", "tribune", "daily", "magazine", "wire", "broadcasting",
	"newspaper", "pravda", "izvestia", "vedomosti", "observer", "chronicle",
	"courier", "mirror", "express", "independent", "insider", "monitor")

// mediaNouns are words around an outlet's name ("the TASS news agency").
var mediaNouns = wordSet("news", "agency", "outlet", "newspaper", "broadcaster",
	"channel", "website", "daily", "magazine", "network", "publication",
	"television", "tv", "wire", "service", "media", "state", "state-run",
	"state-owned", "portal", "tabloid", "weekly", "paper", "site")

// outletAt returns the agency named by the tokens from j, with its
// end, or whether it is a run naming an outlet by a media word.
func outletAt(s *sentence, j int) (agencyMatch, bool) {
	if m, ok := s.agencyAt(j); ok {
		return m, true
	}
	k := j
	for ; k < s.n() && s.capital(k) && (k == j || s.joined(k)); k++ {
		if mediaWords[s.w(k)] {
			return agencyMatch{}, true
		}
	}
	return agencyMatch{}, mediaNouns[s.w(k)] && s.spaced(k)
}

// agencyMatch is an agency named by tokens start to end (exclusive).
type agencyMatch struct {
	name       string
	start, end int
}

// agencyAt returns the known agency whose name starts at token j.
func (s *sentence) agencyAt(j int) (agencyMatch, bool) {
	if j < 0 || j >= s.n() || !s.capital(j) {
		return agencyMatch{}, false
	}
	forms := agencyStarts[english.TrimPossessive(s.raw(j))]
	if forms == nil {
		return agencyMatch{}, false
	}
next:
	for _, f := range forms {
		if len(f.rest) > 0 && s.raw(j) != english.TrimPossessive(s.raw(j)) {
			continue // "AFP's Paris desk"
		}
		for k, want := range f.rest {
			t := j + 1 + k
			if t >= s.n() || !s.joined(t) || english.TrimPossessive(s.raw(t)) != want {
				continue next
			}
		}
		return agencyMatch{f.name, j, j + 1 + len(f.rest)}, true
	}
	return agencyMatch{}, false
}

// citations appends to out the agencies the sentence cites, each once.
func (s *sentence) citations(out []string) []string {
	first := len(out)
	for i := 0; i < s.n(); i++ {
		if !s.capital(i) {
			continue
		}
		m, ok := s.agencyAt(i)
		if !ok {
			continue
		}
		if (s.citedBefore(m.start) || s.citedAfter(m.end) || s.parenthesised(m)) && !slices.Contains(out[first:], m.name) {
			out = append(out, m.name)
		}
		i = m.end - 1
	}
	// "according to" an outlet off the list.
	for i := 0; i+2 < s.n(); i++ {
		if !s.is(i, "according") || !s.is(i+1, "to") {
			continue
		}
		j := i + 2
		if s.is(j, "the") {
			j++
		}
		if _, known := s.agencyAt(j); known || !s.capital(j) {
			continue
		}
		if _, media := outletAt(s, j); !media {
			continue
		}
		k := j
		for k+1 < s.n() && s.capital(k+1) && s.joined(k+1) {
			k++
		}
		name := english.TrimPossessive(s.text[s.toks[j].Start:s.toks[k].End])
		if !slices.Contains(out[first:], name) {
			out = append(out, name)
		}
	}
	return out
}

// parenthesised reports whether the agency stands alone in parentheses,
// as in the dateline "KYIV (Reuters) -".
func (s *sentence) parenthesised(m agencyMatch) bool {
	a, b := int(s.toks[m.start].Start), int(s.toks[m.end-1].End)
	return a > 0 && s.text[a-1] == '(' && b < len(s.text) && s.text[b] == ')'
}

// citedBefore reports whether a citation cue precedes the agency at j,
// skipping up to five words of description ("the Russian news agency TASS").
func (s *sentence) citedBefore(j int) bool {
	k := j - 1
	for n := 0; k >= 0 && n < 5; n++ {
		w := s.w(k)
		if w == "the" || w == "a" || w == "an" || mediaNouns[w] || s.capital(k) && cues[w] == 0 && !citingWords[w] {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch s.w(k) {
	case "told", "tells", "telling", "citing", "cited", "quoting", "quoted":
		return true
	case "to":
		return s.is(k-1, "according", "speaking", "spoke", "talking", "talked", "comments", "remarks", "statement", "interview")
	case "by":
		return s.is(k-1, "reported", "cited", "quoted", "obtained", "seen", "reviewed",
			"published", "released", "confirmed", "verified", "conducted", "aired",
			"broadcast", "asked", "interviewed", "contacted", "compiled", "analyzed", "analysed")
	case "with":
		return s.is(k-1, "interview", "interviews", "conversation", "speaking", "spoke", "talking", "talked")
	case "on":
		return s.is(k-1, "said", "says", "appearing", "appeared", "speaking", "interview")
	case "from":
		return s.is(k-1, "report", "reports", "reporting", "data", "footage", "information")
	case "in":
		return s.is(k-1, "interview", "published", "wrote", "writing", "report", "reported", "quoted")
	}
	return false
}

// citedAfter reports whether a citation cue follows an agency ending
// before token k, skipping up to three words of description and
// auxiliaries ("TASS news agency reported", "Axios has learned").
func (s *sentence) citedAfter(k int) bool {
	for n := 0; k < s.n() && n < 3; n++ {
		if w := s.w(k); mediaNouns[w] || w == "has" || w == "have" || w == "had" || w == "was" ||
			w == "were" || w == "is" || w == "also" || w == "previously" || w == "earlier" || w == "first" {
			k++
			continue
		}
		break
	}
	return s.is(k, "reported", "reports", "report", "reporting", "said", "says", "wrote",
		"writes", "cited", "citing", "quoted", "quoting", "learned", "learnt",
		"confirmed", "noted", "published", "revealed", "characterized",
		"characterised", "described", "claimed", "added", "stated", "announced",
		"understands", "obtained", "told", "analysis", "investigation",
		"calculations", "poll", "survey", "tally", "interview", "correspondent",
		"journalist", "journalists", "reporter", "reporters", "sources", "source")
}

// addExample appends ex to exs unless exs holds its sentence already: an
// article that repeats a sentence (a pull quote, a copied paragraph) gives
// it once, and Count, which keeps an outlet's first MaxExamples distinct
// sentences, can still take its next one.
func addExample(exs []text.Example, ex text.Example) []text.Example {
	if slices.ContainsFunc(exs, func(e text.Example) bool { return e.Sentence == ex.Sentence }) {
		return exs
	}
	return append(exs, ex)
}

// citingWords cite the agency after them ("citing Reuters"): capitalised
// at the start of a sentence ("Citing Reuters, ..."), they are the cue, not
// part of a description that citedBefore skips.
var citingWords = wordSet("telling", "citing", "cited", "quoting", "quoted")
