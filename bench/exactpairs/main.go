// Command exactpairs is the exact reference for the recall and precision of
// `compare dedup`. It reads a dump as dedup does (corpus.Stream, default
// options), takes each article's set of word 5-gram shingles
// (similarity.Shingles of its words, or of its title's when it has no body,
// no spelling folding), and finds every pair with Jaccard >= -t by an exact
// prefix-filtering similarity join (package setjoin): no MinHash, no LSH,
// nothing sampled; only the 64-bit shingle hashes stand for the shingles.
//
// Given -dedup, the JSON output of `compare dedup --format json` on the same
// input, it reports:
//
//   - recall at -t: the share of exact pairs whose two articles are in one
//     reported group, and how many of them are linked directly (an edge
//     between them or their exact classes) rather than through a chain;
//   - precision of near edges: the share of reported `near` edges whose
//     Jaccard, recomputed from the shingle sets, is >= -near;
//   - how many reported scores agree with the recomputed ones.
//
// It exits 1 when recall < 1 or precision < 0.99, 2 on a usage or input
// error.
//
// Usage:
//
//	go run ./bench/exactpairs [-t 0.9] [-near 0.75] [-dedup D.json] [-pairs P.csv] [-show 10] [-workers N] PATH...
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"github.com/newsfold/compare/bench/internal/dedupjson"
	"github.com/newsfold/compare/bench/internal/setjoin"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// shingleSize is dedup's default --shingle.
const shingleSize = 5

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("exactpairs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	t := fs.Float64("t", 0.9, "Jaccard threshold of the exact pairs (recall is measured at it)")
	near := fs.Float64("near", 0.75, "a reported near edge is correct when its exact Jaccard is at least this")
	dedupPath := fs.String("dedup", "", "`FILE`: output of compare dedup --format json on the same input")
	pairsPath := fs.String("pairs", "", "`FILE`: write the exact pairs as CSV")
	show := fs.Int("show", 10, "examples of missed pairs and wrong edges to list")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines")
	cpuprofile := fs.String("cpuprofile", "", "`FILE`: write a CPU profile")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "exactpairs:", err)
			return 2
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if fs.NArg() == 0 || !(*t > 0 && *t <= 1) || *workers < 1 {
		fmt.Fprintln(stderr, "usage: exactpairs [-t (0,1]] [-near X] [-dedup FILE] [-pairs FILE] PATH...")
		return 2
	}

	start := time.Now()
	ids, sets, err := load(fs.Args(), *workers)
	if err != nil {
		fmt.Fprintln(stderr, "exactpairs:", err)
		return 2
	}
	nonEmpty, total := 0, 0
	for _, s := range sets {
		if len(s) > 0 {
			nonEmpty++
		}
		total += len(s)
	}
	fmt.Fprintf(stdout, "read %d articles (%d with shingles, %d shingles) in %.1fs\n", len(ids), nonEmpty, total, time.Since(start).Seconds())

	start = time.Now()
	s := setjoin.New(sets, *workers)
	sets = nil
	prepared := time.Since(start)
	pairs := s.Join(*t, *workers)
	identical := 0
	for _, p := range pairs {
		if p.Overlap == s.Size(p.A) && p.Overlap == s.Size(p.B) {
			identical++
		}
	}
	fmt.Fprintf(stdout, "exact pairs with Jaccard >= %g: %d (%d of identical shingle sets); ranked in %.1fs, joined in %.1fs\n",
		*t, len(pairs), identical, prepared.Seconds(), (time.Since(start) - prepared).Seconds())
	if *pairsPath != "" {
		if err := writePairs(*pairsPath, ids, s, pairs); err != nil {
			fmt.Fprintln(stderr, "exactpairs:", err)
			return 2
		}
	}
	if *dedupPath == "" {
		return 0
	}

	res, err := dedupjson.Read(*dedupPath)
	if err != nil {
		fmt.Fprintln(stderr, "exactpairs:", err)
		return 2
	}
	sc, err := score(ids, s, pairs, res, *near)
	if err != nil {
		fmt.Fprintln(stderr, "exactpairs:", err)
		return 2
	}
	sc.print(stdout, *t, *near, *show)
	if sc.recall() < 1 || sc.precision() < 0.99 {
		fmt.Fprintf(stdout, "FAIL: recall %.4f (want 1), near precision %.4f (want >= 0.99)\n", sc.recall(), sc.precision())
		return 1
	}
	fmt.Fprintln(stdout, "ok")
	return 0
}

// load streams the dump and returns the article ids in input order and
// their shingle sets, shingled on the given number of goroutines. An id seen
// twice is an error: the dedup output could not be matched.
func load(paths []string, workers int) ([]string, [][]uint64, error) {
	type job struct {
		i int
		a *corpus.Article
	}
	type done struct {
		i  int
		sh []uint64
	}
	jobs := make(chan job, 64)
	dones := make(chan done, 64)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				dones <- done{j.i, similarity.Shingles(j.a.ComparedWords(), shingleSize, nil)}
			}
		}()
	}
	var sets [][]uint64
	collected := make(chan struct{})
	go func() {
		for d := range dones {
			if d.i >= len(sets) {
				sets = append(sets, make([][]uint64, d.i+1-len(sets))...)
			}
			sets[d.i] = d.sh
		}
		close(collected)
	}()
	var ids []string
	seen := map[string]bool{}
	_, err := corpus.Stream(paths, corpus.Options{}, func(a *corpus.Article) error {
		if seen[a.ID] {
			return fmt.Errorf("article id %q appears twice (%s:%d)", a.ID, a.Path, a.Line)
		}
		seen[a.ID] = true
		jobs <- job{len(ids), a}
		ids = append(ids, a.ID)
		return nil
	})
	close(jobs)
	wg.Wait()
	close(dones)
	<-collected
	if err != nil {
		return nil, nil, err
	}
	if len(sets) < len(ids) {
		sets = append(sets, make([][]uint64, len(ids)-len(sets))...)
	}
	return ids, sets, nil
}

func writePairs(path string, ids []string, s *setjoin.Sets, pairs []setjoin.Pair) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "a,b,jaccard,overlap,size_a,size_b")
	for _, p := range pairs {
		fmt.Fprintf(w, "%s,%s,%.6f,%d,%d,%d\n", ids[p.A], ids[p.B], p.Jaccard, p.Overlap, s.Size(p.A), s.Size(p.B))
	}
	return errors.Join(w.Flush(), f.Close())
}

// scores are the figures of one dedup result against the exact pairs.
type scores struct {
	pairs, found, direct int
	// missed holds the exact pairs not in one group, highest Jaccard first.
	missed []missedPair
	// missedBand counts missed pairs by Jaccard: [t, 0.95), [0.95, 1), 1.
	missedBand [3]int

	groups, edges, nearEdges, nearOK int
	wrongNear                        []checkedEdge // near edges under -near, lowest first
	agree, checked                   int           // edges whose reported scores match the recomputed ones
	disagree                         []checkedEdge
}

type missedPair struct {
	a, b           string
	j, cab, cba    float64
	sizeA, sizeB   int
	groupA, groupB int
}

type checkedEdge struct {
	e           dedupjson.Edge
	j, cab, cba float64
}

func (s *scores) recall() float64 {
	if s.pairs == 0 {
		return 1
	}
	return float64(s.found) / float64(s.pairs)
}

func (s *scores) precision() float64 {
	if s.nearEdges == 0 {
		return 1
	}
	return float64(s.nearOK) / float64(s.nearEdges)
}

// score compares a dedup result with the exact pairs. Every article the
// result names must be one of ids.
func score(ids []string, s *setjoin.Sets, pairs []setjoin.Pair, res *dedupjson.Result, near float64) (*scores, error) {
	x, err := dedupjson.NewIndex(res)
	if err != nil {
		return nil, err
	}
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	sc := &scores{pairs: len(pairs), groups: len(res.Groups)}
	for _, p := range pairs {
		a, b := ids[p.A], ids[p.B]
		if x.SameGroup(a, b) {
			sc.found++
			if x.Direct(a, b) {
				sc.direct++
			}
			continue
		}
		o := float64(p.Overlap)
		sc.missed = append(sc.missed, missedPair{a: a, b: b, j: p.Jaccard, cab: o / float64(s.Size(p.A)), cba: o / float64(s.Size(p.B)),
			sizeA: s.Size(p.A), sizeB: s.Size(p.B), groupA: x.Group(a), groupB: x.Group(b)})
		switch {
		case p.Overlap == s.Size(p.A) && p.Overlap == s.Size(p.B):
			sc.missedBand[2]++
		case p.Jaccard >= 0.95:
			sc.missedBand[1]++
		default:
			sc.missedBand[0]++
		}
	}
	slices.SortStableFunc(sc.missed, func(p, q missedPair) int {
		switch {
		case p.j > q.j:
			return -1
		case p.j < q.j:
			return 1
		}
		return 0
	})

	for _, g := range res.Groups {
		for _, id := range g.Articles {
			if _, ok := index[id]; !ok {
				return nil, fmt.Errorf("dedup names article %q, not in the input", id)
			}
		}
		for _, e := range g.Edges {
			sc.edges++
			a, okA := index[e.A]
			b, okB := index[e.B]
			if !okA || !okB {
				return nil, fmt.Errorf("dedup edge %s-%s names an article not in the input", e.A, e.B)
			}
			o := s.Overlap(a, b)
			c := checkedEdge{e: e, j: s.Jaccard(a, b)}
			if s.Size(a) > 0 {
				c.cab = float64(o) / float64(s.Size(a))
			}
			if s.Size(b) > 0 {
				c.cba = float64(o) / float64(s.Size(b))
			}
			// Reported scores are rounded to 4 decimals.
			sc.checked++
			if math.Abs(c.j-e.Jaccard) <= 1e-4 && math.Abs(c.cab-e.ContainmentAB) <= 1e-4 && math.Abs(c.cba-e.ContainmentBA) <= 1e-4 {
				sc.agree++
			} else {
				sc.disagree = append(sc.disagree, c)
			}
			if e.Kind == "near" {
				sc.nearEdges++
				if c.j >= near {
					sc.nearOK++
				} else {
					sc.wrongNear = append(sc.wrongNear, c)
				}
			}
		}
	}
	slices.SortStableFunc(sc.wrongNear, func(p, q checkedEdge) int {
		switch {
		case p.j < q.j:
			return -1
		case p.j > q.j:
			return 1
		}
		return 0
	})
	return sc, nil
}

func (s *scores) print(w io.Writer, t, near float64, show int) {
	fmt.Fprintf(w, "dedup: %d groups, %d edges (%d near)\n", s.groups, s.edges, s.nearEdges)
	fmt.Fprintf(w, "recall at J >= %g: %d of %d exact pairs in one group = %.4f (%d linked directly, %d only through a chain)\n",
		t, s.found, s.pairs, s.recall(), s.direct, s.found-s.direct)
	if len(s.missed) > 0 {
		fmt.Fprintf(w, "missed: %d with J in [%g, 0.95), %d in [0.95, 1), %d identical sets\n", s.missedBand[0], t, s.missedBand[1], s.missedBand[2])
		for _, m := range s.missed[:min(show, len(s.missed))] {
			fmt.Fprintf(w, "  missed %s %s  J %.4f  containment a-in-b %.4f b-in-a %.4f  shingles %d/%d  groups %d/%d\n",
				m.a, m.b, m.j, m.cab, m.cba, m.sizeA, m.sizeB, m.groupA, m.groupB)
		}
	}
	fmt.Fprintf(w, "precision of near edges (exact J >= %g): %d of %d = %.4f\n", near, s.nearOK, s.nearEdges, s.precision())
	for _, c := range s.wrongNear[:min(show, len(s.wrongNear))] {
		fmt.Fprintf(w, "  wrong near %s %s  exact J %.4f (reported %.4f)\n", c.e.A, c.e.B, c.j, c.e.Jaccard)
	}
	fmt.Fprintf(w, "reported scores matching the recomputed ones (within 1e-4): %d of %d edges\n", s.agree, s.checked)
	for _, c := range s.disagree[:min(show, len(s.disagree))] {
		fmt.Fprintf(w, "  %s edge %s %s  J %.4f vs %.4f, c_ab %.4f vs %.4f, c_ba %.4f vs %.4f (exact vs reported)\n",
			c.e.Kind, c.e.A, c.e.B, c.j, c.e.Jaccard, c.cab, c.e.ContainmentAB, c.cba, c.e.ContainmentBA)
	}
}
