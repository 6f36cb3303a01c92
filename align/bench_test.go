package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
)

// longPair returns two articles of about 5,000 words built from the seeds:
// A is the seeds' paragraphs repeated with a counter (so no two are
// equal), B the same with every seventh paragraph dropped, two swapped and
// spellings changed.
func longPair(b *testing.B) (*corpus.Article, *corpus.Article) {
	var paras []string
	for round := 0; len(strings.Fields(strings.Join(paras, " "))) < 5000; round++ {
		for _, name := range []string{"000", "001", "002", "003", "004"} {
			m, _ := filepath.Glob("../testdata/seeds/" + name + "_*.txt")
			src, err := os.ReadFile(m[0])
			if err != nil {
				b.Fatal(err)
			}
			for _, p := range strings.Split(string(src), "\n") {
				if len(strings.Fields(p)) > 8 {
					paras = append(paras, p+" Round "+strings.Repeat("x", round+1)+".")
				}
			}
		}
	}
	bp := append([]string(nil), paras...)
	bp[1], bp[2] = bp[2], bp[1]
	var kept []string
	for i, p := range bp {
		if i%7 != 6 {
			kept = append(kept, strings.NewReplacer("Kyiv", "Kiev", "said", "claimed").Replace(p))
		}
	}
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Long\n"+strings.Join(paras, "\n\n")+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Long\n"+strings.Join(kept, "\n\n")+"\n"), 0o644)
	d, err := corpus.Load([]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, corpus.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	return d.Articles[0], d.Articles[1]
}

// BenchmarkCompare5000 is one diff of two 5,000-word articles (target:
// under 50 ms on 2 cores; bench/diffbench measures it on BASIL texts).
func BenchmarkCompare5000(b *testing.B) {
	x, y := longPair(b)
	b.ReportMetric(float64(len(x.Tokens)), "words")
	b.ResetTimer()
	for b.Loop() {
		Compare(x, y, opt)
	}
}
