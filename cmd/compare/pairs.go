package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/valyala/fastjson"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/similarity"
)

// pairsOptions are the parsed arguments of `compare pairs`.
type pairsOptions struct {
	f       *factory
	Path    string
	Shingle int
}

func newCmdPairs(f *factory, runF func(*pairsOptions) error) *cobra.Command {
	opts := &pairsOptions{f: f}
	cmd := &cobra.Command{
		Use:   "pairs FILE.jsonl",
		Short: "Score many pairs of texts, one JSON line per pair",
		Long: `pairs scores each line of a JSON Lines file: a pair given as "text_1" and
"text_2" (with "title_1" and "title_2" when there are titles), or as "a" and "b",
paths of article files relative to FILE's folder. Every other field of the line
is echoed, in its order, and "similarity" added: {"jaccard", "containment",
"containment_ab", "containment_ba", "minhash", "cosine", "title", "combined"}.
IDF weights come from all texts of the file. A line that cannot be scored is
reported on stderr and output with "similarity": null and an "error", so output
lines match input lines one to one. Use --format json for JSON Lines.`,
		Example: "  compare pairs --format json pairs.jsonl > scored.jsonl\n  compare pairs pairs.jsonl",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return flagErrorf("pairs: give one FILE.jsonl (or - for stdin)\nRun 'compare pairs --help' for usage.")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = args[0]
			if opts.Shingle < 1 {
				return flagErrorf("--shingle must be at least 1, got %d", opts.Shingle)
			}
			if runF != nil {
				return runF(opts)
			}
			return pairsRun(opts)
		},
	}
	cmd.Flags().IntVar(&opts.Shingle, "shingle", 5, "words per shingle")
	return cmd
}

// pairInput is one parsed input line.
type pairInput struct {
	out  report.PairLine
	a, b similarity.Text
}

func pairsRun(opts *pairsOptions) error {
	f := opts.f
	var r io.Reader = f.in
	dir := "."
	if opts.Path != "-" {
		file, err := os.Open(opts.Path)
		if err != nil {
			return err
		}
		defer file.Close()
		r, dir = file, filepath.Dir(opts.Path)
		if strings.HasSuffix(opts.Path, ".gz") {
			zr, err := gzip.NewReader(file)
			if err != nil {
				return fmt.Errorf("%s: %w", opts.Path, err)
			}
			r = zr
		}
	}
	var diags []corpus.Diagnostic
	report1 := func(line int, msg string) {
		diags = append(diags, corpus.Diagnostic{Path: opts.Path, Line: line, Severity: corpus.Error, Message: msg})
	}
	var inputs []pairInput
	br := bufio.NewReaderSize(r, 1<<16)
	var p fastjson.Parser
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			in := parsePairLine(&p, n, line, dir, f)
			if in.out.Error != "" {
				report1(n, in.out.Error)
			}
			inputs = append(inputs, in)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", opts.Path, err)
		}
	}
	vocab := similarity.NewVocabulary(nil)
	for _, in := range inputs {
		if in.out.Error == "" {
			vocab.Add(in.a.Words)
			vocab.Add(in.b.Words)
		}
	}
	lines := make([]report.PairLine, len(inputs))
	opt := similarity.DedupOptions{Shingle: opts.Shingle}
	for i, in := range inputs {
		lines[i] = in.out
		if in.out.Error == "" {
			s := report.ScoresOf(similarity.ComparePair(in.a, in.b, vocab, opt))
			lines[i].Scores = &s
		}
	}
	if !f.global.Quiet {
		printSummary(f.errOut, diags, fmt.Sprintf("%d pairs", len(inputs)))
	}
	if err := report.Write(f.out, f.global.Format, report.New(nil, report.PairLines(lines))); err != nil {
		return err
	}
	return f.strictDiags(diags)
}

// pairRoles are the fields that give the pair itself; all others are
// echoed.
var pairRoles = map[string]bool{"text_1": true, "text_2": true, "title_1": true, "title_2": true}

func parsePairLine(p *fastjson.Parser, n int, line []byte, dir string, f *factory) pairInput {
	in := pairInput{out: report.PairLine{Line: n}}
	v, err := p.ParseBytes(line)
	if err != nil {
		in.out.Error = "line is not JSON; not scored"
		return in
	}
	o, err := v.Object()
	if err != nil {
		in.out.Error = "line is not a JSON object; not scored"
		return in
	}
	str := func(k string) (string, bool) {
		x := o.Get(k)
		if x == nil || x.Type() != fastjson.TypeString {
			return "", false
		}
		return string(x.GetStringBytes()), true
	}
	o.Visit(func(k []byte, x *fastjson.Value) {
		if !pairRoles[string(k)] {
			in.out.Echo = append(in.out.Echo, report.Field{Key: string(k), Value: x.MarshalTo(nil)})
		}
	})
	t1, ok1 := str("text_1")
	t2, ok2 := str("text_2")
	pa, okA := str("a")
	pb, okB := str("b")
	switch {
	case ok1 && ok2:
		ti1, _ := str("title_1")
		ti2, _ := str("title_2")
		in.a = similarity.Text{Words: corpus.Words(t1), Title: ti1}
		in.b = similarity.Text{Words: corpus.Words(t2), Title: ti2}
	case okA && okB:
		for _, side := range []struct {
			path string
			dst  *similarity.Text
		}{{pa, &in.a}, {pb, &in.b}} {
			path := side.path
			if !filepath.IsAbs(path) {
				path = filepath.Join(dir, path)
			}
			d, err := corpus.Load([]string{path}, corpus.Options{Workers: 1, Fields: f.global.Fields, MaxBytes: f.global.MaxBytes})
			if err != nil || len(d.Articles) != 1 {
				in.out.Error = fmt.Sprintf("%q is not a file holding one article; not scored", side.path)
				return in
			}
			a := d.Articles[0]
			*side.dst = similarity.Text{Words: dedupWords(a), Title: a.Title}
		}
	default:
		in.out.Error = `line has neither "text_1" and "text_2" nor "a" and "b"; not scored`
	}
	return in
}
