// Command gendump makes a large news dump with known duplicates, to measure
// the recall and precision of `compare dedup` at scale, and scores a dedup
// result against it.
//
// Generating, it cuts -n articles from a real dump (-src, e.g. AllSides):
// base articles are mosaics of single paragraphs from different source
// articles, 250 to 700 words, with a source article's title and date and a
// random outlet, so bases are distinct (never near duplicates of each
// other). A share -copies of the articles are planted copies of an earlier
// base, one of four kinds:
//
//	trimmed   15-45% of the paragraphs dropped (the tail, or any); >= 95% of the copy's shingles in the source: contained
//	chrome    site chrome lines added before and after; the source inside it: contained (or near)
//	edited    1 to 4 words substituted, deleted or inserted; J >= 0.85: near
//	spelling  Kiev/Kyiv, Donbass/Donbas, Odessa/Odesa... swapped; J >= 0.85 without folding: near
//
// It writes gzipped JSONL (id, outlet, url, date, title, text) to -out and
// each planted pair (source, copy, kind and the copy's scores against its
// source) to the CSV -truth. Article i depends on (-seed, i) alone, so the
// dump of -n 250000 is the first 250,000 articles of the dump of -n 1000000,
// planted pairs included; output is the same whatever -workers is. Given
// several sizes, it writes all their dumps in one pass.
//
// Checking (-check -truth T -dedup D.json, D the output of `compare dedup
// --format json` on the dump), it prints recall (planted pairs whose
// articles are in one reported group, by kind) and precision (reported
// edges whose two articles belong to one planted family: a source and its
// copies) and exits 1 when either is under 0.99.
//
// Usage:
//
//	go run ./bench/gendump -src allsides.jsonl.gz [-n 1000000] [-seed 1] [-copies 0.1] -out D.jsonl.gz -truth T.csv
//	go run ./bench/gendump -src allsides.jsonl.gz -n 250000,1000000 -out 'D-{n}.jsonl.gz' -truth 'T-{n}.csv'
//	go run ./bench/gendump -check -truth T.csv -dedup D.json [-show 10]
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/newsfold/compare/bench/internal/dedupjson"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gendump", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", "", "`DUMP` the paragraphs come from (e.g. allsides.jsonl.gz)")
	sizeList := fs.String("n", "1000000", "articles to generate; a comma-separated list writes one dump per size in one pass (-out and -truth then name them with {n})")
	seed := fs.Uint64("seed", 1, "random seed")
	copies := fs.Float64("copies", 0.1, "share of the articles that are planted copies")
	out := fs.String("out", "", "`FILE` to write the dump to (gzipped JSONL); {n} is replaced by the size")
	truth := fs.String("truth", "", "`FILE`: the planted pairs (CSV); {n} is replaced by the size")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines")
	doCheck := fs.Bool("check", false, "score -dedup against -truth instead of generating")
	dedup := fs.String("dedup", "", "`FILE`: output of compare dedup --format json on the dump (with -check)")
	show := fs.Int("show", 10, "examples of missed pairs and wrong edges to list (with -check)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *doCheck {
		if *truth == "" || *dedup == "" {
			fmt.Fprintln(stderr, "gendump: -check needs -truth and -dedup")
			return 2
		}
		return runCheck(*truth, *dedup, *show, stdout, stderr)
	}
	sizes, err := parseSizes(*sizeList)
	if err == nil && len(sizes) > 1 && (!strings.Contains(*out, "{n}") || !strings.Contains(*truth, "{n}")) {
		err = errors.New("several sizes need {n} in -out and -truth")
	}
	if err != nil || *src == "" || *out == "" || *truth == "" || *copies < 0 || *copies >= 1 || *workers < 1 {
		if err != nil {
			fmt.Fprintln(stderr, "gendump:", err)
		}
		fmt.Fprintln(stderr, "usage: gendump -src DUMP [-n N[,N...]] [-seed S] [-copies F] -out FILE.jsonl.gz -truth FILE.csv")
		return 2
	}
	start := time.Now()
	p, err := loadPool([]string{*src})
	if err != nil {
		fmt.Fprintln(stderr, "gendump:", err)
		return 2
	}
	paras := 0
	for _, s := range p.sources {
		paras += len(s.paras)
	}
	outlets := map[string]bool{}
	for _, o := range p.outlets {
		outlets[o] = true
	}
	fmt.Fprintf(stdout, "pool: %d paragraphs from %d articles (%d with a spelling variant), %d outlets, in %.1fs\n",
		paras, len(p.sources), len(p.variant), len(outlets), time.Since(start).Seconds())
	start = time.Now()
	g := &generator{pool: p, seed: *seed, copyRate: *copies}
	sts, err := g.write(sizes, *workers, *out, *truth)
	if err != nil {
		fmt.Fprintln(stderr, "gendump:", err)
		return 2
	}
	for _, st := range sts {
		fmt.Fprintf(stdout, "%d articles (%d planted copies:", st.n, st.copies)
		for _, k := range kinds {
			fmt.Fprintf(stdout, " %d %s", st.byKind[k], k)
		}
		fmt.Fprintf(stdout, "), %d words, %.0f MB gzipped\n", st.words, float64(st.bytes)/1e6)
	}
	fmt.Fprintf(stdout, "generated in %.1fs\n", time.Since(start).Seconds())
	return 0
}

// parseSizes reads a comma-separated list of sizes and sorts it.
func parseSizes(list string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("-n: bad size %q", f)
		}
		sizes = append(sizes, n)
	}
	slices.Sort(sizes)
	return slices.Compact(sizes), nil
}

func runCheck(truthPath, dedupPath string, show int, stdout, stderr io.Writer) int {
	truth, err := readTruth(truthPath)
	if err != nil {
		fmt.Fprintln(stderr, "gendump:", err)
		return 2
	}
	res, err := dedupjson.Read(dedupPath)
	if err != nil {
		fmt.Fprintln(stderr, "gendump:", err)
		return 2
	}
	c, err := check(truth, res)
	if err != nil {
		fmt.Fprintln(stderr, "gendump:", err)
		return 2
	}
	c.print(stdout, show)
	if c.recall() < 0.99 || c.precision() < 0.99 {
		fmt.Fprintf(stdout, "FAIL: recall %.4f, precision %.4f (want >= 0.99)\n", c.recall(), c.precision())
		return 1
	}
	fmt.Fprintln(stdout, "ok")
	return 0
}

// stats are counts of a written dump.
type stats struct {
	n, copies, words int
	bytes            int64
	byKind           map[kind]int
}

// chunkSize is the most articles per gzip member; members are compressed
// in parallel and written in order (a gzip file may hold many members).
const chunkSize = 2000

type chunk struct {
	gz, truth []byte
	copies    int
	words     int
	byKind    map[kind]int
}

// output is one dump being written: the first n articles.
type output struct {
	n         int
	out, tf   *os.File
	tw        *bufio.Writer
	st        stats
	dump, csv string
}

// write generates the dumps of the given sizes (ascending) in one pass, on
// the given number of goroutines: the dump of size n gets articles [0, n),
// so a smaller dump is a prefix of a larger one. Names come from outPattern
// and truthPattern with "{n}" replaced by the size.
func (g *generator) write(sizes []int, workers int, outPattern, truthPattern string) (st []stats, err error) {
	var outs []*output
	defer func() {
		for _, o := range outs {
			if o.tw != nil {
				err = errors.Join(err, o.tw.Flush())
			}
			for _, f := range []*os.File{o.out, o.tf} {
				if f != nil {
					err = errors.Join(err, f.Close())
				}
			}
			st = append(st, o.st)
		}
	}()
	for _, n := range sizes {
		o := &output{n: n, st: stats{n: n, byKind: map[kind]int{}}}
		outs = append(outs, o)
		o.dump = strings.ReplaceAll(outPattern, "{n}", strconv.Itoa(n))
		o.csv = strings.ReplaceAll(truthPattern, "{n}", strconv.Itoa(n))
		if o.out, err = os.Create(o.dump); err != nil {
			return nil, err
		}
		if o.tf, err = os.Create(o.csv); err != nil {
			return nil, err
		}
		o.tw = bufio.NewWriter(o.tf)
		fmt.Fprintln(o.tw, strings.Join(truthHeader, ","))
	}

	// Chunks end at every multiple of chunkSize and at every size.
	var bounds [][2]int
	for lo, k := 0, 0; lo < sizes[len(sizes)-1]; {
		for sizes[k] <= lo {
			k++
		}
		hi := min((lo/chunkSize+1)*chunkSize, sizes[k])
		bounds = append(bounds, [2]int{lo, hi})
		lo = hi
	}
	ready := make([]chan chunk, len(bounds))
	for c := range ready {
		ready[c] = make(chan chunk, 1)
	}
	// A slot is taken before a chunk number, so the chunks in flight are
	// always the lowest unwritten ones and the writer never waits on a
	// chunk that waits on a slot.
	slots := make(chan struct{}, 2*workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				slots <- struct{}{}
				c := int(next.Add(1) - 1)
				if c >= len(bounds) {
					<-slots
					return
				}
				ready[c] <- g.chunk(bounds[c][0], bounds[c][1])
			}
		}()
	}
	for c := range bounds {
		ch := <-ready[c]
		<-slots
		for _, o := range outs {
			if o.n < bounds[c][1] {
				continue
			}
			if err == nil {
				_, err = o.out.Write(ch.gz)
			}
			if err == nil {
				_, err = o.tw.Write(ch.truth)
			}
			o.st.bytes += int64(len(ch.gz))
			o.st.copies += ch.copies
			o.st.words += ch.words
			for k, v := range ch.byKind {
				o.st.byKind[k] += v
			}
		}
	}
	wg.Wait()
	return nil, err
}

// chunk generates articles [lo, hi) as one gzip member and their truth rows.
func (g *generator) chunk(lo, hi int) chunk {
	var buf, truth bytes.Buffer
	zw := gzip.NewWriter(&buf)
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	ch := chunk{byKind: map[kind]int{}}
	for i := lo; i < hi; i++ {
		a, p := g.article(i)
		if err := enc.Encode(a); err != nil {
			panic(err) // strings only: cannot fail
		}
		ch.words += len(strings.Fields(a.Text))
		if p != nil {
			truth.WriteString(truthRow(p))
			ch.copies++
			ch.byKind[p.Kind]++
		}
	}
	if err := zw.Close(); err != nil {
		panic(err) // writes to memory: cannot fail
	}
	ch.gz, ch.truth = buf.Bytes(), truth.Bytes()
	return ch
}
