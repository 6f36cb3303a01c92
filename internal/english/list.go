package english

import "strings"

// A line is the fields of one line of a word list: the word, then
// whatever the list says of it.
type line []string

// parseList returns the lines of a word list: fields separated by white
// space, a "#" starting a comment to the end of its line, empty lines
// skipped.
func parseList(src string) []line {
	var out []line
	for l := range strings.Lines(src) {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		if f := strings.Fields(l); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// index is a map of words with a test that rejects most other words
// before hashing them, by length and first byte: date finding and sentence
// splitting ask it about many words that are none of these.
type index[V any] struct {
	m        map[string]V
	first    [256]bool
	min, max int // shortest and longest word
}

func newIndex[V any]() *index[V] { return &index[V]{m: map[string]V{}, min: 1 << 30} }

func (x *index[V]) add(w string, v V) {
	x.m[w] = v
	x.first[w[0]] = true
	x.min, x.max = min(x.min, len(w)), max(x.max, len(w))
}

func (x *index[V]) get(w string) (v V, ok bool) {
	if len(w) < x.min || len(w) > x.max || !x.first[w[0]] {
		return v, false
	}
	v, ok = x.m[w]
	return v, ok
}

func (x *index[V]) has(w string) bool {
	_, ok := x.get(w)
	return ok
}

// all calls f for every word, in no particular order.
func (x *index[V]) all(f func(w string, v V)) {
	for w, v := range x.m {
		f(w, v)
	}
}
