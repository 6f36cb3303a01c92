package corpus

import (
	"strings"

	"github.com/cespare/xxhash/v2"
)

// Title affixes are the site's name or section a scraper took with the
// <title>: "… « War in Ukraine | Censor.NET", "OPINION: …". An affix is a
// suffix that starts at a separator (titleSeps) or a prefix that ends at
// one, learned per outlet when at least half (titleAffixShare) of the
// outlet's distinct titles, and at least opt.ChromeMinArticles, carry it
// verbatim. Such affixes are on nearly every title of a site (censor.net's
// " | Censor.NET" on all 5,094 of RUWA's); a rubric an outlet writes is on
// far fewer (BBC's "Ukraine war: " on 19% of RUWA's BBC titles, MSNBC's
// "Transcript: " on 15%), and stays. The longest learned suffix and the
// longest learned prefix go from a title, unless nothing would be left.
const titleAffixShare = 0.5

// titleSeps are the separators an affix hangs on.
var titleSeps = []string{" | ", " « ", " » ", " - ", " – ", " — ", " :: ", " · ", " • ", ": "}

// affixKind says what part of a title an affix is.
type affixKind byte

const (
	affixSuffix   affixKind = 's' // from a separator to the end: " | Censor.NET"
	affixPrefix   affixKind = 'p' // from the start through a separator: "OPINION: "
	affixSections affixKind = 't' // from a separator, a varying section, then a fixed suffix: " « World | Censor.NET"
)

// titleAffixes calls fn with each affix of title that leaves some of it:
// its kind, its key (for a section suffix, the separator before the
// section and the fixed suffix after it) and the length of title it
// keeps.
func titleAffixes(title string, fn func(kind affixKind, key string, keep int)) {
	type cut struct{ at, end int } // a separator's start and end
	var cuts []cut
	for _, sep := range titleSeps {
		for off := 0; ; {
			i := strings.Index(title[off:], sep)
			if i < 0 {
				break
			}
			i += off
			cuts = append(cuts, cut{i, i + len(sep)})
			off = i + 1
		}
	}
	for _, c := range cuts {
		if c.at > 0 {
			fn(affixSuffix, title[c.at:], c.at)
			for _, d := range cuts {
				if d.at > c.end && short(title[c.end:d.at]) {
					fn(affixSections, title[c.at:c.end]+"\x00"+title[d.at:], c.at)
				}
			}
		}
		// A title is trimmed and every separator ends with a space: a
		// prefix always leaves some of it.
		fn(affixPrefix, title[:c.end], c.end)
	}
}

// affixKey is the hash of a title affix of a kind.
func affixKey(kind affixKind, key string) uint64 {
	return xxhash.Sum64String(string(kind) + key)
}

// learnTitleAffixes returns the hashes of the title affixes learned, by
// outlet.
func learnTitleAffixes(arts []*Article, opt Options) map[string]map[uint64]bool {
	units := make([]ChromeUnits, 0, len(arts))
	for _, a := range arts {
		if a.Title == "" {
			continue
		}
		var hs []uint64
		titleAffixes(a.Title, func(kind affixKind, key string, _ int) { hs = append(hs, affixKey(kind, key)) })
		units = append(units, ChromeUnits{Outlet: a.Outlet, Story: xxhash.Sum64String(a.Title), Short: uniq(hs)})
	}
	opt.ChromeMinShare = titleAffixShare
	return LearnRepeated(units, opt)
}

// dropTitleAffixes removes from a's title the longest learned suffix and
// the longest learned prefix, keeping them in TitleChrome.
func dropTitleAffixes(a *Article, set map[uint64]bool) {
	title := a.Title
	from, to := 0, len(title) // what is kept
	titleAffixes(title, func(kind affixKind, key string, keep int) {
		if !set[affixKey(kind, key)] {
			return
		}
		if kind == affixPrefix {
			from = max(from, keep)
		} else {
			to = min(to, keep)
		}
	})
	if from == 0 && to == len(title) {
		return
	}
	if from >= to {
		from = 0 // the two meet or overlap: the suffix goes alone
	}
	// Titles are trimmed, with single spaces: what is left holds a word.
	a.Title = strings.TrimSpace(title[from:to])
	if from > 0 {
		a.TitleChrome = append(a.TitleChrome, title[:from])
	}
	if to < len(title) {
		a.TitleChrome = append(a.TitleChrome, title[to:])
	}
}
