package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// seedJSONL makes a JSONL dump of n articles from the seed texts, each
// record distinct (its id and a sentence with its number).
func seedJSONL(b *testing.B, n int) []byte {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range n {
		rec := map[string]string{
			"id":     fmt.Sprintf("a%d", i),
			"outlet": fmt.Sprintf("Outlet %d", i%20),
			"date":   "2025-12-15",
			"title":  fmt.Sprintf("Story number %d", i),
			"text":   texts[i%len(texts)] + fmt.Sprintf("\n\nThis is copy %d.", i),
		}
		if err := enc.Encode(rec); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes()
}

// BenchmarkLoad measures loading, cleaning and tokenising a JSONL dump in
// memory, at three sizes to show that cost grows linearly.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		data := seedJSONL(b, n)
		b.Run(fmt.Sprintf("%darticles", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				d := loadBytes(data, formatJSONL, "bench.jsonl")
				if len(d.Articles) != n {
					b.Fatalf("%d articles", len(d.Articles))
				}
			}
		})
	}
}
