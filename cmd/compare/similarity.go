package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/similarity"
)

// similarityOptions are the parsed arguments of `compare similarity`.
type similarityOptions struct {
	f       *factory
	A, B    string
	In      string
	Shingle int
	Explain bool
}

func newCmdSimilarity(f *factory, runF func(*similarityOptions) error) *cobra.Command {
	opts := &similarityOptions{f: f}
	cmd := &cobra.Command{
		Use:   "similarity A B",
		Short: "Every similarity score of one pair of articles",
		Long: `similarity scores one pair: Jaccard of word shingles, containment both ways,
the MinHash estimate, TF-IDF cosine of content words, title similarity and a
combined score. A and B are two files holding one article each, or two ids of
articles in the dump given with --in (whose articles then also supply the IDF
weights). --explain lists the passages the two share.`,
		Example: "  compare similarity a.txt b.txt\n  compare similarity --in dump.jsonl --explain id1 id2",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return flagErrorf("similarity: give two articles, A and B\nRun 'compare similarity --help' for usage.")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			if opts.Shingle < 1 {
				return flagErrorf("--shingle must be at least 1, got %d", opts.Shingle)
			}
			if runF != nil {
				return runF(opts)
			}
			return similarityRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.In, "in", "", "a dump holding the articles named by id")
	cmd.Flags().IntVar(&opts.Shingle, "shingle", 5, "words per shingle")
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "list the passages the two articles share")
	return cmd
}

func similarityRun(opts *similarityOptions) error {
	f := opts.f
	a, b, all, diags, err := loadPair(f, opts.A, opts.B, opts.In)
	if err != nil {
		return err
	}
	vocab := similarity.NewVocabulary(nil)
	for _, x := range all {
		vocab.Add(x.Words())
	}
	opt := similarity.DedupOptions{Shingle: opts.Shingle}
	s := similarity.ComparePair(similarity.Text{Words: dedupWords(a), Title: a.Title}, similarity.Text{Words: dedupWords(b), Title: b.Title}, vocab, opt)
	res := report.NewPair(a, b, s)
	if opts.Explain {
		words := dedupWords(a)
		for _, r := range similarity.SharedRuns(words, dedupWords(b), opts.Shingle, nil) {
			res.Shared = append(res.Shared, runText(a, words, r))
		}
	}
	if err := report.Write(f.out, f.global.Format, report.New(diags, res)); err != nil {
		return err
	}
	return f.strictDiags(diags)
}

// runText is the text of a run of an article's words: the original text from
// its first to its last token, or the normalised words of a title-only
// article.
func runText(a *corpus.Article, words []string, r similarity.Run) string {
	if len(a.Tokens) == 0 {
		return strings.Join(words[r.Start:r.End], " ")
	}
	return a.Text[a.Tokens[r.Start].Start:a.Tokens[r.End-1].End]
}

// loadPair loads the two articles a command compares: the files A and B
// (one article each), or the articles with ids A and B in the dump in. It
// returns them, every article read (the dump, or the two), and the
// diagnostics.
func loadPair(f *factory, A, B, in string) (a, b *corpus.Article, all []*corpus.Article, diags []corpus.Diagnostic, err error) {
	if in != "" {
		d, err := f.load([]string{in})
		if err != nil {
			return nil, nil, nil, nil, err
		}
		for _, x := range d.Articles {
			switch x.ID {
			case A:
				a = x
			case B:
				b = x
			}
		}
		for _, m := range []struct {
			id string
			a  *corpus.Article
		}{{A, a}, {B, b}} {
			if m.a == nil {
				return nil, nil, nil, nil, fmt.Errorf("no article with id %q in %s", m.id, in)
			}
		}
		return a, b, d.Articles, d.Diagnostics, nil
	}
	for _, p := range []struct {
		path string
		dst  **corpus.Article
	}{{A, &a}, {B, &b}} {
		d, err := f.load([]string{p.path})
		if err != nil {
			return nil, nil, nil, nil, err
		}
		diags = append(diags, d.Diagnostics...)
		if len(d.Articles) != 1 {
			return nil, nil, nil, nil, flagErrorf("%s holds %d articles, not one: name two articles of a dump with --in PATH and their ids", p.path, len(d.Articles))
		}
		*p.dst = d.Articles[0]
	}
	return a, b, []*corpus.Article{a, b}, diags, nil
}
