package pipeline

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/eval"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/similarity"
)

const seeds = "../testdata/seeds"

// The seed dump's articles, by number in input order.
const (
	s000 = iota // MENAFN, Berlin talks
	s001        // Occasional Digest, Moscow meeting
	s002        // no outlet, Berlin talks
	s003        // MENAFN, the 6 Dec phone call
	s004        // no outlet, Berlin talks
)

func opts() Options { return Options{Load: corpus.Options{Workers: 2}} }

// TestRunSeeds runs every stage on one load of the seed dump: the three
// Berlin articles are one event, the others alone; the event's first two
// articles of different outlets are aligned; framing reads the event and
// sees MENAFN's "Kiev" against the others' "Kyiv"; nothing is a copy.
func TestRunSeeds(t *testing.T) {
	res, err := Run([]string{seeds}, opts(), Stages{Dedup: true, Events: true, Align: true, Framing: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 5 || res.Files != 5 || len(res.Diagnostics) != 0 || len(res.Dump) != 5 {
		t.Fatalf("read %d articles from %d files, diagnostics %v", res.Articles, res.Files, res.Diagnostics)
	}
	if len(res.Dedup.Groups) != 0 {
		t.Errorf("duplicate groups in the seed dump: %+v", res.Dedup.Groups)
	}
	var members [][]int
	for _, e := range res.Events.Events {
		members = append(members, e.Members)
	}
	if diff := cmp.Diff([][]int{{s000, s002, s004}, {s001}, {s003}}, members); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if res.Events.Grouped() != 1 {
		t.Errorf("Grouped() = %d, want 1", res.Events.Grouped())
	}
	berlin := res.Events.Events[0].ID
	if len(res.Alignments) != 1 {
		t.Fatalf("%d alignments, want 1 (one event of several outlets)", len(res.Alignments))
	}
	if al := res.Alignments[0]; al.Event != berlin || al.A != s000 || al.B != s002 || al.Result == nil || al.Result.Summary.WordsA != 290 || al.Result.Summary.WordsB != 364 {
		t.Errorf("alignment %+v, want 000 (280 words and 10 of title) against 002 (364 words, no title) in %s", al, berlin)
	}
	if _, ok := res.Framing.Labels[berlin]; !ok || len(res.Framing.Labels) != 1 {
		t.Errorf("framing labels %v, want the Berlin event alone", res.Framing.Labels)
	}
	kiev := map[string]int{}
	for _, v := range res.Framing.Analysis.Variants {
		for _, tu := range v.Terms {
			if tu.Term == "Kiev" || tu.Term == "Kyiv" {
				for o, n := range tu.Outlets {
					kiev[tu.Term+" "+o] += n
				}
			}
		}
	}
	if kiev["Kiev MENAFN"] == 0 || kiev["Kyiv unknown"] != 0 || kiev["Kiev unknown"] != 0 || res.Framing.Analysis.Unknown != 2 {
		t.Errorf("Kiev/Kyiv by outlet %v, %d unknown: want MENAFN writing Kiev, the two articles of no outlet left out", kiev, res.Framing.Analysis.Unknown)
	}
}

// TestRunStages: a stage not asked for is not run, and the load keeps only
// what the stages read (sentences for alignment and framing).
func TestRunStages(t *testing.T) {
	res, err := Run([]string{seeds}, opts(), Stages{Events: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Dedup != nil || res.Framing != nil || res.Alignments != nil || res.Events == nil {
		t.Errorf("events alone ran %+v", res)
	}
	if res.Dump[0].Sentences != nil || res.Dump[0].Norm != "" {
		t.Error("events alone split sentences or kept normalised words")
	}
	res, err = Run([]string{seeds}, opts(), Stages{Framing: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Alignments != nil || res.Framing == nil || res.Dump[0].Sentences == nil {
		t.Errorf("framing kept alignments %v, or read no sentences", res.Alignments)
	}
}

// TestEntryPointsAgreeWithRun: the streaming entry points of the commands
// find on the seed dump what Run finds on one load.
func TestEntryPointsAgreeWithRun(t *testing.T) {
	all, err := Run([]string{seeds}, opts(), Stages{Dedup: true, Framing: true})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := Events([]string{seeds}, opts())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all.Events.Events, ev.Events.Events); diff != "" {
		t.Errorf("Events (-Run +Events):\n%s", diff)
	}
	if ev.Articles != 5 || ev.Files != 5 || ev.Events.ID(s003) != "003_f420ff260f6c388f" {
		t.Errorf("Events read %d articles from %d files", ev.Articles, ev.Files)
	}
	fr, err := Framing([]string{seeds}, opts())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all.Framing, fr.Framing); diff != "" {
		t.Errorf("Framing (-Run +Framing):\n%s", diff)
	}
	dd, err := Dedup([]string{seeds}, opts())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all.Dedup.Groups, dd.Dedup.Groups); diff != "" {
		t.Errorf("Dedup (-Run +Dedup):\n%s", diff)
	}
}

// copies writes a dump of copies: a, its exact copy, a copy with a tail, a
// headline twice, an article without words, and an unrelated article. With
// array set, it is one JSON array on one line (so records do not start at
// distinct places), else JSON Lines.
func copies(t *testing.T, array bool) string {
	t.Helper()
	read := func(name string) string {
		d, err := corpus.Load([]string{filepath.Join(seeds, name)}, corpus.Options{})
		if err != nil || len(d.Articles) != 1 {
			t.Fatal(name, err)
		}
		return d.Articles[0].Text
	}
	text, other := read("001_1c2c2081d55c5b3c.txt"), read("003_f420ff260f6c388f.txt")
	recs := []map[string]string{
		{"id": "a", "text": text, "date": "2025-12-02"},
		{"id": "a-copy", "text": text, "date": "2025-12-03"},
		{"id": "a-tail", "text": text + "\n\nA paragraph the copy added at its end, and another sentence.", "date": "2025-12-04"},
		{"id": "h1", "title": "Berlin talks end without a deal on Ukraine", "date": "2025-12-15"},
		{"id": "h2", "title": "Berlin talks end without a deal on Ukraine", "date": "2025-12-15"},
		{"id": "p", "text": "!!! ???", "date": "2025-12-15"},
		{"id": "other", "text": other, "date": "2025-12-07"},
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	name := "copies.jsonl"
	if array {
		enc.Encode(recs)
		name = "copies.json"
	} else {
		for _, r := range recs {
			enc.Encode(r)
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// groupIDs names the members of each group.
func groupIDs(r *DedupResult) [][]string {
	var out [][]string
	for _, g := range r.Groups {
		var ids []string
		for _, m := range g.Members {
			ids = append(ids, r.Deduper.ID(m))
		}
		out = append(out, ids)
	}
	return out
}

// TestDedupSecondPass: when the shingle sets outgrow HoldBytes, the input
// is read again for them and the groups are the same, whether records are
// known by their position or (a one-line JSON array) by their order; the
// progress callback hears the end of the first read only.
func TestDedupSecondPass(t *testing.T) {
	want := [][]string{{"a", "a-copy", "a-tail"}, {"h1", "h2"}}
	for _, array := range []bool{false, true} {
		path := copies(t, array)
		for _, hold := range []int64{0, 1} {
			opt := opts()
			var mu sync.Mutex
			var calls [][2]int64
			opt.Load.Progress = func(done, total int64) {
				mu.Lock()
				calls = append(calls, [2]int64{done, total})
				mu.Unlock()
			}
			opt.Dedup.HoldBytes = hold
			res, err := Dedup([]string{path}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, groupIDs(res.Dedup)); diff != "" {
				t.Errorf("array %v, hold %d: groups (-want +got):\n%s", array, hold, diff)
			}
			if missing := res.Dedup.Deduper.Missing(); hold == 1 && len(missing) != 0 {
				t.Errorf("array %v: shingles of %v never supplied", array, missing)
			}
			ends := 0
			for _, c := range calls {
				if c[0] < 0 {
					ends++
				}
			}
			if ends != 1 || calls[len(calls)-1] != [2]int64{-1, 0} {
				t.Errorf("array %v, hold %d: progress calls end %v, want one (-1, 0) last", array, hold, calls[max(0, len(calls)-3):])
			}
		}
	}
}

// TestDedupStdin: standard input cannot be read twice, so every shingle set
// is held whatever HoldBytes says; the article without words is reported.
func TestDedupStdin(t *testing.T) {
	data, err := os.ReadFile(copies(t, false))
	if err != nil {
		t.Fatal(err)
	}
	opt := opts()
	opt.Load.Stdin = strings.NewReader(string(data))
	opt.Dedup.HoldBytes = 1
	res, err := Dedup([]string{"-"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"a", "a-copy", "a-tail"}, {"h1", "h2"}}, groupIDs(res.Dedup)); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if res.Articles != 7 || len(res.Diagnostics) != 1 || !strings.Contains(res.Diagnostics[0].Message, `article "p" has no words to compare`) {
		t.Errorf("%d articles, diagnostics %v", res.Articles, res.Diagnostics)
	}
	held, err := Run([]string{"-"}, Options{Load: corpus.Options{Stdin: strings.NewReader(string(data))}}, Stages{Dedup: true})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Diagnostics, held.Diagnostics); diff != "" {
		t.Errorf("Run's dedup diagnostics (-Dedup +Run):\n%s", diff)
	}
	if diff := cmp.Diff(groupIDs(res.Dedup), groupIDs(held.Dedup)); diff != "" {
		t.Errorf("Run's dedup groups (-Dedup +Run):\n%s", diff)
	}
}

func TestLoadPair(t *testing.T) {
	a, b := filepath.Join(seeds, "000_1e9a216f9237e569.txt"), filepath.Join(seeds, "003_f420ff260f6c388f.txt")
	p, err := LoadPair(a, b, "", corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.A.ID != "000_1e9a216f9237e569" || p.B.ID != "003_f420ff260f6c388f" || p.Dump != nil || len(p.Loads) != 2 {
		t.Errorf("files: A %s, B %s, %d in dump, %d loads", p.A.ID, p.B.ID, len(p.Dump), len(p.Loads))
	}
	p, err = LoadPair("004_fa79ad35558de7c7", "001_1c2c2081d55c5b3c", seeds, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.A.ID != "004_fa79ad35558de7c7" || p.B.ID != "001_1c2c2081d55c5b3c" || len(p.Dump) != 5 || len(p.Loads) != 1 || p.Loads[0].Articles != 5 {
		t.Errorf("ids in a dump: A %s, B %s, %d in dump, loads %+v", p.A.ID, p.B.ID, len(p.Dump), p.Loads)
	}

	// A dump named as one article: a NotOneError, the read kept.
	p, err = LoadPair(seeds, a, "", corpus.Options{})
	var notOne *NotOneError
	if !errors.As(err, &notOne) || notOne.Articles != 5 || notOne.Path != seeds {
		t.Errorf("a dump as one article: error %v", err)
	}
	if p == nil || len(p.Loads) != 1 || p.Loads[0].Articles != 5 {
		t.Errorf("the read before the error is lost: %+v", p)
	}
	if _, err := LoadPair("nope", "000_1e9a216f9237e569", seeds, corpus.Options{}); err == nil || !strings.Contains(err.Error(), `no article with id "nope"`) {
		t.Errorf("unknown id: error %v", err)
	}
	if p, err := LoadPair(a, "no/such.txt", "", corpus.Options{}); err == nil || p == nil || len(p.Loads) != 1 {
		t.Errorf("missing file: error %v, pair %+v", err, p)
	}
}

// TestSimilarity: a file against itself shares all its text, as written;
// two headlines share their title's words, normalised.
func TestSimilarity(t *testing.T) {
	a := filepath.Join(seeds, "000_1e9a216f9237e569.txt")
	res, err := Similarity(a, a, "", Options{Dedup: similarity.DedupOptions{Shingle: 5}})
	if err != nil {
		t.Fatal(err)
	}
	toks := res.A.Tokens
	if res.Scores.Jaccard != 1 || len(res.Shared) != 1 || res.Shared[0] != res.A.Text[toks[0].Start:toks[len(toks)-1].End] {
		t.Errorf("a file against itself: jaccard %g, shared %q", res.Scores.Jaccard, res.Shared)
	}
	res, err = Similarity("h1", "h2", "", Options{})
	if err == nil {
		t.Fatal("ids without a dump: no error")
	}
	if res == nil || res.Pair == nil {
		t.Fatal("no Pair with the error")
	}
	dump := copies(t, false)
	res, err = Similarity("h1", "h2", dump, Options{Dedup: similarity.DedupOptions{Shingle: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"berlin talks end without a deal on ukraine"}, res.Shared); diff != "" {
		t.Errorf("headlines share (-want +got):\n%s", diff)
	}
	if res.Scores.Jaccard != 1 || len(res.Dump) != 7 {
		t.Errorf("headlines: jaccard %g, %d articles in the dump", res.Scores.Jaccard, len(res.Dump))
	}
}

func TestDiff(t *testing.T) {
	res, err := Diff("000_1e9a216f9237e569", "002_b7b859cbb739f493", seeds, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Alignment == nil || res.Alignment.Summary.WordsA != 290 || len(res.Alignment.SharedQuotes) != 1 || len(res.Dump) != 5 {
		t.Errorf("two reports of the Berlin talks: %+v, want 290 words of A (10 of its title) and one quote both carry", res.Alignment)
	}
	if _, err := Diff(seeds, seeds, "", Options{}); !errors.As(err, new(*NotOneError)) {
		t.Errorf("a dump as one article: error %v", err)
	}
}

func TestPairs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pairs.jsonl")
	os.WriteFile(path, []byte(`{"id":"same","text_1":"The talks in Berlin ended without a deal on Sunday.","text_2":"The talks in Berlin ended without a deal on Sunday."}
{"id":"different","text_1":"Kyiv rejected the plan.","text_2":"Markets rose on Friday after the jobs report."}
not json
`), 0o644)
	res, err := Pairs(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Lines) != 3 || len(res.Diagnostics) != 1 || res.Diagnostics[0].Line != 3 {
		t.Fatalf("%d lines, diagnostics %v", len(res.Lines), res.Diagnostics)
	}
	same, diff, bad := res.Lines[0], res.Lines[1], res.Lines[2]
	if same.Scores == nil || same.Scores.Jaccard != 1 || same.Scores.Cosine < 0.999 {
		t.Errorf("identical texts scored %+v", same.Scores)
	}
	if diff.Scores == nil || diff.Scores.Jaccard != 0 || diff.Scores.Combined != 0 {
		t.Errorf("unrelated texts scored %+v", diff.Scores)
	}
	if bad.Scores != nil || bad.Error == "" {
		t.Errorf("a line that is not JSON scored %+v", bad)
	}
	if _, err := Pairs("no/such.jsonl", Options{}); err == nil {
		t.Error("missing file: no error")
	}

	// Spelling variants fold by the lexicon unless NoFold: the respelled
	// headline shares every shingle, or none.
	os.WriteFile(path, []byte(`{"text_1":"Kiev regime shells Donbass","text_2":"Kyiv regime shells Donbas","title_1":"Kiev","title_2":"Kyiv"}`+"\n"), 0o644)
	for _, noFold := range []bool{false, true} {
		res, err := Pairs(path, Options{NoFold: noFold})
		if err != nil {
			t.Fatal(err)
		}
		s := res.Lines[0].Scores
		if want := map[bool]float64{false: 1, true: 0}[noFold]; s.Jaccard != want || s.Title != want || (s.Cosine == 1) == noFold {
			t.Errorf("NoFold %v: jaccard %g, title %g, cosine %g, want %g, %g and cosine 1 only folded", noFold, s.Jaccard, s.Title, s.Cosine, want, want)
		}
	}
}

// TestEval: events of the seed dump against the gold clustering are exact
// at the default threshold; at 0.7 every article is alone.
func TestEval(t *testing.T) {
	gold := eval.Clustering{
		"000_1e9a216f9237e569": "berlin", "002_b7b859cbb739f493": "berlin", "004_fa79ad35558de7c7": "berlin",
		"001_1c2c2081d55c5b3c": "moscow", "003_f420ff260f6c388f": "call",
	}
	res, err := EvalEvents([]string{seeds}, opts(), gold, true)
	if err != nil {
		t.Fatal(err)
	}
	if res.Threshold != event.DefaultThreshold || res.Scores.BCubedF1 != 1 || res.Scores.ARI != 1 || res.Articles != 5 {
		t.Errorf("at %g: %+v", res.Threshold, res.Scores)
	}
	if len(res.Sweep) != len(EventSweep) {
		t.Fatalf("%d sweep points, want %d", len(res.Sweep), len(EventSweep))
	}
	if last := res.Sweep[len(res.Sweep)-1]; last.Threshold != 0.7 || last.Scores.PredictedClusters != 5 {
		t.Errorf("at 0.7: %+v", last)
	}
	if res, err := EvalEvents([]string{seeds}, opts(), gold, false); err != nil || res.Sweep != nil {
		t.Errorf("no sweep asked, %d points (%v)", len(res.Sweep), err)
	}

	dump := copies(t, false)
	dupGold := eval.Clustering{"a": "x", "a-copy": "x", "a-tail": "x", "h1": "h", "h2": "h", "p": "p", "other": "o"}
	opt := opts()
	opt.Dedup.Threshold = 0.8
	res, err = EvalDedup([]string{dump}, opt, dupGold, true)
	if err != nil {
		t.Fatal(err)
	}
	if res.Threshold != 0.8 || res.Scores.BCubedF1 != 1 || res.Scores.PredictedClusters != 4 || len(res.Sweep) != len(DedupSweep) {
		t.Errorf("dedup at %g: %+v, %d sweep points", res.Threshold, res.Scores, len(res.Sweep))
	}
}

func TestClusterings(t *testing.T) {
	ids := []string{"a", "b", "c", "d"}
	evs := []event.Event{{ID: "e1", Members: []int{0, 2}}, {ID: "e2", Members: []int{1}}, {ID: "e3", Members: []int{3}}}
	want := eval.Clustering{"a": "e1", "c": "e1", "b": "e2", "d": "e3"}
	if diff := cmp.Diff(want, EventClustering(evs, func(i int) string { return ids[i] })); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	groups := []similarity.Group{{Members: []int{1, 3}}}
	want = eval.Clustering{"a": "a0", "b": "g0", "c": "a2", "d": "g0"}
	if diff := cmp.Diff(want, DedupClustering(ids, groups)); diff != "" {
		t.Errorf("dedup (-want +got):\n%s", diff)
	}
}

// TestLoad: a listing load keeps everything an article has.
func TestLoad(t *testing.T) {
	res, err := Load([]string{seeds}, Options{Load: corpus.Options{NoNorm: true, NoSentences: true}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 5 || slices.ContainsFunc(res.Dump, func(a *corpus.Article) bool { return a.Norm == "" || a.Sentences == nil }) {
		t.Errorf("Load dropped normalised words or sentences")
	}
}

// TestProgressStages: every entry point tells Options.Progress of each of
// its stages, in the order they run, loading first.
func TestProgressStages(t *testing.T) {
	gold := eval.Clustering{"000_1e9a216f9237e569": "b"}
	copiesPath := copies(t, false)
	tests := []struct {
		name string
		run  func(Options) error
		want []Stage
	}{
		{"run all", func(o Options) error {
			_, err := Run([]string{seeds}, o, Stages{Dedup: true, Events: true, Align: true, Framing: true})
			return err
		}, []Stage{StageLoading, StageShingling, StageVerifying, StageEvents, StageAligning, StageFraming}},
		{"run events", func(o Options) error { _, err := Run([]string{seeds}, o, Stages{Events: true}); return err },
			[]Stage{StageLoading, StageEvents}},
		{"load", func(o Options) error { _, err := Load([]string{seeds}, o); return err }, []Stage{StageLoading}},
		{"dedup", func(o Options) error { _, err := Dedup([]string{seeds}, o); return err },
			[]Stage{StageLoading, StageVerifying}},
		{"dedup read twice", func(o Options) error {
			o.Dedup.HoldBytes = 1
			_, err := Dedup([]string{copiesPath}, o)
			return err
		}, []Stage{StageLoading, StageRereading, StageVerifying}},
		{"events", func(o Options) error { _, err := Events([]string{seeds}, o); return err },
			[]Stage{StageLoading, StageEvents}},
		{"eval events", func(o Options) error { _, err := EvalEvents([]string{seeds}, o, gold, false); return err },
			[]Stage{StageLoading, StageScoring}},
		{"eval dedup", func(o Options) error { _, err := EvalDedup([]string{seeds}, o, gold, false); return err },
			[]Stage{StageLoading, StageScoring}},
		{"diff", func(o Options) error {
			_, err := Diff("000_1e9a216f9237e569", "002_b7b859cbb739f493", seeds, o)
			return err
		}, []Stage{StageLoading, StageAligning}},
		{"similarity", func(o Options) error {
			_, err := Similarity("000_1e9a216f9237e569", "002_b7b859cbb739f493", seeds, o)
			return err
		}, []Stage{StageLoading, StageScoring}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Stage
			o := opts()
			o.Progress = func(s Stage) { got = append(got, s) }
			if err := tc.run(o); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("stages (-want +got):\n%s", diff)
			}
		})
	}
}
