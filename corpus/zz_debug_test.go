package corpus

import (
	"strings"
	"testing"

	"github.com/clipperhouse/uax29/v2/words"
)

func TestZZFallbacks(t *testing.T) {
	var parts []string
	for _, s := range textSeeds(t) {
		parts = append(parts, s)
	}
	text := strings.Join(parts, "\n\n")
	n := len(text)
	for p := 0; p < n; {
		f := wbClass[text[p]]
		if f&wbWord != 0 {
			j := p + 1
			for j < n && wbClass[text[j]]&wbWord != 0 {
				j++
			}
			if j < n && wbClass[text[j]]&(wbMidLet|wbMidNum|wbNonASCII) != 0 {
				j = wordEndFast(text, j)
			}
			if j > p {
				p = j
				continue
			}
		} else if e := nonWordEndFast(text, p, f); e > p {
			p = e
			continue
		}
		it := words.FromString(text[p:])
		it.Next()
		t.Logf("fallback %q", text[p:p+it.End()])
		p += it.End()
	}
}
