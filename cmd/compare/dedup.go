package main

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/similarity"
)

// dedupOptions are the parsed arguments of `compare dedup`.
type dedupOptions struct {
	f       *factory
	Paths   []string
	Dedup   similarity.DedupOptions
	Explain bool
}

func newCmdDedup(f *factory, runF func(*dedupOptions) error) *cobra.Command {
	opts := &dedupOptions{f: f}
	cmd := &cobra.Command{
		Use:   "dedup PATH...",
		Short: "Find exact, near and contained duplicates (syndicated and republished copies)",
		Long: `dedup groups the articles that are the same text: exact copies (identical
normalised text), near copies (Jaccard of word 5-gram shingles at or above
--threshold) and contained copies (at least --containment of one article's
shingles inside the other: a trimmed copy, or one wrapped in extra chrome).

Candidates come from MinHash signatures in LSH bands and from a sample of
shingles for containment, never from all pairs; every candidate is verified on
the exact shingle sets. Each group lists its edges with their scores, says when
members are linked only through others (chained), and names the earliest-dated
member as the original, or says why it cannot.`,
		Example: "  compare dedup testdata/seeds\n  compare dedup --threshold 0.7 --format json dump.jsonl.gz\n  compare dedup --explain dump.jsonl",
		Args:    needPaths("dedup", "dedup"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			d := opts.Dedup
			switch {
			case d.Threshold <= 0 || d.Threshold > 1:
				return flagErrorf("--threshold must be in (0, 1], got %g", d.Threshold)
			case d.Containment <= 0 || d.Containment > 1:
				return flagErrorf("--containment must be in (0, 1], got %g", d.Containment)
			case d.Shingle < 1:
				return flagErrorf("--shingle must be at least 1, got %d", d.Shingle)
			case d.Hashes < 8:
				return flagErrorf("--hashes must be at least 8, got %d", d.Hashes)
			case d.HoldBytes < 1:
				return flagErrorf("--hold must be at least 1 byte, got %d", d.HoldBytes)
			}
			if runF != nil {
				return runF(opts)
			}
			return dedupRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.Float64Var(&opts.Dedup.Threshold, "threshold", 0.8, "Jaccard of shingle sets for a near duplicate")
	fl.Float64Var(&opts.Dedup.Containment, "containment", 0.9, "share of one article's shingles inside the other for a contained copy")
	fl.IntVar(&opts.Dedup.Shingle, "shingle", 5, "words per shingle")
	fl.IntVar(&opts.Dedup.Hashes, "hashes", 128, "MinHash values per signature")
	fl.BoolVar(&opts.Explain, "explain", false, "print the LSH bands and their theoretical false-positive and false-negative rates")
	fl.Int64Var(&opts.Dedup.HoldBytes, "hold", 512<<20, "bytes of shingle sets to hold for verification; past it, the input is read a second time")
	return cmd
}

// position is where a record starts in the input.
type position struct {
	path string
	line int
}

// dedupDoc is what dedup compares of an article: its normalised text, or
// its title's words when it has no body (headline dumps).
func dedupDoc(a *corpus.Article) similarity.Doc {
	if len(a.Tokens) > 0 {
		return similarity.Doc{ID: a.ID, Date: a.Date, Text: a.Text, Tokens: a.Tokens}
	}
	return similarity.Doc{ID: a.ID, Date: a.Date, Words: corpus.Words(a.Title)}
}

// dedupWords is dedupDoc's text as a slice of words.
func dedupWords(a *corpus.Article) []string {
	if len(a.Tokens) > 0 {
		return a.Words()
	}
	return corpus.Words(a.Title)
}

func dedupRun(opts *dedupOptions) error {
	f := opts.f
	lopt, err := f.loadOptions()
	if err != nil {
		return err
	}
	lopt.NoSentences, lopt.NoNorm = true, true
	dopt := opts.Dedup
	dopt.Workers = f.global.Workers
	if slices.Contains(opts.Paths, "-") {
		dopt.HoldBytes = 1 << 62 // standard input cannot be read twice
	}
	dd := similarity.NewDeduper(dopt)

	// Pass one: stream the articles, shingle and sign them on all cores.
	var skipped []corpus.Diagnostic
	pos := map[position]int{} // where each article starts, for a second pass
	unique := true
	dump, n, err := streamArticles(opts.Paths, lopt, f.global.Workers, func(i int, a *corpus.Article) {
		p := position{a.Path, a.Line}
		if _, dup := pos[p]; dup {
			unique = false // several records on one line: a one-line JSON array
		}
		pos[p] = i
		if len(a.Tokens) == 0 && len(corpus.Tokenize(a.Title)) == 0 {
			// The loader keeps articles with a title or a body; one whose
			// text holds no word at all (only punctuation) is not compared.
			skipped = append(skipped, corpus.Diagnostic{Path: a.Path, Line: a.Line, Severity: corpus.Warning, Message: fmt.Sprintf("article %q has no words to compare; left out of dedup", a.ID)})
		}
	}, func(i int, a *corpus.Article) { dd.Add(i, dedupDoc(a)) })
	if err != nil {
		return err
	}

	// Pass two, only when shingle sets went over the memory budget: read
	// the input again and supply the ones verification needs. Records are
	// known by where they start, so the others are passed over unparsed.
	if missing := dd.Missing(); len(missing) > 0 {
		need := make(map[int]bool, len(missing))
		for _, i := range missing {
			need[i] = true
		}
		lopt.Progress = nil
		if unique {
			lopt.Keep = func(path string, line int) bool {
				i, ok := pos[position{path, line}]
				return ok && need[i]
			}
		}
		k := 0
		if _, err := corpus.Stream(opts.Paths, lopt, func(a *corpus.Article) error {
			i := k
			if unique {
				i = pos[position{a.Path, a.Line}]
			}
			if need[i] {
				dd.Supply(i, dedupDoc(a))
			}
			k++
			return nil
		}); err != nil {
			return err
		}
	}
	dump.Diagnostics = append(dump.Diagnostics, skipped...)
	corpus.SortDiagnostics(dump.Diagnostics)
	if !f.global.Quiet {
		printDiagnostics(f.errOut, dump.Diagnostics, n, dump.Files)
	}
	res := report.NewDedup(dd, dd.Groups())
	if opts.Explain {
		res.Explain = report.ExplainDedup(dd)
	}
	if err := report.Write(f.out, f.global.Format, report.New(dump.Diagnostics, res)); err != nil {
		return err
	}
	return f.strict(dump)
}
