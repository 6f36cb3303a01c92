package event

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file chooses the names an event's label gives, from those its
// articles use (label_names.go). docs/events.md#labels says the rule and
// why.

// labelWho is how many names of persons (or else of bodies, groups,
// countries) a label gives.
const labelWho = 3

// labelLoc is how many times the place of a label is written after "in",
// "at" or "near" in the event's articles, at least: once in a long article
// is often a place of the background ("met at the Kremlin on Tuesday", in
// a report of Saturday's call).
const labelLoc = 2

// nameCount is a name as the articles of an event use it.
type nameCount struct {
	key      uint64
	last     uint64 // hash of the last word
	articles int    // that use it
	titles   int    // whose title carries it
	n        int    // mentions, not possessive
	loc      int
	attr     int
	first    int32 // the earliest token it is mentioned at, in any article
	words    int8
	person   bool
	member   int         // the last article counted in articles
	forms    []formCount // the forms written, in the order met
}

// formCount is a way of writing a name and the articles that write it so.
type formCount struct {
	form     string
	articles int
}

// strong reports whether c surely names someone or something: a person
// (a surname, or a name after a title or role: "President Obama") or a
// run of words ("White House", "Jared Kushner"), where a single word may
// name a country, a people or a body as well as a person ("Ukraine",
// "NATO", "Russian").
func (c *nameCount) strong() bool { return c.person || c.words > 1 }

// adjective reports whether c is mostly followed by a noun, as "Russian"
// and "Republican" are ("Russian troops", "Republican senators"): a word
// that names a people or a party, not who acted.
func (c *nameCount) adjective() bool { return isAdjective(c.n, c.attr) }

// isAdjective reports whether a word written n times, attr of them before
// a lower-case content word, is an adjective: three times at least (a
// noun may follow a name too: "the Obama administration"), three in four
// of them so.
func isAdjective(n, attr int) bool { return n >= 3 && 4*attr >= 3*n }

// labelParts returns the parts of an event's label: who (up to labelWho
// names) and where (a place, or ""), from the names most of its articles
// carry.
func (b *Builder) labelParts(ev *Event) (who []string, where string) {
	counts := b.nameCounts(ev.Members)
	var outlets map[string]bool
	outlet := func(c *nameCount) bool { // "Ukrinform reports", "(MENAFN)"
		if outlets == nil {
			outlets = outletKeys(ev.Outlets)
		}
		return outlets[letters(c.form())]
	}
	cands := counts[:0]
	for _, c := range counts {
		if 2*c.articles > len(ev.Members) && c.n > 0 {
			cands = append(cands, c)
		}
	}
	var place *nameCount
	for _, c := range cands {
		if c.loc >= labelLoc && !c.person && !c.adjective() && (place == nil || placeBefore(c, place)) && !outlet(c) {
			place = c
		}
	}
	if place != nil {
		where = place.form()
	}
	slices.SortFunc(cands, whoOrder)
	// A surname and a run that ends with it ("Cheney", "Mary Cheney"), a
	// name and its initials ("IAEA") are shown once.
	var surnames, runs, caps []string
	for _, c := range cands {
		if len(who) == labelWho {
			break
		}
		if c == place || 2*c.loc >= c.n || !c.strong() && c.adjective() {
			continue
		}
		f := c.form()
		last, ini := lastWord(f), initials(f)
		switch {
		case c.words > 1 && slices.Contains(surnames, last):
		case c.words == 1 && c.person && slices.Contains(runs, last):
		case ini != "" && slices.Contains(caps, ini):
		case outlet(c):
		default:
			who = append(who, f)
			if c.words > 1 {
				runs = append(runs, last)
			} else if c.person {
				surnames = append(surnames, last)
			}
			if ini != "" {
				caps = append(caps, ini)
			}
		}
	}
	return who, where
}

// alias is what an event's articles say of a word they write alone, to
// decide whether runs ending with it name a person by surname.
type alias struct {
	n, the, attr int  // mentions; after "the"; before a noun
	after        bool // some article writes it alone before a run ending with it
}

// nameCounts adds up the names the articles of an event use. A name that
// every article writing it writes only where a sentence opens counts only
// if an article writes it mid-sentence, a word also as the last of a run
// (see mention.initial). A run counts as its last word, a person's surname, when some article of
// the event writes that word alone, no article writes it alone before the
// run (a person is named in full first: "Jared Kushner … Kushner"), a
// quarter or more of the times it stands alone it does not follow "the"
// ("the House" and "the White House" are two bodies), and it is no
// adjective ([isAdjective]: "Two Russian soldiers" names no Mr Russian).
func (b *Builder) nameCounts(members []int) []*nameCount {
	mid := map[uint64]bool{} // names and last words written mid-sentence
	for _, i := range members {
		for k := range b.docs[i].label {
			if m := &b.docs[i].label[k]; !m.initial {
				mid[m.key], mid[m.last] = true, true
			}
		}
	}
	valid := func(m *mention) bool { return !m.initial || mid[m.key] }
	aliases := map[uint64]*alias{}
	for _, i := range members {
		names := b.docs[i].label
		for k := range names {
			m := &names[k]
			if !valid(m) {
				continue
			}
			if m.words == 1 {
				a := aliases[m.key]
				if a == nil {
					a = &alias{}
					aliases[m.key] = a
				}
				a.n, a.the, a.attr = a.n+int(m.n), a.the+int(m.the), a.attr+int(m.attr)
				continue
			}
			// names is sorted by key, and a word's key is its hash.
			if j, ok := slices.BinarySearchFunc(names, m.last, func(x mention, h uint64) int { return cmp.Compare(x.key, h) }); ok && valid(&names[j]) && names[j].first < m.first {
				a := aliases[m.last]
				if a == nil {
					a = &alias{}
					aliases[m.last] = a
				}
				a.after = true
			}
		}
	}
	surname := func(h uint64) bool {
		a := aliases[h]
		return a != nil && a.n > 0 && !a.after && 4*a.the < a.n && !isAdjective(a.n, a.attr)
	}
	var out []nameCount
	index := map[uint64]int{}
	for k, i := range members {
		for j := range b.docs[i].label {
			m := &b.docs[i].label[j]
			if !valid(m) {
				continue
			}
			key, person, words := m.key, false, m.words
			if m.words > 1 && surname(m.last) {
				key, person, words = m.last, true, 1
			}
			x, ok := index[key]
			if !ok {
				x = len(out)
				index[key] = x
				out = append(out, nameCount{key: key, first: m.first, words: words, last: m.last, member: -1})
			}
			c := &out[x]
			c.person = c.person || person || m.titled
			c.n, c.loc, c.attr = c.n+int(m.n), c.loc+int(m.loc), c.attr+int(m.attr)
			c.first = min(c.first, m.first)
			if key == m.key {
				c.addForm(m.form)
			}
			if c.member != k {
				c.member = k
				c.articles++
				if m.title || person && m.lastTitle {
					c.titles++
				}
			}
		}
	}
	ptrs := make([]*nameCount, len(out))
	for k := range out {
		ptrs[k] = &out[k]
	}
	return ptrs
}

// addForm counts an article writing c as f.
func (c *nameCount) addForm(f string) {
	for k := range c.forms {
		if c.forms[k].form == f {
			c.forms[k].articles++
			return
		}
	}
	c.forms = append(c.forms, formCount{f, 1})
}

// form returns the form of c most articles write, ties to the smaller
// string, preferring any that is not all capitals ("Washington" to a
// dateline's "WASHINGTON"; "NATO" when no article writes it otherwise).
func (c *nameCount) form() string {
	best, n, caps := "", 0, true
	for _, f := range c.forms {
		fc := allCaps(f.form)
		switch {
		case fc && !caps:
			continue
		case !fc && caps, f.articles > n, f.articles == n && f.form < best:
			best, n, caps = f.form, f.articles, fc
		}
	}
	return best
}

// whoOrder ranks the names of persons and bodies: strong names first,
// then by the titles that carry them, their mentions, the articles that
// use them, the earliest mention, and the form.
func whoOrder(x, y *nameCount) int {
	if x.strong() != y.strong() {
		if x.strong() {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(y.titles, x.titles); c != 0 {
		return c
	}
	if c := cmp.Compare(y.n, x.n); c != 0 {
		return c
	}
	if c := cmp.Compare(y.articles, x.articles); c != 0 {
		return c
	}
	if c := cmp.Compare(x.first, y.first); c != 0 {
		return c
	}
	return strings.Compare(x.form(), y.form())
}

// placeBefore reports whether x is the likelier place of the two: more
// often after "in", "at" or "near", then in more articles, more often.
func placeBefore(x, y *nameCount) bool {
	if x.loc != y.loc {
		return x.loc > y.loc
	}
	if x.articles != y.articles {
		return x.articles > y.articles
	}
	if x.n != y.n {
		return x.n > y.n
	}
	if x.first != y.first {
		return x.first < y.first
	}
	return x.form() < y.form()
}

// outletKeys returns the names of outlets as a name of their own would be
// compared with them: letters only, lower-cased, and for a host its first
// label ("ukrinform.net" gives "ukrinformnet" and "ukrinform").
func outletKeys(outlets []OutletCount) map[string]bool {
	keys := map[string]bool{}
	for _, o := range outlets {
		keys[letters(o.Outlet)] = true
		host := strings.TrimPrefix(strings.ToLower(o.Outlet), "www.")
		if i := strings.IndexByte(host, '.'); i > 0 && !strings.Contains(host, " ") {
			keys[letters(host[:i])] = true
		}
	}
	return keys
}

// letters returns the letters of s, lower-cased.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// lastWord returns the last word of a name, lower-cased: "cheney" for
// "Mary Cheney".
func lastWord(name string) string {
	name = strings.TrimRight(name, " ")
	return strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// initials returns the capitals that open the words of a name of several
// words, "IAEA" for "International Atomic Energy Agency", or the name
// itself when it is one word in capitals ("IAEA"), else "".
func initials(name string) string {
	f := strings.Fields(name)
	if len(f) == 1 {
		if allCaps(name) {
			return name
		}
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
