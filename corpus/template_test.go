package corpus

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// templateStory is the body of story i of an outlet: three paragraphs of
// its own, long enough to be prose (more than maxChromeWords words).
func templateStory(outlet string, i int) []string {
	var ps []string
	for p := range 3 {
		ps = append(ps, fmt.Sprintf("Paragraph %d of story %d of %s tells what happened on day %d, with details of its own that no other story repeats.", p, i, outlet, i*7+p))
	}
	return ps
}

// loadStories loads one outlet's stories, given as paragraph lists, and
// titles (parallel, "" for none), and returns the articles in order.
func loadStories(t *testing.T, outlet string, titles []string, stories [][]string) []*Article {
	t.Helper()
	var lines []string
	for i, ps := range stories {
		rec := map[string]string{"id": fmt.Sprintf("%s-%d", outlet, i), "outlet": outlet, "date": "2025-01-01", "text": strings.Join(ps, "\n\n")}
		if i < len(titles) && titles[i] != "" {
			rec["title"] = titles[i]
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	return loadT(t, Options{Stdin: strings.NewReader(strings.Join(lines, "\n"))}, "-").Articles
}

// withLine returns n stories of which the first k open with the line made
// by line(i), a paragraph of its own.
func withLine(n, k int, line func(i int) string) [][]string {
	var out [][]string
	for i := range n {
		ps := templateStory("A", i)
		if i < k {
			ps = append([]string{line(i)}, ps...)
		}
		out = append(out, ps)
	}
	return out
}

// firstLines returns the first line of each article's text.
func firstLines(arts []*Article) []string {
	var out []string
	for _, a := range arts {
		first, _, _ := strings.Cut(a.Text, "\n")
		out = append(out, first)
	}
	return out
}

// credit is a caption credit that differs from story to story.
func credit(i int) string {
	return []string{"Getty Images", "Reuters", "AFP", "EPA", "Alex Wong/Getty", "AP"}[i%6]
}

// TestTemplateStoryRule: a line opening shared by lines that differ is
// learned by the rule of learned lines, at least 4 distinct stories of the
// outlet and 5% of them, and the short credit lines it opens go whole.
func TestTemplateStoryRule(t *testing.T) {
	line := func(i int) string { return "Image copyright " + credit(i) }
	for _, tc := range []struct {
		name    string
		stories [][]string
		removed int
	}{
		{"in 4 of 10 stories", withLine(10, 4, line), 4},
		{"in 3 of 10 stories", withLine(10, 3, line), 0},
		{"in 10 of 200 stories", withLine(200, 10, line), 10},
		{"in 9 of 200 stories", withLine(200, 9, line), 0},
		// Copies of one story count once.
		{"in one story 4 times", append(withLine(1, 1, line), withLine(1, 1, line)[0], withLine(1, 1, line)[0], withLine(1, 1, line)[0]), 0},
	} {
		arts := loadStories(t, "A", nil, tc.stories)
		removed := 0
		for _, a := range arts {
			if slices.ContainsFunc(a.Chrome, func(c string) bool { return strings.HasPrefix(c, "Image copyright ") }) {
				removed++
				if strings.Contains(a.Text, "Image copyright") {
					t.Errorf("%s: %s keeps its credit line: %q", tc.name, a.ID, a.Text)
				}
			}
		}
		if removed != tc.removed {
			t.Errorf("%s: credit line removed from %d articles, want %d", tc.name, removed, tc.removed)
		}
	}
}

// TestTemplateLongLine: a long line, or a short one that ends as a
// sentence, loses the template alone; the longest learned template goes.
func TestTemplateLongLine(t *testing.T) {
	caption := "Dan Coats repeatedly clashed with Donald Trump over Iran, North Korea and Russia in two years of office"
	stories := withLine(10, 6, func(i int) string {
		switch i {
		case 4:
			return "Image copyright Getty Images Image caption " + caption
		case 5:
			return "Image copyright Stormy Daniels Image caption She said no."
		}
		return "Image copyright Getty Images Image caption Protesters number " + fmt.Sprint(i)
	})
	got := firstLines(loadStories(t, "A", nil, stories))[:6]
	want := []string{
		"Paragraph 0 of story 0 of A tells what happened on day 0, with details of its own that no other story repeats.",
		"Paragraph 0 of story 1 of A tells what happened on day 7, with details of its own that no other story repeats.",
		"Paragraph 0 of story 2 of A tells what happened on day 14, with details of its own that no other story repeats.",
		"Paragraph 0 of story 3 of A tells what happened on day 21, with details of its own that no other story repeats.",
		caption,
		"Stormy Daniels Image caption She said no.",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("first lines (-want +got):\n%s", d)
	}
}

// TestTemplateProse: a template is learned only when most of the lines it
// opens do not end as a sentence; with half of them sentences it is prose.
func TestTemplateProse(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prose   int // of the 6 lines the opening starts
		learned bool
	}{
		{"2 of 6 lines sentences", 2, true},
		{"3 of 6 lines sentences", 3, false},
	} {
		stories := withLine(10, 6, func(i int) string {
			if i < tc.prose {
				return "Story highlights " + credit(i) + " spoke."
			}
			return "Story highlights " + credit(i)
		})
		arts := loadStories(t, "A", nil, stories)
		learned := !strings.Contains(arts[5].Text, "Story highlights")
		if learned != tc.learned {
			t.Errorf("%s: learned %v, want %v", tc.name, learned, tc.learned)
		}
	}
}

// TestTemplateQuotes: a line holding a quotation mark is prose however it
// ends, and a line opening shared by such lines is no template.
func TestTemplateQuotes(t *testing.T) {
	stories := withLine(10, 6, func(i int) string {
		return "Some note that “the talks of day " + fmt.Sprint(i) + " changed little” " + credit(i) + ", New York Times"
	})
	arts := loadStories(t, "A", nil, stories)
	if !strings.HasPrefix(arts[0].Text, "Some note that") {
		t.Errorf("a quotation lost its opening: %q", arts[0].Text)
	}
}

// TestTemplateCopies: copies of one story count once in every share a
// template is judged by; here two stories of prose repeated four times
// each would make most of the lines sentences.
func TestTemplateCopies(t *testing.T) {
	stories := withLine(10, 6, func(i int) string { return "Story highlights " + credit(i) })
	prosy := withLine(2, 2, func(i int) string { return "Story highlights " + credit(i) + " spoke." })
	for range 4 {
		stories = append(stories, prosy...)
	}
	arts := loadStories(t, "A", nil, stories)
	if strings.Contains(arts[0].Text, "Story highlights") {
		t.Errorf("template not learned: %q", arts[0].Text)
	}
}

// TestTemplateNextWord: a template grows by a word only when that word
// follows in at least half of the lines it opens; a word that is one of
// many is the tail.
func TestTemplateNextWord(t *testing.T) {
	// A caption of its own in each story, shorter than the stories'
	// paragraphs (the longest line tells stories apart).
	caption := func(i int) string {
		return fmt.Sprintf(" %s at the court on day %d", []string{"Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida"}[i], i)
	}
	for _, tc := range []struct {
		name  string
		lines int // lines opened by "Image caption", of 20 stories
		want  string
	}{
		{"Getty after 4 of 8", 8, "Ana at the court"},
		{"Getty after 4 of 9", 9, "Getty Ana at the court"},
	} {
		stories := withLine(20, tc.lines, func(i int) string {
			if i < 4 {
				return "Image caption Getty" + caption(i) + ", with the crowd that gathered outside before dawn"
			}
			return "Image caption " + []string{"Reuters", "AFP", "EPA", "AP", "Pool"}[i%5] + caption(i) + ", with the crowd that gathered outside before dawn"
		})
		arts := loadStories(t, "A", nil, stories)
		if got := firstLines(arts)[0]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: first line %q, want it to start %q", tc.name, got, tc.want)
		}
	}
}

// TestTemplateWords: a template holds at most 12 words (maxChromeWords),
// the bound of chrome.
func TestTemplateWords(t *testing.T) {
	twelve := "Get the Monitor Stories you care about delivered to your inbox daily"
	stories := withLine(10, 6, func(i int) string {
		return twelve + " " + credit(i) + " and more from the newsroom of the week " + fmt.Sprint(i)
	})
	got := firstLines(loadStories(t, "A", nil, stories))[0]
	if want := "Getty Images and more from the newsroom of the week 0"; got != want {
		t.Errorf("first line %q, want %q", got, want)
	}
}

// TestTemplateLineShare: a template opens at most half of the lines of the
// stories it is in; an outlet whose every line opens with the same word
// keeps its text.
func TestTemplateLineShare(t *testing.T) {
	for _, tc := range []struct {
		name    string
		lines   int // of the 4 lines of each story the opening starts
		learned bool
	}{
		{"2 of 4 lines", 2, true},
		{"3 of 4 lines", 3, false},
	} {
		var stories [][]string
		for i := range 10 {
			ps := []string{}
			for l := range 4 {
				if l < tc.lines {
					ps = append(ps, fmt.Sprintf("Live update %s %d", credit(i+l), i*4+l))
				} else {
					ps = append(ps, fmt.Sprintf("Paragraph %d of story %d tells what happened on day %d, with details of its own", l, i, i*4+l))
				}
			}
			stories = append(stories, ps)
		}
		arts := loadStories(t, "A", nil, stories)
		learned := !strings.Contains(arts[0].Text, "Live update")
		if learned != tc.learned {
			t.Errorf("%s: learned %v, want %v", tc.name, learned, tc.learned)
		}
	}

	// Hostile: every line of every story opens with "Breaking:", and none
	// ends as a sentence.
	var stories [][]string
	for i := range 10 {
		stories = append(stories, []string{fmt.Sprintf("Breaking: troops cross the river at %s %d", credit(i), i), fmt.Sprintf("Breaking: shelling reported near %s %d", credit(i+1), i)})
	}
	for _, a := range loadStories(t, "A", nil, stories) {
		if len(a.Chrome) > 0 || strings.Count(a.Text, "Breaking:") != 2 {
			t.Errorf("%s lost text to chrome %q: %q", a.ID, a.Chrome, a.Text)
		}
	}
}

// TestTemplateStartShare: a template opens at least half of its
// occurrences in the outlet's text; a phrase that prose uses more often
// elsewhere is not chrome.
func TestTemplateStartShare(t *testing.T) {
	for _, tc := range []struct {
		name    string
		inside  int // stories that also write the opening inside a sentence
		learned bool
	}{
		{"6 of 12 occurrences open a line", 6, true},
		{"6 of 13 occurrences open a line", 7, false},
	} {
		stories := withLine(10, 6, func(i int) string { return "Kiev regime " + credit(i) })
		for i := range tc.inside {
			stories[i] = append(stories[i], "Officials there call it the Kiev regime as they did before, in every statement of the week.")
		}
		arts := loadStories(t, "A", nil, stories)
		learned := !strings.HasPrefix(arts[0].Text, "Kiev regime")
		if learned != tc.learned {
			t.Errorf("%s: learned %v, want %v", tc.name, learned, tc.learned)
		}
		if !strings.Contains(arts[0].Text, "call it the Kiev regime") {
			t.Errorf("%s: the sentence lost its words: %q", tc.name, arts[0].Text)
		}
	}
}

// TestTemplateOneWord: a one-word template is a label ending with a
// colon; another single word opening many lines is a sentence's.
func TestTemplateOneWord(t *testing.T) {
	for _, tc := range []struct {
		word    string
		learned bool
	}{
		{"Photo:", true},
		{"Former", false},
	} {
		arts := loadStories(t, "A", nil, withLine(10, 6, func(i int) string { return tc.word + " " + credit(i) }))
		learned := !strings.HasPrefix(arts[0].Text, tc.word)
		if learned != tc.learned {
			t.Errorf("%s: learned %v, want %v", tc.word, learned, tc.learned)
		}
	}
}

// TestTemplatePerOutlet: a template learned from one outlet is not
// applied to another.
func TestTemplatePerOutlet(t *testing.T) {
	line := func(i int) string { return "Image copyright " + credit(i) }
	a := loadStories(t, "A", nil, withLine(10, 6, line))
	b := loadStories(t, "B", nil, withLine(10, 2, line))
	if strings.Contains(a[0].Text, "Image copyright") || !strings.Contains(b[0].Text, "Image copyright") {
		t.Errorf("A %q, B %q: want the line gone from A alone", firstLines(a[:1]), firstLines(b[:1]))
	}
}

// TestTitleAffixes: a suffix or prefix at a separator carried by at least
// half of an outlet's distinct titles, and 4 of them, leaves the titles;
// a rubric on fewer stays.
func TestTitleAffixes(t *testing.T) {
	heads := []string{"Troops cross the river", "Talks resume in Berlin", "Grain deal extended", "Shelling near the plant", "Sanctions widen", "Envoys meet in Moscow", "Ceasefire holds", "Bridge reopens"}
	titled := func(f func(i int) string) []string {
		var out []string
		for i := range heads {
			out = append(out, f(i))
		}
		return out
	}
	// onFirst gives the first k titles an affix.
	onFirst := func(k int, affix func(head string) string) []string {
		return titled(func(i int) string {
			if i < k {
				return affix(heads[i])
			}
			return heads[i]
		})
	}
	// meeting gives title 0 as is, titles 1-3 a prefix, the others a
	// suffix.
	meeting := func(first, prefix, suffix string) []string {
		return titled(func(i int) string {
			switch {
			case i == 0:
				return first
			case i < 4:
				return prefix + heads[i]
			}
			return heads[i] + suffix
		})
	}
	site := func(h string) string { return h + " | Censor.NET" }
	for _, tc := range []struct {
		name   string
		titles []string
		want   []string // the first two titles after loading
		chrome []string // TitleChrome of the first
	}{
		{"suffix on 4 of 8", onFirst(4, site), []string{"Troops cross the river", "Talks resume in Berlin"}, []string{" | Censor.NET"}},
		{"suffix on 3 of 8", onFirst(3, site), []string{"Troops cross the river | Censor.NET", "Talks resume in Berlin | Censor.NET"}, nil},
		{"prefix on 5 of 8", onFirst(5, func(h string) string { return "OPINION: " + h }), []string{"Troops cross the river", "Talks resume in Berlin"}, []string{"OPINION: "}},
		{"sections before a site name", titled(func(i int) string {
			return heads[i] + " « " + []string{"War in Ukraine", "World", "Economics"}[i%3] + " | Censor.NET"
		}), []string{"Troops cross the river", "Talks resume in Berlin"}, []string{" « War in Ukraine | Censor.NET"}},
		{"a rubric on 3 of 8", onFirst(3, func(h string) string { return "Ukraine war: " + h }), []string{"Ukraine war: Troops cross the river", "Ukraine war: Talks resume in Berlin"}, nil},
		// "Live - Kyiv: " opens titles 0-3, " - Kyiv: Site" ends titles 0
		// and 4-7: in title 0 they overlap.
		{"a prefix and a suffix that overlap: the suffix goes alone", meeting("Live - Kyiv: Site", "Live - Kyiv: ", " - Kyiv: Site"), []string{"Live", "Talks resume in Berlin"}, []string{" - Kyiv: Site"}},
		{"a prefix that ends where a suffix starts: the suffix goes alone", meeting("Live | : Site", "Live | ", ": Site"), []string{"Live |", "Talks resume in Berlin"}, []string{": Site"}},
		{"the longest prefix goes", titled(func(i int) string { return "OPINION: Site | " + heads[i] }),
			[]string{"Troops cross the river", "Talks resume in Berlin"}, []string{"OPINION: Site | "}},
		{"a long segment between separators is no section", titled(func(i int) string {
			return "Breaking - " + heads[i] + " as officials in three capitals weigh what the talks of the week have changed | Site"
		}), []string{"Troops cross the river as officials in three capitals weigh what the talks of the week have changed", "Talks resume in Berlin as officials in three capitals weigh what the talks of the week have changed"}, []string{"Breaking - ", " | Site"}},
		{"titles opening with a separator keep their words", titled(func(i int) string { return ": " + heads[i] + " | Site" }),
			[]string{"Troops cross the river", "Talks resume in Berlin"}, []string{": ", " | Site"}},
		{"a suffix on 3 of 6 titles, fewer than 4", onFirst(3, site)[:6], []string{"Troops cross the river | Censor.NET", "Talks resume in Berlin | Censor.NET"}, nil},
		{"copies of one title count once", titled(func(i int) string {
			if i < 4 {
				return site(heads[0])
			}
			return heads[i]
		}), []string{"Troops cross the river | Censor.NET", "Troops cross the river | Censor.NET"}, nil},
		{"articles without a title do not count", append(onFirst(4, site), ""), []string{"Troops cross the river", "Talks resume in Berlin"}, []string{" | Censor.NET"}},
	} {
		stories := make([][]string, len(tc.titles))
		for i := range stories {
			stories[i] = templateStory("A", i)
		}
		arts := loadStories(t, "A", tc.titles, stories)
		got := []string{arts[0].Title, arts[1].Title}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s: titles (-want +got):\n%s", tc.name, d)
		}
		if d := cmp.Diff(tc.chrome, arts[0].TitleChrome); d != "" {
			t.Errorf("%s: TitleChrome (-want +got):\n%s", tc.name, d)
		}
	}
}

// TestTemplateLeavesProseLinesToLineRule: a line repeated verbatim is
// learned by the rule of learned lines even when it ends as a sentence,
// which no template takes.
func TestTemplateLeavesProseLinesToLineRule(t *testing.T) {
	arts := loadStories(t, "A", nil, withLine(10, 4, func(int) string { return "Sign up for our daily newsletter." }))
	if strings.Contains(arts[0].Text, "Sign up") {
		t.Errorf("the repeated line was kept: %q", arts[0].Text)
	}
}
