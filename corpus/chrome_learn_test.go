package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// chromeDump makes an outlet's dump of n distinct stories, the first k of
// which carry the line "Follow us on Example Social".
func chromeDump(outlet string, n, k int) []string {
	var lines []string
	for i := range n {
		text := fmt.Sprintf("Story %d of %s happened on a day with its own details, number %d of many.", i, outlet, i*13)
		if i < k {
			text = "Follow us on Example Social\n\n" + text
		}
		lines = append(lines, fmt.Sprintf(`{"id":"%s-%d","outlet":%q,"date":"2025-01-01","text":%q}`, outlet, i, outlet, text))
	}
	return lines
}

// learnedIn returns how many articles had the line removed as chrome.
func learnedIn(t *testing.T, opt Options, lines []string) int {
	t.Helper()
	opt.Stdin = strings.NewReader(strings.Join(lines, "\n"))
	n := 0
	for _, a := range loadT(t, opt, "-").Articles {
		if strings.Contains(a.Text, "Follow us") {
			continue
		}
		for _, c := range a.Chrome {
			if c == "Follow us on Example Social" {
				n++
			}
		}
	}
	return n
}

// TestChromeMinArticles: a short line is learned as an outlet's chrome
// when it is in at least 4 of its distinct stories (the documented
// default) and in at least 5% of them; one story fewer, it is text.
func TestChromeMinArticles(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lines  []string
		opt    Options
		wanted int // articles the line is removed from
	}{
		{"in 4 of 10 stories", chromeDump("A", 10, 4), Options{}, 4},
		{"in 3 of 10 stories", chromeDump("A", 10, 3), Options{}, 0},
		// 5% of 200 stories is 10.
		{"in 10 of 200 stories", chromeDump("A", 200, 10), Options{}, 10},
		{"in 9 of 200 stories", chromeDump("A", 200, 9), Options{}, 0},
		// Per outlet: 2 stories each in two outlets are not 4 of one.
		{"in 2 stories of each of two outlets", append(chromeDump("A", 10, 2), chromeDump("B", 10, 2)...), Options{}, 0},
		{"ChromeMinArticles 3", chromeDump("A", 10, 3), Options{ChromeMinArticles: 3}, 3},
		{"ChromeMinShare 0.5, in 4 of 10", chromeDump("A", 10, 4), Options{ChromeMinShare: 0.5}, 0},
		{"ChromeMinShare 0.5, in 5 of 10", chromeDump("A", 10, 5), Options{ChromeMinShare: 0.5}, 5},
	} {
		if got := learnedIn(t, tc.opt, tc.lines); got != tc.wanted {
			t.Errorf("%s: the line removed as chrome from %d articles, want %d", tc.name, got, tc.wanted)
		}
	}
}
