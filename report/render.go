package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Write renders r in format f to w.
func Write(w io.Writer, f Format, r *Result) error {
	if r.Diff != nil && f != JSON {
		return writeDiff(w, f, r.Diff, DiffView{Width: 80})
	}
	switch f {
	case HTML:
		if r.Framing != nil {
			return writeFramingHTML(w, r.Framing)
		}
		return fmt.Errorf("report: the html format is for compare diff and compare framing")
	case JSON:
		return writeJSON(w, r)
	case CSV:
		return writeCSV(w, r)
	case Markdown:
		return writeTable(w, r, true)
	case Table, "":
		return writeTable(w, r, false)
	}
	return fmt.Errorf("report: unknown format %q", f)
}

func writeJSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if r.Framing != nil {
		return enc.Encode(framingJSON{Schema: r.Schema, Framing: r.Framing, Diagnostics: r.Diagnostics})
	}
	return enc.Encode(r)
}

var articleHeader = []string{"id", "outlet", "republished", "date", "date_source", "title", "url", "words", "sentences", "path"}

func articleRow(a Article, full bool) []string {
	date := ""
	if a.Date != nil {
		date = *a.Date
	}
	title := a.Title
	if !full {
		title = clip(title, 48)
	}
	return []string{a.ID, a.Outlet, strconv.FormatBool(a.Republished), date, a.DateSource, title, a.URL,
		strconv.Itoa(a.Words), strconv.Itoa(a.Sentences), a.Path}
}

func writeCSV(w io.Writer, r *Result) error {
	cw := csv.NewWriter(w)
	if p := r.Pair; p != nil {
		title := ""
		if p.Scores.Title != nil {
			title = ftoa(*p.Scores.Title)
		}
		s := p.Scores
		cw.Write([]string{"a", "b", "jaccard", "containment_ab", "containment_ba", "minhash", "cosine", "title", "combined"})
		cw.Write([]string{p.A.ID, p.B.ID, ftoa(s.Jaccard), ftoa(s.ContainmentAB), ftoa(s.ContainmentBA), ftoa(s.MinHash), ftoa(s.Cosine), title, ftoa(s.Combined)})
	}
	if r.Framing != nil {
		if err := writeFramingCSV(cw, r.Framing); err != nil {
			return err
		}
	}
	if r.Events != nil {
		if err := writeEventsCSV(cw, r); err != nil {
			return err
		}
	}
	if r.Eval != nil {
		if err := writeEvalCSV(cw, r.Eval); err != nil {
			return err
		}
	}
	if r.Groups != nil {
		if err := cw.Write([]string{"group", "kind", "chained", "original", "a", "b", "edge_kind", "jaccard", "containment_ab", "containment_ba"}); err != nil {
			return err
		}
		for i, g := range r.Groups {
			for _, e := range g.Edges {
				if err := cw.Write([]string{strconv.Itoa(i + 1), string(g.Kind), strconv.FormatBool(g.Chained), original(g), e.A, e.B, string(e.Kind),
					ftoa(e.Jaccard), ftoa(e.ContainmentAB), ftoa(e.ContainmentBA)}); err != nil {
					return err
				}
			}
		}
	}
	if r.Articles != nil {
		if err := cw.Write(articleHeader); err != nil {
			return err
		}
		for _, a := range r.Articles {
			if err := cw.Write(articleRow(a, true)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeTable renders the articles as a terminal table, or as a Markdown
// table with a heading when md is set. The table leaves out the URL and the
// path, which JSON and CSV carry.
func writeTable(w io.Writer, r *Result, md bool) error {
	if r.Explain != nil {
		for _, l := range r.Explain.lines() {
			if md {
				l = "    " + l
			}
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w)
	}
	if r.Groups != nil {
		return writeGroups(w, r, md)
	}
	if r.Events != nil {
		return writeEvents(w, r, md)
	}
	if r.Framing != nil {
		return writeFraming(w, r.Framing, md)
	}
	if r.Eval != nil {
		return writeEval(w, r.Eval, md)
	}
	if r.Pair != nil {
		return writePair(w, r.Pair, md)
	}
	if r.Articles == nil {
		return nil
	}
	if md {
		fmt.Fprintf(w, "## Articles (%d)\n\n", len(r.Articles))
	}
	t := newTable(w, md)
	t.Header("id", "outlet", "date", "from", "words", "sents", "title")
	for _, a := range r.Articles {
		row := articleRow(a, md)
		outlet := a.Outlet
		if a.Republished {
			outlet += " (republished)"
		}
		cells := []string{clip(a.ID, 40), outlet, row[3], a.DateSource, row[7], row[8], row[5]}
		if err := appendRow(t, md, cells); err != nil {
			return err
		}
	}
	return t.Render()
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		k++
	}
	return s
}

// mdEscape escapes what would end a Markdown table cell or start markup.
var mdEscaper = strings.NewReplacer(`|`, `\|`, `\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;")

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdRow escapes every cell of a Markdown table row in place.
func mdRow(cells []string) {
	for i, c := range cells {
		cells[i] = mdEscape(c)
	}
}

func original(g DupGroup) string {
	if g.Original == nil {
		return ""
	}
	return *g.Original
}

func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

// writeGroups renders duplicate groups: one row per verified edge, under
// its group's number, kind and original.
func writeGroups(w io.Writer, r *Result, md bool) error {
	if md {
		fmt.Fprintf(w, "## Duplicate groups (%d)\n\n", len(r.Groups))
	}
	if len(r.Groups) == 0 {
		fmt.Fprintln(w, "no duplicate groups")
		return nil
	}
	t := newTable(w, md)
	t.Header("group", "kind", "original", "a", "b", "edge", "jaccard", "a in b", "b in a")
	for i, g := range r.Groups {
		orig := original(g)
		if orig == "" {
			orig = "? " + g.OriginalNote
		}
		kind := string(g.Kind)
		if g.Chained {
			kind += " (chained)"
		}
		for _, e := range g.Edges {
			cells := []string{strconv.Itoa(i + 1), kind, clip(orig, 40), clip(e.A, 40), clip(e.B, 40), string(e.Kind), ftoa(e.Jaccard), ftoa(e.ContainmentAB), ftoa(e.ContainmentBA)}
			if err := appendRow(t, md, cells); err != nil {
				return err
			}
		}
	}
	return t.Render()
}
