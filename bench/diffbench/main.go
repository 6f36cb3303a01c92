// Command diffbench times align.Compare, the work of `compare diff`, on
// real articles: every pair of the three reports (NYT, Fox News, HuffPost)
// of each BASIL dev event (150 pairs), and one pair of 5,000-word articles
// made of BASIL texts (B: A with every tenth sentence dropped, a few
// spellings changed and two paragraphs swapped). It prints the median of
// -runs runs of each and checks the targets (all 150 pairs under 1 s, the
// long pair under 50 ms on 2 cores).
//
//	go run ./bench/diffbench -data ../shared/data [-runs 5]
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
)

func main() {
	data := flag.String("data", "../shared/data", "directory of basil-dev.jsonl and basil-dev.gold.csv")
	runs := flag.Int("runs", 5, "runs of each measurement")
	flag.Parse()
	if err := run(*data, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "diffbench:", err)
		os.Exit(2)
	}
}

func run(data string, runs int) error {
	d, err := corpus.Load([]string{filepath.Join(data, "basil-dev.jsonl")}, corpus.Options{Workers: 2})
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(data, "basil-dev.gold.csv"))
	if err != nil {
		return err
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		return err
	}
	event := map[string]string{}
	for _, r := range rows[1:] {
		event[r[0]] = r[1]
	}
	byEvent := map[string][]*corpus.Article{}
	var events []string
	for _, a := range d.Articles {
		e := event[a.ID]
		if len(byEvent[e]) == 0 {
			events = append(events, e)
		}
		byEvent[e] = append(byEvent[e], a)
	}
	var pairs [][2]*corpus.Article
	for _, e := range events {
		as := byEvent[e]
		for i := range as {
			for j := i + 1; j < len(as); j++ {
				pairs = append(pairs, [2]*corpus.Article{as[i], as[j]})
			}
		}
	}
	opt := align.Options{Canon: framing.DefaultLexicon().Canon()}
	words := 0
	for _, p := range pairs {
		words += len(p[0].Tokens) + len(p[1].Tokens)
	}
	all := median(runs, func() {
		for _, p := range pairs {
			align.Compare(p[0], p[1], opt)
		}
	})
	fmt.Printf("BASIL dev: %d pairs of %d events (%d words compared): median %.1f ms for all, %.2f ms a pair\n",
		len(pairs), len(events), words, ms(all), ms(all)/float64(len(pairs)))

	a, b, err := longPair(d.Articles, 5000)
	if err != nil {
		return err
	}
	long := median(max(runs, 11), func() { align.Compare(a, b, opt) })
	r := align.Compare(a, b, opt)
	moved := 0
	for _, p := range r.Pairs {
		if p.Moved {
			moved++
		}
	}
	fmt.Printf("one pair of %d and %d words (%d and %d sentences): median %.1f ms; %d pairs (%d moved), %d only in A, %d substitutions\n",
		len(a.Tokens), len(b.Tokens), len(a.Sentences), len(b.Sentences), ms(long), len(r.Pairs), moved, len(r.OnlyA), len(r.Substitutions))
	ok := all < time.Second && long < 50*time.Millisecond
	fmt.Printf("targets (150 pairs under 1 s, the long pair under 50 ms): %s\n", map[bool]string{true: "met", false: "MISSED"}[ok])
	if !ok {
		os.Exit(1)
	}
	return nil
}

// longPair builds two articles of about n words: A from whole BASIL texts,
// B from A with every tenth sentence dropped, spellings changed and its
// second and third paragraphs swapped.
func longPair(arts []*corpus.Article, n int) (*corpus.Article, *corpus.Article, error) {
	var paras []string
	count := 0
	for _, x := range arts {
		for _, p := range strings.Split(x.Text, "\n") {
			if strings.TrimSpace(p) == "" {
				continue
			}
			paras = append(paras, p)
			count += len(strings.Fields(p))
		}
		if count >= n {
			break
		}
	}
	textA := strings.Join(paras, "\n\n")
	bp := slices.Clone(paras)
	bp[1], bp[2] = bp[2], bp[1]
	for i := range bp {
		if i%10 == 9 {
			if k := strings.Index(bp[i], ". "); k > 0 {
				bp[i] = bp[i][k+2:]
			}
		}
		bp[i] = strings.NewReplacer("Obama", "Obama's", "said", "claimed", "Republicans", "GOP").Replace(bp[i])
	}
	textB := strings.Join(bp, "\n\n")
	dir, err := os.MkdirTemp("", "diffbench")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	for name, text := range map[string]string{"a.txt": textA, "b.txt": textB} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Long article\n"+text+"\n"), 0o644); err != nil {
			return nil, nil, err
		}
	}
	d, err := corpus.Load([]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, corpus.Options{Workers: 1})
	if err != nil {
		return nil, nil, err
	}
	return d.Articles[0], d.Articles[1], nil
}

func median(runs int, f func()) time.Duration {
	ts := make([]time.Duration, runs)
	for i := range ts {
		start := time.Now()
		f()
		ts[i] = time.Since(start)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts[runs/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
