package event

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
)

// sharedDump loads a dump of the shared data (COMPARE_DATA, default
// ../../shared/data, as from /work/main/event), or skips.
func sharedDump(tb testing.TB, name string) []*corpus.Article {
	tb.Helper()
	dir := os.Getenv("COMPARE_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("needs %s of the shared data (set COMPARE_DATA to its directory): %v", name, err)
	}
	d, err := corpus.Load([]string{path}, corpus.Options{Workers: 2})
	if err != nil {
		tb.Fatal(err)
	}
	return d.Articles
}

// benchDump is the dump the label benchmarks read: COMPARE_BENCH_DUMP, a
// file name in COMPARE_DATA (default basil-dev.jsonl).
func benchDump(b *testing.B) []*corpus.Article {
	name := os.Getenv("COMPARE_BENCH_DUMP")
	if name == "" {
		name = "basil-dev.jsonl"
	}
	return sharedDump(b, name)
}

// BenchmarkNamesBefore reads the names that score events as names did
// before labels read names too (namesRef): the base of
// BenchmarkReadNames.
func BenchmarkNamesBefore(b *testing.B) {
	arts := benchDump(b)
	canon := framing.DefaultLexicon().Canon()
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			namesRef(a, canon)
		}
	}
}

// BenchmarkReadNames reads the names that score events and those of
// labels, in one pass, as Builder.Add does.
func BenchmarkReadNames(b *testing.B) {
	arts := benchDump(b)
	words := make([][]string, len(arts)) // Add has them for other uses
	for i, a := range arts {
		words[i] = a.ComparedWords()
	}
	bd := NewBuilder(Options{Canon: framing.DefaultLexicon().Canon()})
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			bd.readNames(a, words[i])
		}
	}
}

// BenchmarkLabelParts chooses the names of every event's label.
func BenchmarkLabelParts(b *testing.B) {
	arts := benchDump(b)
	evs, bd := group(arts, Options{Workers: 2})
	b.ReportAllocs()
	for b.Loop() {
		for k := range evs {
			bd.labelParts(&evs[k])
		}
	}
}

// BenchmarkEvents groups the dump into events, labels included.
func BenchmarkEvents(b *testing.B) {
	arts := benchDump(b)
	b.ReportAllocs()
	for b.Loop() {
		group(arts, Options{Workers: 1})
	}
}
