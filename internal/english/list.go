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
