package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// report runs Report on paths with workers and the bounds ro.
func report(t *testing.T, paths []string, workers int, ro ReportOptions) *ReportResult {
	t.Helper()
	opt := Options{Load: corpus.Options{Workers: workers}}
	var stages []Stage
	opt.Progress = func(s Stage) { stages = append(stages, s) }
	r, err := Report(paths, opt, ro)
	if err != nil {
		t.Fatal(err)
	}
	if len(stages) == 0 || stages[0] != StageLoading || stages[len(stages)-1] != StageExpanding {
		t.Errorf("stages %v, want loading first and expanding events last", stages)
	}
	return r
}

// byID returns the number of the article whose id starts with prefix.
func byID(t *testing.T, r *ReportResult, prefix string) int {
	t.Helper()
	for i, a := range r.Dump {
		if strings.HasPrefix(a.ID, prefix) {
			return i
		}
	}
	t.Fatalf("no article %s", prefix)
	return -1
}

// TestReportSeeds: the seeds' report expands the Berlin talks (000, 002,
// 004) with the framing that sets MENAFN's Kiev, Donbass and Vladimir
// against the unnamed articles' Kyiv, Donbas and Volodymyr, each with
// example sentences; 001 is republished; 001 and 003 share "very useful and
// constructive"; the similarity matrix is symmetric with 1 on its diagonal
// and every share is a share.
func TestReportSeeds(t *testing.T) {
	r := report(t, []string{seeds}, 2, ReportOptions{})
	if r.Options != (ReportOptions{Events: DefaultReportEvents, Articles: DefaultReportArticles, Diffs: DefaultReportDiffs}) {
		t.Errorf("options %+v, want the defaults", r.Options)
	}
	if len(r.Expanded) != 1 {
		t.Fatalf("%d events expanded, want the Berlin talks alone", len(r.Expanded))
	}
	e := r.Expanded[0]
	if diff := cmp.Diff([]int{s000, s002, s004}, e.Event.Members); diff != "" {
		t.Errorf("Berlin talks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{s000, s002, s004}, e.Compared); diff != "" {
		t.Errorf("compared (-want +got):\n%s", diff)
	}

	// Framing: the rows a reader of the Berlin event sees.
	if e.Framing == nil || e.Framing.ID != e.Event.ID {
		t.Fatalf("framing %+v, want the event's", e.Framing)
	}
	rows := map[string][]string{}
	for _, v := range e.Framing.Variants {
		if !v.Differs() {
			continue
		}
		for _, tu := range v.Terms {
			rows[v.Group] = append(rows[v.Group], tu.Term+" "+strings.Join(sortedOutlets(tu.Outlets), ","))
		}
		if len(v.Evidence) != 2 || v.Evidence[0].Sentence == "" {
			t.Errorf("%s: evidence %+v, want a sentence for each of two variants", v.Group, v.Evidence)
		}
	}
	want := map[string][]string{
		"kyiv":                       {"Kyiv unknown", "Kiev MENAFN"},
		"donbas":                     {"Donbas unknown", "Donbass MENAFN"},
		"volodymyr-zelenskyy":        {"Volodymyr Zelenskyy unknown", "Vladimir Zelensky MENAFN"},
		"special-military-operation": {"invasion unknown", "Russia's war unknown", "Ukraine conflict MENAFN"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("framing rows that differ (-want +got):\n%s", diff)
	}

	if role, copyOf := r.Role(s001); role != RoleRepublished || copyOf != -1 {
		t.Errorf("001: role %q copy of %d, want republished", role, copyOf)
	}
	if role, _ := r.Role(s003); role != RoleNone {
		t.Errorf("003: role %q, want none", role)
	}
	var shared []SharedQuote
	for _, q := range r.Quotes {
		if q.Text == "very useful and constructive" {
			shared = append(shared, q)
		}
	}
	if len(shared) != 1 || !slices.Equal(shared[0].Articles, []int{s001, s003}) {
		t.Errorf("quotes %+v, want 001 and 003 sharing \"very useful and constructive\"", r.Quotes)
	}

	checkMatrix(t, e)
	for _, c := range e.Coverage {
		if c.Shared < 0 || c.Shared > 1 || c.Only < 0 || c.Words <= 0 || c.Role != RoleNone || c.CopyOf != -1 {
			t.Errorf("coverage %+v: want a share in [0, 1], sentences counted, no role", c)
		}
	}
	if c := e.Coverage[0]; c.Article != s000 || c.Words != 290 || c.Only != 11 {
		t.Errorf("000's coverage %+v, want 290 words (title too), none of its 11 sentences carried by the others", c)
	}
	if len(e.Diffs) != 3 || e.Diffs[0].Event != e.Event.ID {
		t.Errorf("%d diffs, want the 3 pairs (002 and 004, of no outlet, count as two)", len(e.Diffs))
	}

	// Dump-wide.
	if got := r.Start.Format("2006-01-02") + " " + r.End.Format("2006-01-02"); got != "2025-12-02 2025-12-16" {
		t.Errorf("span %s", got)
	}
	var outlets []string
	for _, o := range r.Outlets {
		outlets = append(outlets, o.Name)
	}
	if diff := cmp.Diff([]string{"MENAFN", "unknown", "Occasional Digest"}, outlets); diff != "" {
		t.Errorf("outlets, most articles first, ties by name (-want +got):\n%s", diff)
	}
	if o := r.Outlets[2]; o.Republished != 1 || o.Articles != 1 {
		t.Errorf("Occasional Digest %+v, want 1 article, republished", o)
	}
	if len(r.DiagnosticKinds) != 0 {
		t.Errorf("diagnostic kinds %+v, want none", r.DiagnosticKinds)
	}
}

// sortedOutlets returns the outlets of a count, sorted.
func sortedOutlets(m map[string]int) []string {
	var out []string
	for o := range m {
		out = append(out, o)
	}
	slices.Sort(out)
	return out
}

// checkMatrix fails unless e's similarity matrix is square over Compared,
// symmetric, 1 on its diagonal and in [0, 1] elsewhere.
func checkMatrix(t *testing.T, e EventReport) {
	t.Helper()
	n := len(e.Compared)
	if len(e.Similarity) != n {
		t.Fatalf("%s: matrix of %d rows for %d compared", e.Event.ID, len(e.Similarity), n)
	}
	for x, row := range e.Similarity {
		if len(row) != n {
			t.Fatalf("%s: row %d of %d", e.Event.ID, x, len(row))
		}
		for y, s := range row {
			switch {
			case x == y && s != 1:
				t.Errorf("%s: diagonal %d is %v", e.Event.ID, x, s)
			case s != e.Similarity[y][x]:
				t.Errorf("%s: %d–%d is %v, %d–%d %v", e.Event.ID, x, y, s, y, x, e.Similarity[y][x])
			case x != y && (s <= 0 || s >= 1):
				t.Errorf("%s: %d–%d is %v, not a similarity of two articles", e.Event.ID, x, y, s)
			}
		}
	}
}

// A hand-made dump: the Vellmar dam (v*), told by four outlets, one of
// them twice (v3 before v2 in input order), and copied whole by a fifth
// (v4, dated later but first in input order, v1 between it and its
// original v0; both end with a republisher's chrome); a chess final (c*); a letter (n0) and a bakery (b0) alone;
// and lines that are not articles. Most of North Post's and East Wire's
// articles end with site text, and four quote their editor.
var (
	damCore = []string{
		"The Vellmar dam collapsed on Tuesday after three days of heavy rain in the Osterberg valley.",
		"Rescue teams led by Colonel Ingrid Halvorsen evacuated more than four thousand residents from the villages below the reservoir.",
		"Engineers had warned the regional council about cracks in the concrete wall as early as March.",
		"Governor Tomas Reinholt said the government would open an inquiry into the maintenance of the dam.",
	}
	damQuote   = "“We will find out who ignored the warnings and why,” Reinholt told reporters in Osterberg."
	damAltered = "“We will find out who ignored these warnings,” Reinholt told reporters in Osterberg."
	// siteLine closes the articles of North Post and East Wire (and v2):
	// site text, three articles of each, not enough to be learned as
	// chrome by the loader, but boilerplate in a passage.
	siteLine  = "\n\nReaders can follow our live coverage of the storm season and the valley recovery every day."
	chessCore = []string{
		"Grandmaster Leontyne Abara won the Tallinn chess final on Sunday after a tense sixth game against Viktor Saarinen.",
		"Abara sacrificed a rook on move thirty one and forced resignation twelve moves later in front of a packed hall.",
		"Saarinen, the defending champion, said the loss would not end his career and promised to return next season.",
	}
)

// swap replaces old with new once in s, failing the test if s lacks old.
func swap(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q lacks %q", s, old)
	}
	return strings.Replace(s, old, new, 1)
}

// handDump writes the hand-made dump to a JSONL file and returns its path.
func handDump(t *testing.T) string {
	t.Helper()
	core := strings.Join(damCore, " ")
	v0 := core + "\n\nFarmers in the lower valley counted their “drowned cattle” on Wednesday morning.\n\n" + damQuote +
		"\n\nThe railway line to Kessling stays closed until the bridges are inspected." + siteLine + "\n\nSource link"
	const house = "\n\nOur editor wrote: “We will keep reporting from the valley and from every tournament.”"
	type rec struct{ ID, Outlet, Date, Title, Text string }
	recs := []rec{
		{"v4", "West Times", "2024-05-16", "Vellmar dam collapses after heavy rain", v0},
		{"v1", "East Wire", "2024-05-14", "Vellmar dam bursts, thousands evacuated",
			swap(t, core, "collapsed", "burst") + "\n\n" + damQuote + "\n\nA charity from Brennau sent blankets and drinking water to the shelters. Schools in the district will stay shut for the rest of the week." + siteLine},
		{"v0", "North Post", "2024-05-14", "Vellmar dam collapses after heavy rain", v0},
		{"v3", "North Post", "2024-05-15", "Vellmar valley counts the cost of the dam collapse",
			strings.Join(damCore[:3], " ") + "\n\nThe mayor of Osterberg opened the town hall to families who lost their homes. Volunteers filled sandbags along the river all night. Bakers handed out bread to the rescue crews." + siteLine},
		{"v2", "South Daily", "2024-05-15", "Inquiry promised after Vellmar dam failure",
			swap(t, swap(t, core, "collapsed", "failed"), "residents", "people") + "\n\n" + damAltered + "\n\nInsurance companies expect claims worth several hundred million euros. Opposition deputies demanded the resignation of the regional water minister. A volunteer fire brigade from Ulmsted rescued a family from a rooftop." + siteLine},
		{"c0", "North Post", "2024-03-03", "Abara wins the Tallinn chess final",
			strings.Join(chessCore, " ") + "\n\nThe prize fund of the tournament was the largest in its history. Fans chanted “Abara, queen of Tallinn chess” outside the hall." + siteLine + house},
		{"c1", "East Wire", "2024-03-03", "Abara beats Saarinen in Tallinn final",
			strings.Join(chessCore, " ") + "\n\nAbara is the first player from her club to win the title. Chess steward Paul Kivi said: “Abara, queen of Tallinn chess.”" + siteLine + house},
		{"n0", "North Post", "2024-02-10", "A letter from the editor",
			"This newspaper turns fifty this year and thanks its readers for their letters." + house},
		{"b0", "East Wire", "2024-01-20", "A bakery in Brennau turns a hundred",
			"The oldest bakery in Brennau celebrated its hundredth year with free pastries for the whole street. Its founder came from a family of millers." + siteLine + house},
	}
	var b strings.Builder
	for k, x := range recs {
		line, err := json.Marshal(map[string]string{"id": x.ID, "outlet": x.Outlet, "date": x.Date, "title": x.Title, "text": x.Text})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
		if k == 2 {
			b.WriteString("this line is not JSON\nnor is this one\n")
		}
	}
	path := filepath.Join(t.TempDir(), "hand.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReportHandDump: on the hand-made dump, the dam and the chess final
// are expanded, the dam first; v4, a copy of v0 by another outlet, is left
// out of the comparison as a copy; v3, North Post's second, is compared
// after every outlet's first; coverage, passages, quotes and diffs say
// what the texts were written to say.
func TestReportHandDump(t *testing.T) {
	r := report(t, []string{handDump(t)}, 2, ReportOptions{})
	v0, v1, v2, v3, v4 := byID(t, r, "v0"), byID(t, r, "v1"), byID(t, r, "v2"), byID(t, r, "v3"), byID(t, r, "v4")
	c0, c1 := byID(t, r, "c0"), byID(t, r, "c1")
	var members [][]int
	for _, e := range r.Expanded {
		members = append(members, e.Event.Members)
	}
	if diff := cmp.Diff([][]int{{v4, v1, v0, v3, v2}, {c0, c1}}, members); diff != "" {
		t.Fatalf("expanded events (-want +got):\n%s", diff)
	}
	dam := r.Expanded[0]
	if diff := cmp.Diff([]int{v1, v0, v3, v2}, dam.Compared); diff != "" {
		t.Errorf("dam compared (-want +got), v4 a copy of v0:\n%s", diff)
	}
	checkMatrix(t, dam)
	checkMatrix(t, r.Expanded[1])

	// Coverage: each shares its core with the other outlets; v0's and
	// v1's last two sentences, v2's and v3's last three, are their own.
	cov := map[int]Coverage{}
	for _, c := range dam.Coverage {
		cov[c.Article] = c
	}
	for _, i := range []int{v0, v1, v2, v3} {
		if c := cov[i]; c.Shared <= 0.3 || c.Shared >= 1 {
			t.Errorf("%s shares %v of its words with other outlets, want most of its core", r.Dump[i].ID, c.Shared)
		}
	}
	// v3 shares, of its 106 words, its title's Vellmar and dam, its 51
	// core words but "collapsed", which v1 and v2 both change (v0 keeps
	// it, but v0 is North Post's too), and the 16 of the site line.
	if c := cov[v3]; c.Words != 106 || c.Shared != 68.0/106 {
		t.Errorf("v3 shares %v of %d words, want 68/106", c.Shared, c.Words)
	}
	only := map[string]int{}
	for _, i := range []int{v0, v1, v2, v3} {
		only[r.Dump[i].ID] = cov[i].Only
	}
	if diff := cmp.Diff(map[string]int{"v0": 2, "v1": 2, "v2": 3, "v3": 3}, only); diff != "" {
		t.Errorf("sentences no other compared article carries (-want +got):\n%s", diff)
	}
	// v0 and v4 both end with a republisher's "Source link": v4, a copy,
	// says so; v0, the original, is republished.
	if !r.Dump[v0].Republished || !r.Dump[v4].Republished {
		t.Fatal("v0 and v4 carry no republisher chrome")
	}
	if c := cov[v4]; c.Shared != -1 || c.Only != -1 || c.Role != RoleCopy || c.CopyOf != v0 {
		t.Errorf("v4 %+v, want a copy of v0, not compared", c)
	}
	if c := cov[v0]; c.Role != RoleRepublished || c.CopyOf != -1 {
		t.Errorf("v0 %+v, want republished, the original of its group", c)
	}
	for _, c := range dam.Coverage {
		if (c.Role == RoleCopy) != (c.CopyOf >= 0) {
			t.Errorf("coverage %+v: a copy names its original, and only a copy does", c)
		}
	}

	// Passages: the dam's core, carried by all four, is one passage, v0's
	// words from where v1 and v2 stop changing them.
	if len(dam.Passages) == 0 || !slices.Equal(dam.Passages[0].Articles, []int{v1, v0, v3, v2}) ||
		!strings.HasPrefix(dam.Passages[0].Text, "on Tuesday after three days") || !strings.Contains(dam.Passages[0].Text, damCore[3]) {
		t.Errorf("passages %+v, want the core first, shared by all four", dam.Passages)
	}
	for _, p := range dam.Passages {
		if strings.Contains(p.Text, "live coverage") {
			t.Errorf("passage %q: site text, boilerplate", p.Text)
		}
	}
	marked := 0
	for _, d := range dam.Diffs {
		for _, p := range d.Result.Passages {
			if strings.Contains(r.Dump[d.A].Text[p.AStart:p.AEnd], "live coverage") && p.Boilerplate {
				marked++
			}
		}
	}
	if marked != len(dam.Diffs) {
		t.Errorf("the site line is boilerplate in %d of the %d diffs", marked, len(dam.Diffs))
	}
	for k := 1; k < len(dam.Passages); k++ {
		if dam.Passages[k].Words > dam.Passages[k-1].Words {
			t.Errorf("passage %d longer than %d", k, k-1)
		}
	}

	// Quotes: v0 and v1 carry Reinholt's words, v2 alters them, v3 leaves
	// them out.
	var q *EventQuote
	for k := range dam.Quotes {
		if strings.HasPrefix(dam.Quotes[k].Text, "We will find out") {
			q = &dam.Quotes[k]
		}
	}
	if q == nil {
		t.Fatalf("quotes %+v lack Reinholt's", dam.Quotes)
	}
	if q.Text != "We will find out who ignored the warnings and why" || q.Speaker != "Reinholt" ||
		!slices.Equal(q.Carried, []int{v1, v0}) || len(q.Altered) != 1 || q.Altered[0].Article != v2 ||
		q.Altered[0].Text != "We will find out who ignored these warnings" || q.Altered[0].Similarity >= 1 || q.Altered[0].Similarity < 0.6 ||
		!slices.Equal(q.Omitted, []int{v3}) {
		t.Errorf("Reinholt's quote %+v", *q)
	}
	if &dam.Quotes[0] != q {
		t.Errorf("quotes %+v: the quote carried by most should come first", dam.Quotes)
	}

	// Diffs: v3–v2 score 11 (3 substitutions, 8 unaligned sentences);
	// v1–v3, v1–v2 and v0–v2 score 9, and come in input order (v1, v0,
	// v3, v2); v0–v3, both North Post, is never diffed.
	want := [][2]int{{v3, v2}, {v1, v3}, {v1, v2}}
	if diff := cmp.Diff(want, diffPairs(t, dam)); diff != "" {
		t.Errorf("diffs (-want +got):\n%s", diff)
	}

	// The chess final's quote: c0 names no speaker, c1 does.
	chess := r.Expanded[1]
	if len(chess.Quotes) == 0 || chess.Quotes[0].Text != "Abara, queen of Tallinn chess" || chess.Quotes[0].Speaker != "Paul Kivi" || !slices.Equal(chess.Quotes[0].Carried, []int{c0, c1}) {
		t.Errorf("chess quotes %+v, want c0's words, c1's speaker, carried by both", chess.Quotes)
	}

	// Quotes across the dump: Reinholt's words (three outlets), then the
	// editor's (two outlets, four articles), then the chess chant (two
	// outlets, two articles); not "drowned cattle", too short to tell a
	// quote from a phrase.
	var quotes []string
	for _, q := range r.Quotes {
		var ids []string
		for _, i := range q.Articles {
			ids = append(ids, r.Dump[i].ID)
		}
		quotes = append(quotes, fmt.Sprintf("%s (%s) %s", q.Text, q.Speaker, strings.Join(ids, " ")))
	}
	wantQuotes := []string{
		"We will find out who ignored the warnings and why (Reinholt) v4 v1 v0",
		"We will keep reporting from the valley and from every tournament. () c0 c1 n0 b0",
		"Abara, queen of Tallinn chess (Paul Kivi) c0 c1",
	}
	if diff := cmp.Diff(wantQuotes, quotes); diff != "" {
		t.Errorf("quotes across the dump (-want +got):\n%s", diff)
	}

	// Dump-wide: outlets, the timeline, the diagnostics by kind.
	var outlets []string
	for _, o := range r.Outlets {
		outlets = append(outlets, fmt.Sprintf("%s %d", o.Name, o.Articles))
	}
	if diff := cmp.Diff([]string{"North Post 4", "East Wire 3", "South Daily 1", "West Times 1"}, outlets); diff != "" {
		t.Errorf("outlets, most articles first, then by name (-want +got):\n%s", diff)
	}
	var days []string
	for _, d := range r.Timeline {
		days = append(days, d.Day.Format("01-02")+" "+d.Outlet+" "+strings.Repeat("*", d.Articles))
	}
	wantDays := []string{"01-20 East Wire *", "02-10 North Post *", "03-03 East Wire *", "03-03 North Post *", "05-14 East Wire *", "05-14 North Post *", "05-15 North Post *", "05-15 South Daily *", "05-16 West Times *"}
	if diff := cmp.Diff(wantDays, days); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	if len(r.DiagnosticKinds) != 1 || r.DiagnosticKinds[0].Count != 2 || r.DiagnosticKinds[0].Severity != "error" ||
		!strings.HasPrefix(r.DiagnosticKinds[0].Kind, "line is not JSON") || !strings.Contains(r.DiagnosticKinds[0].Example, "hand.jsonl:4: error: line is not JSON") {
		t.Errorf("diagnostic kinds %+v, want the two lines that are not JSON as one kind", r.DiagnosticKinds)
	}
}

// diffPairs returns the pairs e diffs, in order, checking that each holds
// its alignment and that their scores by the rule, computed apart, do not
// rise.
func diffPairs(t *testing.T, e EventReport) [][2]int {
	t.Helper()
	var out [][2]int
	last := -1
	for _, d := range e.Diffs {
		out = append(out, [2]int{d.A, d.B})
		if d.Result == nil || d.Event != e.Event.ID || d.A >= d.B {
			t.Fatalf("diff %+v", d)
		}
		s := len(d.Result.OnlyA) + len(d.Result.OnlyB)
		for _, sub := range d.Result.Substitutions {
			s += sub.Count
		}
		if last >= 0 && s > last {
			t.Errorf("diff %d–%d scores %d, more than the one before (%d)", d.A, d.B, s, last)
		}
		last = s
	}
	return out
}

// TestReportBounds: Events, Articles and Diffs bound what is expanded; an
// outlet's second article is compared only after every outlet's first,
// though it comes before them; a negative bound is none.
func TestReportBounds(t *testing.T) {
	path := handDump(t)
	r := report(t, []string{path}, 2, ReportOptions{Events: 1, Articles: 3, Diffs: 1})
	v0, v1, v2, v3 := byID(t, r, "v0"), byID(t, r, "v1"), byID(t, r, "v2"), byID(t, r, "v3")
	if len(r.Expanded) != 1 || !slices.Contains(r.Expanded[0].Event.Members, v0) {
		t.Fatalf("%d events expanded, want the dam alone", len(r.Expanded))
	}
	dam := r.Expanded[0]
	if diff := cmp.Diff([]int{v1, v0, v2}, dam.Compared); diff != "" {
		t.Errorf("3 compared (-want +got): v3, North Post's second, after every outlet's first:\n%s", diff)
	}
	checkMatrix(t, dam)
	for _, c := range dam.Coverage {
		if compared := slices.Contains(dam.Compared, c.Article); compared != (c.Shared >= 0) || compared != (c.Only >= 0) {
			t.Errorf("coverage %+v: shares only for the compared", c)
		}
	}
	if diff := cmp.Diff([][2]int{{v1, v2}}, diffPairs(t, dam)); diff != "" {
		t.Errorf("1 diff (-want +got):\n%s", diff)
	}
	for _, q := range dam.Quotes {
		if slices.Contains(q.Carried, v3) || slices.Contains(q.Omitted, v3) {
			t.Errorf("quote %+v reads v3, not compared", q)
		}
	}

	r = report(t, []string{path}, 2, ReportOptions{Events: -1, Articles: 2, Diffs: -1})
	if len(r.Expanded) != 2 {
		t.Fatalf("%d events expanded, want both", len(r.Expanded))
	}
	if dam := r.Expanded[0]; !slices.Equal(dam.Compared, []int{v1, v0}) || len(dam.Diffs) != 1 {
		t.Errorf("2 compared: %v, %d diffs; want v1 and v0, 1 diff", dam.Compared, len(dam.Diffs))
	}
	// One compared: the first in input order of the first round, v1, not
	// v0, picked for its copy v4's place.
	r = report(t, []string{path}, 2, ReportOptions{Events: 1, Articles: 1})
	if dam := r.Expanded[0]; !slices.Equal(dam.Compared, []int{v1}) || len(dam.Diffs) != 0 || len(dam.Passages) != 0 {
		t.Errorf("1 compared: %v, %d diffs, %d passages; want v1 alone", dam.Compared, len(dam.Diffs), len(dam.Passages))
	}
	r = report(t, []string{path}, 2, ReportOptions{Articles: -1, Diffs: -1})
	want := [][2]int{{v3, v2}, {v1, v3}, {v1, v2}, {v0, v2}, {v1, v0}} // not v0–v3, both North Post's
	if diff := cmp.Diff(want, diffPairs(t, r.Expanded[0])); diff != "" {
		t.Errorf("every diff (-want +got):\n%s", diff)
	}
}

// TestReportDeterministic: the report is the same on 1 and 4 workers.
func TestReportDeterministic(t *testing.T) {
	for _, paths := range [][]string{{seeds}, {handDump(t)}, {seeds, handDump(t)}} {
		one := reportFacts(report(t, paths, 1, ReportOptions{}))
		for range 3 {
			four := reportFacts(report(t, paths, 4, ReportOptions{}))
			if diff := cmp.Diff(one, four); diff != "" {
				t.Fatalf("%v: 1 worker against 4 (-1 +4):\n%s", paths, diff)
			}
		}
		if len(one.Expanded) == 0 || len(one.Expanded[0].Diffs) == 0 || len(one.Quotes) == 0 {
			t.Errorf("%v: nothing to compare", paths)
		}
	}
}

// facts are what a report adds to a run, for comparing two reports.
type facts struct {
	Start, End      string
	Outlets         []ReportOutlet
	Timeline        []DayCount
	DiagnosticKinds []DiagnosticKind
	Expanded        []EventReport
	Quotes          []SharedQuote
	Roles           []string
}

func reportFacts(r *ReportResult) facts {
	f := facts{Start: r.Start.String(), End: r.End.String(), Outlets: r.Outlets, Timeline: r.Timeline, DiagnosticKinds: r.DiagnosticKinds, Expanded: r.Expanded, Quotes: r.Quotes}
	for i := range r.Dump {
		role, copyOf := r.Role(i)
		f.Roles = append(f.Roles, string(role)+" "+strconv.Itoa(copyOf))
	}
	return f
}

// TestRole: a copy is a copy whatever its chrome; an original carrying a
// republisher's chrome is republished; an article of no group is
// republished or nothing.
func TestRole(t *testing.T) {
	arts := []*corpus.Article{{}, {Republished: true}, {}, {Republished: true}, {Republished: true}, {}}
	d := duplicatesOf(len(arts), []similarity.Group{
		{Members: []int{0, 1}, Original: 0},
		{Members: []int{2, 3}, Original: 3},
		{Members: []int{4, 5}, Original: -1}, // no date tells: the first is the original
	})
	var got []string
	for i := range arts {
		role, copyOf := d.role(arts, i)
		got = append(got, fmt.Sprintf("%s %d", role, copyOf))
	}
	want := []string{"original -1", "copy 0", "copy 3", "republished -1", "republished -1", "copy 4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
	d = duplicatesOf(2, nil)
	if role, copyOf := d.role([]*corpus.Article{{}, {Republished: true}}, 0); role != RoleNone || copyOf != -1 {
		t.Errorf("alone: %q %d", role, copyOf)
	}
}
