package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
)

// seeds loads the seed dump: 000, 002 and 004 report the Berlin talks of
// 14-16 December 2025, 001 the Moscow meeting of 2 December, 003 the talks
// of early December.
func seeds(t *testing.T) []*corpus.Article {
	t.Helper()
	d, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 5 {
		t.Fatalf("%d seed articles, want 5", len(d.Articles))
	}
	return d.Articles
}

// group runs a Builder over arts with opt (the lexicon's canon added).
func group(arts []*corpus.Article, opt Options) ([]Event, *Builder) {
	opt.Canon = framing.DefaultLexicon().Canon()
	b := NewBuilder(opt)
	for i, a := range arts {
		b.Add(i, a)
	}
	return b.Events(), b
}

// ids returns the ids of each event's members, by event.
func ids(evs []Event, b *Builder) [][]string {
	var out [][]string
	for _, e := range evs {
		var s []string
		for _, m := range e.Members {
			s = append(s, b.ID(m)[:3])
		}
		out = append(out, s)
	}
	return out
}

// eventOf returns the event holding the article whose id starts with p.
func eventOf(t *testing.T, evs []Event, b *Builder, p string) *Event {
	t.Helper()
	for k := range evs {
		for _, m := range evs[k].Members {
			if strings.HasPrefix(b.ID(m), p) {
				return &evs[k]
			}
		}
	}
	t.Fatalf("no event holds %s", p)
	return nil
}

// checkPartition fails unless every article 0..n-1 is in exactly one event.
func checkPartition(t *testing.T, evs []Event, n int) {
	t.Helper()
	seen := make([]int, n)
	for _, e := range evs {
		for _, m := range e.Members {
			seen[m]++
		}
	}
	for i, c := range seen {
		if c != 1 {
			t.Errorf("article %d is in %d events, want exactly 1", i, c)
		}
	}
}

func TestSeedsBerlinTalks(t *testing.T) {
	arts := seeds(t)
	evs, b := group(arts, Options{})
	checkPartition(t, evs, len(arts))
	want := [][]string{{"000", "002", "004"}, {"001"}, {"003"}}
	if diff := cmp.Diff(want, ids(evs, b)); diff != "" {
		t.Fatalf("events (-want +got):\n%s", diff)
	}
	berlin := evs[0]
	if berlin.ID != "e1" || !slices.Contains(berlin.Terms, "Berlin") {
		t.Errorf("the Berlin talks: id %s, terms %q; want e1 and a term Berlin", berlin.ID, berlin.Terms)
	}
	if want := " · 15–16 Dec 2025 · MENAFN, unknown (2)"; !strings.HasSuffix(berlin.Label, want) {
		t.Errorf("label %q, want it to end with %q", berlin.Label, want)
	}
	if got := berlin.Start.Format("2006-01-02") + "/" + berlin.End.Format("2006-01-02"); got != "2025-12-15/2025-12-16" {
		t.Errorf("span %s, want 2025-12-15/2025-12-16", got)
	}
	for _, e := range evs {
		if len(e.Terms) != labelTerms || strings.Contains(e.Label, "(no terms)") {
			t.Errorf("%s: terms %q: every seed event should be named by %d terms", e.ID, e.Terms, labelTerms)
		}
	}
}

// withDate returns a copy of a dated d, or undated when d is zero.
func withDate(a *corpus.Article, id string, d time.Time) *corpus.Article {
	c := *a
	c.ID, c.Date = id, d
	return &c
}

func day(n int) time.Time { return time.Date(2025, 12, 1+n, 0, 0, 0, 0, time.UTC) }

// TestCopiesFold: a republished copy with the spelling changed folds into
// the event of its source and is listed as a duplicate group.
func TestCopiesFold(t *testing.T) {
	arts := seeds(t)
	cp := *arts[0]
	cp.ID, cp.Outlet = "005_copy", "Copy Outlet"
	cp.Text = strings.ReplaceAll(cp.Text, "Kyiv", "Kiev")
	cp.Tokens = corpus.Tokenize(cp.Text)
	arts = append(arts, &cp)
	evs, b := group(arts, Options{})
	checkPartition(t, evs, len(arts))
	e := eventOf(t, evs, b, "000")
	if diff := cmp.Diff([]string{"000", "002", "004", "005"}, ids([]Event{*e}, b)[0]); diff != "" {
		t.Errorf("the copy's event (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{0, 5}}, e.Duplicates); diff != "" {
		t.Errorf("duplicates (-want +got):\n%s", diff)
	}
}

// TestWindow: two reports of one event compared only within the window.
func TestWindow(t *testing.T) {
	arts := seeds(t)
	pair := []*corpus.Article{withDate(arts[0], "000", day(0)), withDate(arts[2], "002", day(10))}
	evs, b := group(pair, Options{})
	if got := ids(evs, b); len(got) != 2 {
		t.Errorf("10 days apart with a 3-day window: events %v, want two", got)
	}
	evs, b = group(pair, Options{Window: 11 * 24 * time.Hour})
	if got := ids(evs, b); len(got) != 1 {
		t.Errorf("10 days apart with an 11-day window: events %v, want one", got)
	}
}

// TestWindowFoldedCopies: copies fold into one unit only within the window
// of each other. Three copies of 000 a month and more apart are three
// events, and 002, reported between them, joins none (it would have joined
// a unit spanning the three months); a copy on the same day and an undated
// one fold with the first.
func TestWindowFoldedCopies(t *testing.T) {
	arts := seeds(t)
	set := []*corpus.Article{
		withDate(arts[0], "000a", day(0)),
		withDate(arts[0], "000b", day(40)),
		withDate(arts[2], "002", day(20)),
		withDate(arts[0], "000c", day(80)),
		withDate(arts[0], "000d", day(0).Add(time.Hour)),
		withDate(arts[0], "000u", time.Time{}),
	}
	evs, b := group(set, Options{})
	checkPartition(t, evs, len(set))
	var got [][]string
	for _, e := range evs {
		var s []string
		for _, m := range e.Members {
			s = append(s, b.ID(m))
		}
		got = append(got, s)
	}
	want := [][]string{{"000a", "000d", "000u"}, {"000b"}, {"002"}, {"000c"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	checkWindow(t, evs, set, DefaultWindow)
}

// TestWindowRecurringHeadline: a headline without a body that recurs every
// week ("What you need to know right now") is a title match each time, and
// does not make one event of months of them, nor pull in the reports of
// those months.
func TestWindowRecurringHeadline(t *testing.T) {
	var in strings.Builder
	for w := range 12 {
		fmt.Fprintf(&in, `{"id":"h%02d","title":"What you need to know right now","date":"%s"}`+"\n", w, day(7*w).Format(time.DateOnly))
	}
	in.WriteString(`{"id":"r1","title":"Berlin talks end without a deal","text":"Negotiators left Berlin without a deal on the peace plan, officials said.","date":"2025-12-29"}` + "\n")
	d, err := corpus.Load([]string{"-"}, corpus.Options{Stdin: strings.NewReader(in.String())})
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := group(d.Articles, Options{})
	checkPartition(t, evs, len(d.Articles))
	checkWindow(t, evs, d.Articles, DefaultWindow)
	if len(evs) != len(d.Articles) {
		t.Errorf("%d events of %d weekly headlines and a report, want each alone", len(evs), len(d.Articles))
	}
}

// checkWindow fails unless, in every event, each dated member is within
// the window of another dated member: events last longer than the window
// only through articles in between.
func checkWindow(t *testing.T, evs []Event, arts []*corpus.Article, w time.Duration) {
	t.Helper()
	for _, e := range evs {
		var dates []time.Time
		for _, m := range e.Members {
			if !arts[m].Date.IsZero() {
				dates = append(dates, arts[m].Date)
			}
		}
		if len(dates) < 2 {
			continue
		}
		for i, x := range dates {
			near := false
			for j, y := range dates {
				if i != j && x.Sub(y).Abs() <= w {
					near = true
				}
			}
			if !near {
				t.Errorf("event %s: a member dated %s has no other within %s", e.ID, x.Format(time.DateOnly), w)
			}
		}
	}
}

// TestUndatedNeverBridges: an undated report like two dated ones far apart
// joins one of them, and does not merge them.
func TestUndatedNeverBridges(t *testing.T) {
	arts := seeds(t)
	three := []*corpus.Article{
		withDate(arts[0], "000", day(0)),
		withDate(arts[2], "002", day(20)),
		withDate(arts[4], "004", time.Time{}),
	}
	evs, b := group(three, Options{})
	checkPartition(t, evs, 3)
	got := ids(evs, b)
	if len(got) != 2 {
		t.Fatalf("events %v: want the undated article with one dated one, the other apart", got)
	}
	for _, e := range evs {
		dated := 0
		for _, m := range e.Members {
			if !three[m].Date.IsZero() {
				dated++
			}
		}
		if dated > 1 {
			t.Errorf("event %v holds both dated articles, 20 days apart", got)
		}
	}
	// Without the undated one's help nothing joins either.
	evs, _ = group(three[:2], Options{})
	if len(evs) != 2 {
		t.Errorf("two dated articles 20 days apart: %d events, want 2", len(evs))
	}
}

func TestDeterministic(t *testing.T) {
	arts := seeds(t)
	for i := range 4 { // more articles: copies on other days
		for _, a := range seeds(t) {
			c := *a
			c.ID = a.ID + "-" + string(rune('a'+i))
			if !c.Date.IsZero() {
				c.Date = c.Date.AddDate(0, 0, 2*i)
			}
			arts = append(arts, &c)
		}
	}
	want, _ := group(arts, Options{Workers: 1})
	for _, w := range []int{1, 2, 4, 8} {
		for range 3 {
			opt := Options{Workers: w}
			opt.Canon = framing.DefaultLexicon().Canon()
			b := NewBuilder(opt)
			// Add concurrently, in scrambled order.
			done := make(chan bool)
			for k := range w {
				go func() {
					for i := len(arts) - 1 - k; i >= 0; i -= w {
						b.Add(i, arts[i])
					}
					done <- true
				}()
			}
			for range w {
				<-done
			}
			if diff := cmp.Diff(want, b.Events()); diff != "" {
				t.Fatalf("workers=%d: events differ from a one-worker run (-want +got):\n%s", w, diff)
			}
		}
	}
}

// testGraph builds a graph of n single-article dated units with the given
// edges.
func testGraph(n int, edges ...edge) *graph {
	g := &graph{edges: edges}
	for i := range n {
		g.units = append(g.units, unit{members: []int{i}, dated: 1, lo: day(0), hi: day(0)})
	}
	return g
}

func TestAverageLinkage(t *testing.T) {
	// A-B 0.9, B-C 0.6, A-C not an edge (0): {A,B} to C averages 0.3.
	// D-E 0.35 alone.
	g := testGraph(5, edge{0, 1, 0.9}, edge{1, 2, 0.6}, edge{3, 4, 0.35})
	for _, tt := range []struct {
		threshold float64
		want      [][]int
	}{
		{0.2, [][]int{{0, 1, 2}, {3, 4}}},
		{0.3, [][]int{{0, 1, 2}, {3, 4}}},
		{0.31, [][]int{{0, 1}, {2}, {3, 4}}},
		{0.5, [][]int{{0, 1}, {2}, {3}, {4}}},
		{0.95, [][]int{{0}, {1}, {2}, {3}, {4}}},
	} {
		if diff := cmp.Diff(tt.want, average(g, tt.threshold)); diff != "" {
			t.Errorf("threshold %g (-want +got):\n%s", tt.threshold, diff)
		}
	}
}

func TestOnline(t *testing.T) {
	// In date order: 0 (day 0), 1 (day 1), 2 (day 2). 2 is nearer 0 and 1
	// on average as a group than alone with either.
	g := testGraph(3, edge{0, 1, 0.5}, edge{0, 2, 0.4}, edge{1, 2, 0.2})
	for k := range g.units {
		g.units[k].lo, g.units[k].hi = day(k), day(k)
	}
	if diff := cmp.Diff([][]int{{0, 1, 2}}, online(g, 0.3)); diff != "" {
		t.Errorf("threshold 0.3 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{0, 1}, {2}}, online(g, 0.35)); diff != "" {
		t.Errorf("threshold 0.35: 2 averages 0.3 with {0,1} (-want +got):\n%s", diff)
	}
}

func TestUndatedLinkage(t *testing.T) {
	// 0 and 1 dated, 2 undated and close to both; 0-1 not an edge.
	g := testGraph(3, edge{0, 2, 0.9}, edge{1, 2, 0.8})
	g.units[2].dated, g.units[2].lo, g.units[2].hi = 0, time.Time{}, time.Time{}
	if diff := cmp.Diff([][]int{{0, 2}, {1}}, average(g, 0.2)); diff != "" {
		t.Errorf("the undated unit joins 0 and bridges nothing (-want +got):\n%s", diff)
	}
}

func TestDateSpan(t *testing.T) {
	d := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		a, b time.Time
		want string
	}{
		{d(2025, 12, 16), d(2025, 12, 16), "16 Dec 2025"},
		{d(2025, 12, 14), d(2025, 12, 16), "14–16 Dec 2025"},
		{d(2025, 11, 30), d(2025, 12, 2), "30 Nov – 2 Dec 2025"},
		{d(2025, 12, 30), d(2026, 1, 2), "30 Dec 2025 – 2 Jan 2026"},
		{time.Time{}, time.Time{}, "undated"},
	} {
		if got := DateSpan(tt.a, tt.b); got != tt.want {
			t.Errorf("DateSpan(%s, %s) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestLabelOutlets(t *testing.T) {
	ev := &Event{Terms: []string{"Berlin", "talks"}, Start: day(14), End: day(15), Outlets: []OutletCount{
		{"AP", 3}, {"BBC", 1}, {"CNN", 1}, {"DW", 2}, {"EFE", 1}, {"unknown", 2},
	}}
	if got, want := label(ev, nil, ""), "Berlin talks · 15–16 Dec 2025 · AP (3), BBC, CNN, DW (2), +2 more"; got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
}

func TestNames(t *testing.T) {
	text := "Talks in Berlin went on. Rustem Umerov met the envoys in Kiev and said: “We will return to Kyiv.”\nThe Berlin round ends."
	a := &corpus.Article{Text: text, Tokens: corpus.Tokenize(text)}
	hs, surfs := names(a, framing.DefaultLexicon().Canon())
	var forms []string
	for _, s := range surfs {
		forms = append(forms, s.form)
	}
	// "Talks", "Rustem", "The" and "We" open sentences (Rustem counts in
	// the run "rustem umerov"); "Kiev" and "Kyiv" are one name.
	if diff := cmp.Diff([]string{"Berlin", "Umerov", "Kiev"}, forms); diff != "" {
		t.Errorf("capitalised terms (-want +got):\n%s", diff)
	}
	// berlin, umerov, kyiv, and the run "rustem umerov".
	if len(hs) != 4 {
		t.Errorf("%d distinct names, want 4", len(hs))
	}
	if !slices.IsSorted(hs) {
		t.Error("names not sorted")
	}
}

// TestLinkageSet: Linkage takes its two names from a command line and
// refuses any other, keeping its value.
func TestLinkageSet(t *testing.T) {
	var l Linkage
	for _, want := range []Linkage{AverageLinkage, OnlineLinkage} {
		if err := l.Set(string(want)); err != nil || l != want || l.String() != string(want) {
			t.Errorf("Set(%q): %v, got %q", want, err, l)
		}
	}
	if err := l.Set("single"); err == nil || l != OnlineLinkage {
		t.Errorf(`Set("single") = %v, linkage %q; want an error and %q kept`, err, l, OnlineLinkage)
	}
}

// TestOrderBySize: events come largest first, ties by their first article,
// numbered e1, e2, ... without gaps in that order, whatever the input order.
func TestOrderBySize(t *testing.T) {
	arts := seeds(t)
	shuffled := []*corpus.Article{arts[3], arts[1], arts[0], arts[2], arts[4]}
	evs, b := group(shuffled, Options{})
	checkPartition(t, evs, len(shuffled))
	if diff := cmp.Diff([][]string{{"000", "002", "004"}, {"003"}, {"001"}}, ids(evs, b)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	for k, e := range evs {
		if want := fmt.Sprintf("e%d", k+1); e.ID != want {
			t.Errorf("event %d has id %s, want %s", k, e.ID, want)
		}
		if k > 0 && len(e.Members) > len(evs[k-1].Members) {
			t.Errorf("%s (%d articles) after %s (%d)", e.ID, len(e.Members), evs[k-1].ID, len(evs[k-1].Members))
		}
	}
}

// TestHeadline: an event's headline is the title of one of its articles.
func TestHeadline(t *testing.T) {
	arts := seeds(t)
	evs, b := group(arts, Options{})
	for _, e := range evs {
		var titles []string
		for _, m := range e.Members {
			titles = append(titles, strings.TrimSpace(arts[m].Title))
		}
		if e.Headline == "" || !slices.Contains(titles, e.Headline) {
			t.Errorf("%s: headline %q, want one of its titles %q", e.ID, e.Headline, titles)
		}
	}
	_ = b
}
