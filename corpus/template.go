package corpus

import (
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/internal/fanout"
)

// Line templates are the chrome that varies from story to story: a line
// opened by the same few words in many of an outlet's stories, with a tail
// of its own each time ("Image copyright Getty Images", "Image copyright
// Reuters Image caption Dan Coats …", "Enlarge this image toggle caption
// Alex Wong/Getty Images"). The verbatim rule of learnChrome cannot see
// them: no two lines are the same.
//
// A template is a proper prefix of a line, of 1 to maxChromeWords words as
// written, learned per outlet when
//   - it opens lines in at least opt.ChromeMinArticles distinct stories of
//     the outlet and in opt.ChromeMinShare of them: the rule of learned
//     lines (4 and 5%);
//   - most of the lines it opens are not prose (templateProseShare): they
//     neither end as a sentence nor hold a quotation mark. Chrome is
//     credits, captions, labels and links; a line that ends with "." is
//     prose whatever its first words ("The", "“I", "According to"), and so
//     is a quotation with its source after it ("Some note that “…”
//     Editorial Board, New York Times");
//   - its first word opens at most half of the lines of the stories it
//     opens one in (templateLineShare): chrome is a small part of a story,
//     and an outlet whose every line starts with the same word keeps its
//     text (the first word, not the template: "Breaking: troops cross"
//     and "Breaking: shelling near" may each open one line in two);
//   - at least half of its occurrences in the outlet's text open a line
//     (templateStartShare): chrome is laid out as a block of its own,
//     while a phrase of prose ("President Donald Trump", "Kiev regime")
//     falls wherever the sentence puts it;
//   - each word after the first follows the words before it in at least
//     half of the lines those open (templateNextShare): a word that is one
//     of many is the varying tail, not the template ("Image caption The",
//     "Media caption Trump"), while the usual continuation is ("Image
//     copyright Getty Images Image caption", in BBC's credit lines);
//   - a one-word template ends with a colon ("Photo:", "RELATED:"): a
//     single word opening many lines is too often a sentence's ("Former",
//     "Some", "Also").
//
// Each share is one half, the least that says "most": a majority of the
// lines, occurrences or continuations, as nothing in the data gives a finer
// line; the story rule is the one learned lines use.
//
// A line opened by a template loses the longest template that opens it.
// When the line is short (maxChromeWords words) and not prose, it is
// chrome whole ("Image copyright Getty Images", "Photographer: Andrew
// Harrer/Bloomberg"); otherwise only the template goes and the rest stays
// text: a caption ("Image copyright Reuters Image caption Dan Coats
// repeatedly clashed with Donald Trump …" keeps "Dan Coats repeatedly
// clashed …"), what a speaker said after the label.
const (
	templateProseShare = 0.5
	templateLineShare  = 0.5
	templateStartShare = 0.5
	templateNextShare  = 0.5
)

// templates are the line templates learned from one outlet.
type templates struct {
	learned map[uint64]bool // hashes of the templates
	// stems are the hashes of every candidate: each template and each
	// prefix of one is a stem, so a line whose opening is none stops there.
	stems map[uint64]bool
}

// learnTemplates returns the line templates learned, by outlet.
func learnTemplates(arts []*Article, opt Options) map[string]*templates {
	// Candidates: the prefixes that open lines of enough stories. A prefix
	// can only if each shorter one does, so the first words are counted
	// first, then the two-word prefixes of lines whose first word is a
	// candidate, then the longer ones of lines whose two first words are:
	// most lines open with words too rare to be chrome.
	units := make([]ChromeUnits, len(arts))
	prefixes := func(prev map[string]map[uint64]bool, checked, max int) {
		fanout.EachWith(len(arts), opt.Workers, newWordBuf, func(buf *[]int, i int) {
			set := prev[arts[i].Outlet]
			if prev != nil && set == nil {
				units[i].Short = nil
				return
			}
			var longest string
			var hs []uint64
			for line := range strings.SplitSeq(arts[i].Text, "\n") {
				if len(line) > len(longest) {
					longest = line
				}
				ends := wordEnds(buf, line, maxChromeWords+1)
				for k := 1; k < len(ends) && k <= max; k++ {
					h := xxhash.Sum64String(line[:ends[k-1]])
					if k <= checked && !set[h] {
						break
					}
					hs = append(hs, h)
				}
			}
			units[i] = ChromeUnits{Outlet: arts[i].Outlet, Story: xxhash.Sum64String(longest), Short: uniq(hs)}
		})
	}
	prefixes(nil, 0, 1)
	prefixes(LearnRepeated(units, opt), 1, 2)
	prefixes(LearnRepeated(units, opt), 2, maxChromeWords)
	cands := LearnRepeated(units, opt)
	if len(cands) == 0 {
		return nil
	}

	// The lines each candidate opens, per article.
	type use struct {
		text          string
		starts, prose int // lines it opens; those of prose
	}
	uses := make([]map[uint64]*use, len(arts))
	lines := make([]int, len(arts)) // non-empty lines of each article
	fanout.EachWith(len(arts), opt.Workers, newWordBuf, func(buf *[]int, i int) {
		set := cands[arts[i].Outlet]
		if set == nil {
			return
		}
		for line := range strings.SplitSeq(arts[i].Text, "\n") {
			if line == "" {
				continue
			}
			lines[i]++
			ends := wordEnds(buf, line, maxChromeWords+1)
			for k := 1; k < len(ends) && k <= maxChromeWords; k++ {
				p := line[:ends[k-1]]
				h := xxhash.Sum64String(p)
				if !set[h] {
					break // a longer prefix is no candidate either
				}
				if uses[i] == nil {
					uses[i] = map[uint64]*use{}
				}
				u := uses[i][h]
				if u == nil {
					u = &use{text: p}
					uses[i][h] = u
				}
				u.starts++
				if prose(line) {
					u.prose++
				}
			}
		}
	})

	// Tally over the distinct stories of each outlet, in input order.
	type tally struct {
		text                       string
		starts, prose, lines, occs int
	}
	by := map[string]map[uint64]*tally{}
	seen := map[string]map[uint64]bool{}
	counted := make([]bool, len(arts))
	for i, a := range arts {
		if uses[i] == nil {
			continue
		}
		if seen[a.Outlet] == nil {
			seen[a.Outlet] = map[uint64]bool{}
			by[a.Outlet] = map[uint64]*tally{}
		}
		if seen[a.Outlet][units[i].Story] {
			continue
		}
		seen[a.Outlet][units[i].Story] = true
		counted[i] = true
		for h, u := range uses[i] {
			t := by[a.Outlet][h]
			if t == nil {
				t = &tally{text: strings.Clone(u.text)}
				by[a.Outlet][h] = t
			}
			t.starts += u.starts
			t.prose += u.prose
			t.lines += lines[i]
		}
	}
	// The candidates left after the first rules, then where their
	// occurrences fall.
	type kept struct {
		h uint64
		t *tally
	}
	left := map[string][]kept{}
	for outlet, ts := range by {
		for h, t := range ts {
			word, more := t.text, false
			if i := strings.IndexAny(t.text, " \t"); i >= 0 {
				word, more = t.text[:i], true
			}
			first := ts[xxhash.Sum64String(word)] // the lines opening with its first word
			if float64(t.prose) >= templateProseShare*float64(t.starts) ||
				float64(first.starts) > templateLineShare*float64(first.lines) ||
				!more && !strings.HasSuffix(t.text, ":") {
				continue
			}
			if more {
				parent := ts[xxhash.Sum64String(t.text[:strings.LastIndexAny(t.text, " \t")])]
				if float64(t.starts) < templateNextShare*float64(parent.starts) {
					continue // its last word is one of many that follow: the tail
				}
			}
			left[outlet] = append(left[outlet], kept{h, t})
		}
	}
	occs := make([][]int, len(arts))
	fanout.Each(len(arts), opt.Workers, func(i int) {
		ks := left[arts[i].Outlet]
		if !counted[i] || len(ks) == 0 {
			return
		}
		occs[i] = make([]int, len(ks))
		for k, c := range ks {
			occs[i][k] = strings.Count(arts[i].Text, c.t.text)
		}
	})
	for i, a := range arts {
		for k, n := range occs[i] {
			left[a.Outlet][k].t.occs += n
		}
	}
	learned := map[string]*templates{}
	for outlet, ks := range left {
		for _, c := range ks {
			if float64(c.t.starts) < templateStartShare*float64(c.t.occs) {
				continue
			}
			if learned[outlet] == nil {
				learned[outlet] = &templates{learned: map[uint64]bool{}, stems: cands[outlet]}
			}
			learned[outlet].learned[c.h] = true
		}
	}
	return learned
}

// dropTemplates removes from a's lines the longest learned template that
// opens each: the whole line when it is short and not a sentence, else the
// template alone.
func dropTemplates(a *Article, t *templates, buf *[]int) {
	b := body{}
	hit := false
	for line := range strings.SplitSeq(a.Text, "\n") {
		gone := false
		ends := wordEnds(buf, line, maxChromeWords)
		p := ""
		for k := 1; k <= len(ends); k++ {
			h := xxhash.Sum64String(line[:ends[k-1]])
			if !t.stems[h] {
				break
			}
			if t.learned[h] {
				p = line[:ends[k-1]]
			}
		}
		if p != "" {
			hit = true
			if short(line) && !prose(line) {
				b.chrome = append(b.chrome, line)
				gone = true
			} else {
				// A line that is the template alone is left blank, and
				// blank lines fold.
				b.chrome = append(b.chrome, p)
				line = strings.TrimLeft(line[len(p):], " \t")
			}
		}
		if !gone {
			b.lines = append(b.lines, line)
		}
	}
	if hit {
		a.Text = b.text(a.Text)
		a.Chrome = append(a.Chrome, cloneAll(b.chrome)...)
	}
}

// prose reports whether a line reads as prose: it ends as a sentence or
// holds a quotation mark (what an outlet quotes is reporting, however the
// line ends: "Some note that “…” Editorial Board, New York Times").
func prose(line string) bool {
	return endsSentence(line) || strings.ContainsAny(line, "\"“”")
}

// wordEnds returns, in *buf, the byte offsets where the first max words of
// line end (words are separated by spaces and tabs).
func wordEnds(buf *[]int, line string, max int) []int {
	ends := (*buf)[:0]
	in := false
	for i := 0; i < len(line); i++ {
		sp := line[i] == ' ' || line[i] == '\t'
		if sp && in {
			if ends = append(ends, i); len(ends) == max {
				break
			}
		}
		in = !sp
	}
	if in && len(ends) < max {
		ends = append(ends, len(line))
	}
	*buf = ends
	return ends
}

func newWordBuf() *[]int { return new([]int) }
