package pipeline

import (
	"fmt"
	"slices"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// DedupResult is what duplicate detection found.
type DedupResult struct {
	// Deduper holds the documents, their candidates and bands, for
	// explaining the groups.
	Deduper *similarity.Deduper
	Groups  []similarity.Group
	// Titles and Outlets are each article's title and outlet, by number,
	// for naming the groups to a reader.
	Titles, Outlets []string
}

// About returns the title and outlet of article i.
func (r *DedupResult) About(i int) (title, outlet string) { return r.Titles[i], r.Outlets[i] }

// dedupDoc is what dedup compares of an article: its compared text
// ([corpus.Article.ComparedText]).
func dedupDoc(a *corpus.Article) similarity.Doc {
	text, toks := a.ComparedText()
	return similarity.Doc{ID: a.ID, Date: a.Date, Text: text, Tokens: toks, TitleOnly: a.TitleOnly()}
}

// noWords is the diagnostic of an article dedup cannot compare, or nil. The
// loader keeps articles with a title or a body; one whose text holds no
// word at all (only punctuation) is left out.
func noWords(a *corpus.Article) *corpus.Diagnostic {
	if _, toks := a.ComparedText(); len(toks) > 0 {
		return nil
	}
	return &corpus.Diagnostic{Path: a.Path, Line: a.Line, Severity: corpus.Warning, Message: fmt.Sprintf("article %q has no words to compare; left out of dedup", a.ID)}
}

// position is where a record starts in the input.
type position struct {
	path string
	line int
}

// Dedup finds the exact, near and contained duplicates of the dump at paths
// (see [similarity.Deduper]), streaming it: the articles are shingled and
// signed on all workers as they are read, and not kept. When the shingle
// sets to hold outgrow opt.Dedup.HoldBytes, the input is read a second
// time for the ones verification needs; records are known by where they
// start, so the others are passed over unparsed. Standard input cannot be
// read twice, so with "-" among paths every set is held.
func Dedup(paths []string, opt Options) (*Result, error) {
	lopt := opt.Load
	lopt.NoSentences, lopt.NoNorm, lopt.Keep = true, true, nil
	dopt := opt.dedupOptions()
	if slices.Contains(paths, "-") {
		dopt.HoldBytes = 1 << 62
	}
	dd := similarity.NewDeduper(dopt)

	var skipped []corpus.Diagnostic
	var titles, outlets []string
	pos := map[position]int{} // where each article starts, for a second pass
	unique := true
	opt.stage(StageLoading)
	in, err := stream(paths, lopt, dopt.Workers, func(i int, a *corpus.Article) {
		p := position{a.Path, a.Line}
		if _, dup := pos[p]; dup {
			unique = false // several records on one line: a one-line JSON array
		}
		pos[p] = i
		titles, outlets = append(titles, a.Title), append(outlets, a.Outlet)
		if d := noWords(a); d != nil {
			skipped = append(skipped, *d)
		}
	}, func(i int, a *corpus.Article) { dd.Add(i, dedupDoc(a)) })
	if err != nil {
		return nil, err
	}
	if missing := dd.Missing(); len(missing) > 0 {
		opt.stage(StageRereading)
		if err := supplyAgain(dd, missing, paths, lopt, pos, unique); err != nil {
			return nil, err
		}
	}
	in.Diagnostics = append(in.Diagnostics, skipped...)
	corpus.SortDiagnostics(in.Diagnostics)
	opt.stage(StageVerifying)
	return &Result{Input: in, Dedup: &DedupResult{Deduper: dd, Groups: dd.Groups(), Titles: titles, Outlets: outlets}}, nil
}

// supplyAgain reads the input a second time and supplies dd with the
// articles numbered in missing. pos maps where each record starts to its
// number; when records do not start at distinct places (unique is false),
// every record is parsed and numbered in order instead.
func supplyAgain(dd *similarity.Deduper, missing []int, paths []string, lopt corpus.Options, pos map[position]int, unique bool) error {
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
	_, err := corpus.Stream(paths, lopt, func(a *corpus.Article) error {
		i := k
		if unique {
			i = pos[position{a.Path, a.Line}]
		}
		if need[i] {
			dd.Supply(i, dedupDoc(a))
		}
		k++
		return nil
	})
	return err
}

// dedupHeld finds the duplicates among articles held in memory: nothing is
// read twice, the articles missing shingle sets are supplied from arts. It
// returns the result and the articles it could not compare, telling stage
// of its stages.
func dedupHeld(arts []*corpus.Article, dopt similarity.DedupOptions, stage func(Stage)) (*DedupResult, []corpus.Diagnostic) {
	stage(StageShingling)
	dd := similarity.NewDeduper(dopt)
	fanout.Each(len(arts), dopt.Workers, func(i int) { dd.Add(i, dedupDoc(arts[i])) })
	missing := dd.Missing()
	fanout.Each(len(missing), dopt.Workers, func(k int) { dd.Supply(missing[k], dedupDoc(arts[missing[k]])) })
	stage(StageVerifying)
	var skipped []corpus.Diagnostic
	for _, a := range arts {
		if d := noWords(a); d != nil {
			skipped = append(skipped, *d)
		}
	}
	r := &DedupResult{Deduper: dd, Groups: dd.Groups()}
	for _, a := range arts {
		r.Titles, r.Outlets = append(r.Titles, a.Title), append(r.Outlets, a.Outlet)
	}
	return r, skipped
}
