package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/newsfold/compare/bench/internal/dedupjson"
	"github.com/newsfold/compare/bench/internal/setjoin"
	"github.com/newsfold/compare/similarity"
)

// syntheticPool makes a pool of nArt articles of 6 to 10 paragraphs of
// random words; with variants, one paragraph in 50 names Kiev or Donbass.
func syntheticPool(t *testing.T, nArt int, variants bool) *pool {
	t.Helper()
	r := rand.New(rand.NewPCG(42, 0))
	var in []poolInput
	for a := range nArt {
		var paras []string
		for range 6 + r.IntN(5) {
			var w []string
			for range 20 + r.IntN(60) {
				w = append(w, fmt.Sprintf("w%d", r.IntN(20000)))
			}
			if variants && r.IntN(50) == 0 {
				w[r.IntN(len(w))] = []string{"Kiev", "Donbass", "Kyiv"}[r.IntN(3)]
			}
			paras = append(paras, strings.Join(w, " "))
		}
		in = append(in, poolInput{Title: fmt.Sprintf("Story %d", a), Outlet: fmt.Sprintf("Outlet %d", a%7),
			Date: time.Date(2020, 1, 1+a%28, 0, 0, 0, 0, time.UTC), Text: strings.Join(paras, "\n\n")})
	}
	p, err := newPool(in)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// readDump returns the articles of a gzipped JSONL dump.
func readDump(t *testing.T, path string) []article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []article
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPoolFilters(t *testing.T) {
	long := strings.Repeat("word ", 250)
	para := func(s string) string { return s + " " + strings.Repeat("filler ", 25) }
	in := []poolInput{
		{Text: para("one") + "\n\nshort line\n\n" + long + "\n\n" + para("shared")},
		{Text: para("two") + "\n\n" + para("shared") + "\n\n" + para("in Kiev")},
	}
	for i := range 10 {
		in = append(in, poolInput{Text: para(fmt.Sprint("more", i))})
	}
	p, err := newPool(in)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.sources[0].paras; len(got) != 1 || !strings.HasPrefix(got[0], "one") {
		t.Errorf("article 0 keeps %q, want only its one unique paragraph of 20-200 words", got)
	}
	if len(p.variant) != 1 || p.variant[0] != [2]int{1, 1} {
		t.Errorf("variant paragraphs %v, want [[1 1]]", p.variant)
	}
}

func TestSwapSpelling(t *testing.T) {
	for w, want := range map[string]string{"Kiev": "Kyiv", "Kyiv": "Kiev", "Zelenskyy": "Zelensky", "Zelenskiy": "Zelenskyy", "Odesa": "Odessa", "Moscow": ""} {
		if got := swapSpelling(w); got != want {
			t.Errorf("swapSpelling(%q) = %q, want %q", w, got, want)
		}
	}
	if got := variantRE.FindAllString("Zelenskyy met Zelensky in Kievan Kiev.", -1); strings.Join(got, ",") != "Zelenskyy,Zelensky,Kiev" {
		t.Errorf("variantRE found %v", got)
	}
}

// generate writes a dump of n articles and returns its articles and truth.
func generate(t *testing.T, g *generator, n, workers int) ([]article, []plant) {
	t.Helper()
	dir := t.TempDir()
	out, truth := filepath.Join(dir, "d.jsonl.gz"), filepath.Join(dir, "t.csv")
	if _, err := g.write([]int{n}, workers, out, truth); err != nil {
		t.Fatal(err)
	}
	pl, err := readTruth(truth)
	if err != nil {
		t.Fatal(err)
	}
	return readDump(t, out), pl
}

// TestPrefix checks that a smaller dump is the prefix of a larger one of the
// same seed, planted pairs included, whatever the number of workers and
// whether the sizes are written in one pass or apart.
func TestPrefix(t *testing.T) {
	g := &generator{pool: syntheticPool(t, 300, true), seed: 7, copyRate: 0.2}
	small, smallTruth := generate(t, g, 2500, 1)
	big, bigTruth := generate(t, g, 5001, 2)
	if len(small) != 2500 || len(big) != 5001 {
		t.Fatalf("got %d and %d articles", len(small), len(big))
	}
	for i := range small {
		if small[i] != big[i] {
			t.Fatalf("article %d differs between -n 2500 and -n 5001:\n%+v\n%+v", i, small[i], big[i])
		}
	}
	if len(smallTruth) == 0 || len(bigTruth) <= len(smallTruth) {
		t.Fatalf("truth rows: %d and %d", len(smallTruth), len(bigTruth))
	}
	for i := range smallTruth {
		if smallTruth[i] != bigTruth[i] {
			t.Fatalf("truth row %d differs: %+v vs %+v", i, smallTruth[i], bigTruth[i])
		}
	}
	if next := bigTruth[len(smallTruth)]; next.Copy < id(2500) {
		t.Errorf("-n 2500 lacks the planted pair %+v", next)
	}

	// One pass writing both sizes gives the same dumps.
	dir := t.TempDir()
	sts, err := g.write([]int{2500, 5001}, 2, filepath.Join(dir, "d{n}.jsonl.gz"), filepath.Join(dir, "t{n}.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 2 || sts[0].n != 2500 || sts[0].copies != len(smallTruth) || sts[1].copies != len(bigTruth) {
		t.Errorf("stats %+v, want 2500 with %d copies and 5001 with %d", sts, len(smallTruth), len(bigTruth))
	}
	for _, tc := range []struct {
		n     int
		arts  []article
		truth []plant
	}{{2500, small, smallTruth}, {5001, big, bigTruth}} {
		arts := readDump(t, filepath.Join(dir, fmt.Sprintf("d%d.jsonl.gz", tc.n)))
		truth, err := readTruth(filepath.Join(dir, fmt.Sprintf("t%d.csv", tc.n)))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(arts, tc.arts) || !slices.Equal(truth, tc.truth) {
			t.Errorf("one-pass dump of %d differs from the dump written alone", tc.n)
		}
	}
}

// TestPlanted checks every planted pair against the promise of its kind.
func TestPlanted(t *testing.T) {
	for _, withVariants := range []bool{true, false} {
		g := &generator{pool: syntheticPool(t, 300, withVariants), seed: 3, copyRate: 0.2}
		arts, truth := generate(t, g, 4000, 2)
		byID := map[string]article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		count := map[kind]int{}
		for _, p := range truth {
			count[p.Kind]++
			src, cp := byID[p.Source], byID[p.Copy]
			if src.ID == "" || cp.ID == "" || p.Source >= p.Copy {
				t.Fatalf("pair %+v: source must exist and come first", p)
			}
			var ok bool
			switch p.Kind {
			case trimmed:
				ok = p.CopyInSource >= 0.95 && len(cp.Text) < len(src.Text)
			case chrome:
				ok = p.SourceInCopy >= 0.95 && strings.Contains(cp.Text, src.Text)
			case edited:
				ok = p.Jaccard >= 0.85 && p.Jaccard < 1
			case spelling:
				fold := func(s string) string {
					return variantRE.ReplaceAllStringFunc(s, func(w string) string {
						for _, v := range variants {
							if w == v[0] || w == v[1] {
								return "<" + v[1] + ">" // Zelensky, Zelenskiy: both <Zelenskyy>
							}
						}
						return w
					})
				}
				ok = p.Jaccard >= 0.85 && cp.Text != src.Text && fold(cp.Text) == fold(src.Text)
			}
			if !ok {
				t.Errorf("planted %s pair breaks its promise: %+v", p.Kind, p)
			}
			// Recomputed scores match the truth file.
			a, b := shingles(src.Text), shingles(cp.Text)
			o := similarity.Intersect(a, b)
			if j := float64(o) / float64(len(a)+len(b)-o); fmt.Sprintf("%.4f", j) != fmt.Sprintf("%.4f", p.Jaccard) {
				t.Errorf("pair %s-%s: J %.4f, truth says %.4f", p.Source, p.Copy, j, p.Jaccard)
			}
		}
		for _, k := range kinds {
			if count[k] < 50 {
				t.Errorf("variants %v: only %d %s copies of %d", withVariants, count[k], k, len(truth))
			}
		}
		if len(truth) < 600 || len(truth) > 1000 {
			t.Errorf("%d planted copies in 4000 at rate 0.2", len(truth))
		}
	}
}

// TestBasesDistinct checks that no two base articles are near duplicates
// (Jaccard >= 0.3 on the whole sample, by the exact join) or largely
// contained in one another (containment >= 0.5, all pairs of a subsample).
func TestBasesDistinct(t *testing.T) {
	g := &generator{pool: syntheticPool(t, 1000, true), seed: 11, copyRate: 0.1}
	checkBasesDistinct(t, g, 3000, 300)
}

func checkBasesDistinct(t *testing.T, g *generator, n, sub int) {
	var ids []string
	var sets [][]uint64
	words := 0
	for i := range n {
		if isCopy, _, _ := g.role(i); isCopy {
			continue
		}
		a := g.base(i)
		words += len(strings.Fields(a.Text))
		ids = append(ids, a.ID)
		sets = append(sets, shingles(a.Text))
	}
	if avg := words / len(ids); avg < 250 || avg > 900 {
		t.Errorf("bases average %d words, want a few hundred", avg)
	}
	s := setjoin.New(sets, 2)
	for _, p := range s.Join(0.3, 2) {
		t.Errorf("bases %s and %s: Jaccard %.3f", ids[p.A], ids[p.B], p.Jaccard)
	}
	for a := range min(sub, len(sets)) {
		for b := range min(sub, len(sets)) {
			if a != b && float64(s.Overlap(a, b)) >= 0.5*float64(s.Size(a)) {
				t.Errorf("base %s is %.2f inside %s", ids[a], float64(s.Overlap(a, b))/float64(s.Size(a)), ids[b])
			}
		}
	}
}

// TestAllSidesBasesDistinct is TestBasesDistinct on the real pool, when the
// shared data is there.
func TestAllSidesBasesDistinct(t *testing.T) {
	dir := os.Getenv("COMPARE_DATA")
	if dir == "" {
		dir = "../../../shared/data"
	}
	path := filepath.Join(dir, "allsides.jsonl.gz")
	if _, err := os.Stat(path); err != nil || testing.Short() {
		t.Skip("needs the AllSides dump (COMPARE_DATA) and not -short")
	}
	p, err := loadPool([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	checkBasesDistinct(t, &generator{pool: p, seed: 1, copyRate: 0.1}, 20000, 1000)
}

func TestCheck(t *testing.T) {
	truth := []plant{
		{Source: "s1", Copy: "c1", Kind: trimmed},
		{Source: "s1", Copy: "c2", Kind: edited},
		{Source: "s2", Copy: "c3", Kind: chrome},
		{Source: "s3", Copy: "c4", Kind: spelling},
	}
	res := &dedupjson.Result{Schema: dedupjson.Schema, Groups: []dedupjson.Group{
		{Kind: "contained", Articles: []string{"s1", "c1", "c2"}, Edges: []dedupjson.Edge{
			{A: "s1", B: "c1", Kind: "contained"},
			{A: "c1", B: "c2", Kind: "near"}, // two copies of one source: correct
		}},
		{Kind: "near", Articles: []string{"s2", "c3", "s3", "b9"}, Edges: []dedupjson.Edge{
			{A: "s2", B: "c3", Kind: "contained"},
			{A: "c3", B: "s3", Kind: "near"}, // across families: wrong
			{A: "s3", B: "b9", Kind: "near"}, // to a base never copied: wrong
		}},
		// c4 is missed: not in s3's group.
	}}
	c, err := check(truth, res)
	if err != nil {
		t.Fatal(err)
	}
	if c.found != 3 || c.direct != 2 || c.recall() != 0.75 {
		t.Errorf("found %d (direct %d), recall %g; want 3 (2), 0.75", c.found, c.direct, c.recall())
	}
	if c.edges != 5 || c.correct != 3 || c.precision() != 0.6 {
		t.Errorf("edges %d, correct %d, precision %g; want 5, 3, 0.6", c.edges, c.correct, c.precision())
	}
	if len(c.missed) != 1 || c.missed[0].Copy != "c4" {
		t.Errorf("missed %+v, want c4", c.missed)
	}
	var out bytes.Buffer
	c.print(&out, 5)
	for _, want := range []string{"3 of 4 planted pairs", "missed spelling s3 c4", "3 of 5 reported edges", "false near edges: 2"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRunCheck pins the exit codes of -check: 0 at or above 0.99, 1 under,
// 2 for bad input.
func TestRunCheck(t *testing.T) {
	dir := t.TempDir()
	truth := filepath.Join(dir, "t.csv")
	os.WriteFile(truth, []byte("source,copy,kind,jaccard,copy_in_source,source_in_copy\ns1,c1,edited,0.9,0.95,0.95\n"), 0o644)
	write := func(name, groups string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(`{"schema":"compare/v1","groups":[`+groups+`],"diagnostics":[]}`), 0o644)
		return p
	}
	good := write("good.json", `{"kind":"near","articles":["s1","c1"],"original":"s1","chained":false,"edges":[{"a":"s1","b":"c1","kind":"near","jaccard":0.9,"containment_ab":0.95,"containment_ba":0.95}]}`)
	bad := write("bad.json", ``)
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"-check", "-truth", truth, "-dedup", good}, 0},
		{[]string{"-check", "-truth", truth, "-dedup", bad}, 1},
		{[]string{"-check", "-truth", truth, "-dedup", filepath.Join(dir, "none.json")}, 2},
		{[]string{"-check", "-truth", truth}, 2},
		{[]string{"-n", "10"}, 2},
	} {
		var out, errOut bytes.Buffer
		if got := run(tc.args, &out, &errOut); got != tc.want {
			t.Errorf("run %v = %d, want %d\n%s%s", tc.args, got, tc.want, out.String(), errOut.String())
		}
	}
}
