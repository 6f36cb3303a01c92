package corpus

import (
	"math"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/internal/fanout"
)

// learnChrome finds, per outlet, the short lines that repeat across many
// distinct articles of that outlet: navigation, bylines of the site,
// newsletter prompts. An article counts once per line however often the line
// occurs in it, and copies of one story (articles with the same longest
// paragraph) count once, so a story syndicated several times in a dump does
// not turn its own headings into chrome. It returns the line hashes to drop,
// by outlet.
func learnChrome(arts []*Article, opt Options) map[string]map[uint64]bool {
	type lines struct {
		story uint64   // hash of the longest line: one per story
		short []uint64 // hashes of its distinct short lines
	}
	per := make([]lines, len(arts))
	fanout.Each(len(arts), opt.Workers, func(i int) {
		text := arts[i].Text
		var longest string
		var hs []uint64
		for line := range strings.SplitSeq(text, "\n") {
			if len(line) > len(longest) {
				longest = line
			}
			if line != "" && short(line) {
				hs = append(hs, xxhash.Sum64String(line))
			}
		}
		per[i] = lines{story: xxhash.Sum64String(longest), short: uniq(hs)}
	})

	units := make([]ChromeUnits, len(arts))
	for i, a := range arts {
		units[i] = ChromeUnits{Outlet: a.Outlet, Story: per[i].story, Short: per[i].short}
	}
	return LearnRepeated(units, opt)
}

// ChromeUnits is what the rule of learned chrome reads of one article: its
// outlet, a key of its story (copies of one story share it) and the hashes
// of its distinct short units of text (lines, or sentences).
type ChromeUnits struct {
	Outlet string
	Story  uint64
	Short  []uint64
}

// LearnRepeated is the rule of learned chrome, for lines (as the loader
// uses it) or any other short units: a unit is chrome of an outlet when it
// occurs in at least opt.ChromeMinArticles distinct stories of the outlet
// and in at least opt.ChromeMinShare of them (4 and 0.05 when zero). It
// returns the hashes of the units learned, by outlet.
func LearnRepeated(arts []ChromeUnits, opt Options) map[string]map[uint64]bool {
	opt.defaults()
	type tally struct {
		stories map[uint64]bool
		count   map[uint64]int
	}
	by := map[string]*tally{}
	for _, a := range arts {
		t := by[a.Outlet]
		if t == nil {
			t = &tally{stories: map[uint64]bool{}, count: map[uint64]int{}}
			by[a.Outlet] = t
		}
		if t.stories[a.Story] {
			continue
		}
		t.stories[a.Story] = true
		for _, h := range a.Short {
			t.count[h]++
		}
	}
	learned := map[string]map[uint64]bool{}
	for outlet, t := range by {
		min := max(opt.ChromeMinArticles, int(math.Ceil(opt.ChromeMinShare*float64(len(t.stories)))))
		for h, n := range t.count {
			if n >= min {
				if learned[outlet] == nil {
					learned[outlet] = map[uint64]bool{}
				}
				learned[outlet][h] = true
			}
		}
	}
	return learned
}

// ShortUnit reports whether a unit of text (a line, a sentence) is short
// enough to be chrome.
func ShortUnit(s string) bool { return short(s) }

// dropLearned removes an article's lines that were learned as chrome.
func dropLearned(a *Article, set map[uint64]bool) {
	b := body{}
	hit := false
	for line := range strings.SplitSeq(a.Text, "\n") {
		if line != "" && short(line) && set[xxhash.Sum64String(line)] {
			b.chrome = append(b.chrome, line)
			hit = true
			continue
		}
		b.lines = append(b.lines, line)
	}
	if hit {
		a.Text = b.text(a.Text)
		a.Chrome = append(a.Chrome, cloneAll(b.chrome)...)
	}
}

func uniq(hs []uint64) []uint64 {
	out := hs[:0]
	seen := make(map[uint64]bool, len(hs))
	for _, h := range hs {
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	return out
}
