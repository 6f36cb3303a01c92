// Package framingtest builds the Docs that the tests and benchmarks of
// framing and its analyses read: a Doc of a string, the seed dump, and
// synthetic corpora. It is for tests only, and trades speed for
// simplicity: every Doc is tokenised and split anew.
package framingtest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
)

// Doc returns a Doc of s with its tokens and sentences.
func Doc(id, outlet, s string) text.Doc {
	return text.Doc{ID: id, Outlet: outlet, Text: s, Tokens: corpus.Tokenize(s), Sentences: corpus.SplitSentences(s)}
}

// SeedOutlets are the outlets of the seed articles, by file-name prefix.
var SeedOutlets = map[string]string{
	"000": "MENAFN",
	"001": "Occasional Digest",
	"002": "unknown",
	"003": "MENAFN",
	"004": "unknown",
}

// Seeds reads the seed dump (testdata/seeds at the module's root) as Docs
// with their outlets, in file order: each file whole, or without its
// header line when body is set.
func Seeds(t testing.TB, body bool) []text.Doc {
	t.Helper()
	_, self, _, _ := runtime.Caller(0)
	paths, err := filepath.Glob(filepath.Join(filepath.Dir(self), "..", "..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) != len(SeedOutlets) {
		t.Fatalf("seeds: %v, %d files", err, len(paths))
	}
	var docs []text.Doc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if body {
			_, s, _ = strings.Cut(s, "\n")
		}
		name := filepath.Base(p)
		outlet, ok := SeedOutlets[name[:3]]
		if !ok {
			t.Fatalf("seed %s: no outlet", name)
		}
		docs = append(docs, Doc(strings.TrimSuffix(name, ".txt"), outlet, s))
	}
	return docs
}

// FillerWords returns n made-up content words ("bakor", "tilem", ...).
func FillerWords(n int) []string {
	cons, vows := "bdfgklmnprstvz", "aeiou"
	seen := map[string]bool{}
	var out []string
	r := rand.New(rand.NewPCG(7, 7))
	for len(out) < n {
		var b strings.Builder
		for range 3 {
			b.WriteByte(cons[r.IntN(len(cons))])
			b.WriteByte(vows[r.IntN(len(vows))])
		}
		w := b.String()
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// BenchCorpus returns n articles of about 650 tokens over outlets of
// Zipf-distributed sizes: words from a Zipf-distributed vocabulary, stop
// words between, and a few words each outlet favours.
func BenchCorpus(n, outlets int) []text.Doc {
	r := rand.New(rand.NewPCG(3, 4))
	vocab := FillerWords(40000)
	stops := []string{"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "said", "was", "is", "by"}
	zipf := rand.NewZipf(r, 1.07, 10, uint64(len(vocab)-1))
	weights := make([]float64, outlets)
	total := 0.0
	for i := range weights {
		weights[i] = 1 / float64(i+1)
		total += weights[i]
	}
	docs := make([]text.Doc, n)
	var b strings.Builder
	for i := range docs {
		x, o := r.Float64()*total, 0
		for o < outlets-1 && x > weights[o] {
			x -= weights[o]
			o++
		}
		b.Reset()
		for s := range 30 {
			for j := range 22 {
				switch {
				case r.IntN(100) < 45:
					b.WriteString(stops[r.IntN(len(stops))])
				case r.IntN(100) < 3:
					b.WriteString(vocab[(o*7+j%3)%len(vocab)]) // the outlet's words
				default:
					b.WriteString(vocab[zipf.Uint64()])
				}
				if j < 21 {
					b.WriteByte(' ')
				}
			}
			if s < 29 {
				b.WriteString(". ")
			}
		}
		docs[i] = Doc(fmt.Sprint(i), fmt.Sprintf("outlet%03d", o), b.String())
	}
	return docs
}

// synthText returns an article of filler sentences with the planted
// sentences put among them.
func synthText(r *rand.Rand, filler []string, planted ...string) string {
	var b strings.Builder
	sents := 8
	at := r.Perm(sents + len(planted))
	pl := map[int]string{}
	for i, p := range planted {
		pl[at[i]] = p
	}
	for i := range sents + len(planted) {
		if p, ok := pl[i]; ok {
			b.WriteString(p)
			b.WriteString(" ")
			continue
		}
		for j := range 12 {
			w := filler[r.IntN(len(filler))]
			if j == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if j%4 == 3 && j < 11 {
				b.WriteString(" and the") // stop words between phrases
			}
			if j < 11 {
				b.WriteString(" ")
			}
		}
		b.WriteString(". ")
	}
	return b.String()
}

// SynthCorpus returns three outlets of 30 articles and one of 3: "Alpha"
// writes "regime" and "special operation" in 24 articles, "Beta"
// "invasion" in 24, one article of "Gamma" repeats "banana" 100 times,
// and two of the three articles of "Delta" share "zyzzyva". Most of
// Alpha's articles start with the dateline "(Alpha)", and all of Gamma's
// end with a tagline.
func SynthCorpus() []text.Doc {
	r := rand.New(rand.NewPCG(1, 2))
	filler := FillerWords(300)
	f := func() string { return filler[r.IntN(len(filler))] }
	var docs []text.Doc
	add := func(outlet string, i int, text string) {
		docs = append(docs, Doc(fmt.Sprintf("%s-%02d", outlet, i), outlet, text))
	}
	for i := range 30 {
		var pl []string
		if i < 24 {
			pl = append(pl,
				fmt.Sprintf("The regime of %s and %s was %s.", f(), f(), f()),
				fmt.Sprintf("Then the special operation %s the %s.", f(), f()))
		}
		text := synthText(r, filler, pl...)
		if i < 20 {
			text = "(Alpha) " + text
		}
		add("Alpha", i, text)
	}
	for i := range 30 {
		var pl []string
		if i < 24 {
			pl = append(pl, fmt.Sprintf("After the invasion, %s and %s %s.", f(), f(), f()))
		}
		add("Beta", i, synthText(r, filler, pl...))
	}
	for i := range 30 {
		var pl []string
		if i == 0 {
			pl = append(pl, strings.Repeat("Banana banana banana banana. ", 25))
		}
		add("Gamma", i, synthText(r, filler, pl...)+" Subscribe to the zorblat newsletter.")
	}
	for i := range 3 {
		var pl []string
		if i < 2 {
			pl = append(pl, fmt.Sprintf("The zyzzyva of %s.", f()))
		}
		add("Delta", i, synthText(r, filler, pl...))
	}
	return docs
}
