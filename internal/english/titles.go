package english

import (
	_ "embed"
	"fmt"
	"slices"
)

//go:embed titles.txt
var titlesTxt string

var titleList, titles = mustTitles(titlesTxt)

// parseTitles reads titles.txt: one title a line, as written.
func parseTitles(src string) ([]string, *index[bool], error) {
	var list []string
	set := newIndex[bool]()
	for _, l := range parseList(src) {
		if len(l) != 1 {
			return nil, nil, fmt.Errorf("title %q: one word a line", l[0])
		}
		if set.has(l[0]) {
			return nil, nil, fmt.Errorf("title %q listed twice", l[0])
		}
		list = append(list, l[0])
		set.add(l[0], true)
	}
	return list, set, nil
}

func mustTitles(src string) ([]string, *index[bool]) {
	list, set, err := parseTitles(src)
	if err != nil {
		panic("english: titles.txt: " + err.Error())
	}
	return list, set
}

// IsTitle reports whether w, as written and without a full stop, is a title
// abbreviated before a name: "Mr", "Dr", "Gen", "Sen". Case matters.
func IsTitle(w string) bool { return titles.has(w) }

// Titles returns the titles of IsTitle, in the order of titles.txt.
func Titles() []string { return slices.Clone(titleList) }
