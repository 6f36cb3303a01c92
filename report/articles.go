package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/newsfold/compare/corpus"
)

// Article is the JSON contract's view of a [corpus.Article].
type Article struct {
	ID           string  `json:"id"`
	Outlet       string  `json:"outlet"`
	OutletSource string  `json:"outlet_source"`
	Republished  bool    `json:"republished"`
	Date         *string `json:"date"`
	DateSource   string  `json:"date_source"`
	Status       int     `json:"status,omitempty"`
	Title        string  `json:"title"`
	URL          string  `json:"url"`
	Words        int     `json:"words"`
	Sentences    int     `json:"sentences"`
	ChromeLines  int     `json:"chrome_lines"`
	Path         string  `json:"path"`
	Line         int     `json:"line"`
}

// Articles is the section of `compare inspect`: every article of a dump
// with its metadata, under "articles".
type Articles []Article

// NewArticles returns the section of the articles as.
func NewArticles(as []*corpus.Article) Articles {
	out := make(Articles, 0, len(as))
	for _, a := range as {
		var date *string
		if a.DateSource != corpus.DateNone {
			s := a.Date.Format("2006-01-02")
			date = &s
		}
		out = append(out, Article{
			ID: a.ID, Outlet: a.Outlet, OutletSource: string(a.OutletFrom), Republished: a.Republished,
			Date: date, DateSource: string(a.DateSource), Status: a.Status, Title: a.Title, URL: a.URL,
			Words: len(a.Tokens), Sentences: len(a.Sentences), ChromeLines: len(a.Chrome), Path: a.Path, Line: a.Line,
		})
	}
	return out
}

// The cells of an article that more than one view shows.
func (a Article) words() string     { return strconv.Itoa(a.Words) }
func (a Article) sentences() string { return strconv.Itoa(a.Sentences) }
func (a Article) date() string      { return deref(a.Date) }

// articleCSV are the CSV columns: every field but the counts of chrome.
var articleCSV = []column[Article]{
	{"id", func(a Article) string { return a.ID }},
	{"outlet", func(a Article) string { return a.Outlet }},
	{"republished", func(a Article) string { return strconv.FormatBool(a.Republished) }},
	{"date", Article.date},
	{"date_source", func(a Article) string { return a.DateSource }},
	{"title", func(a Article) string { return a.Title }},
	{"url", func(a Article) string { return a.URL }},
	{"words", Article.words},
	{"sentences", Article.sentences},
	{"path", func(a Article) string { return a.Path }},
}

// articleTable returns the table columns, which leave out the URL and the
// path that JSON and CSV carry.
func articleTable() []column[Article] {
	return []column[Article]{
		{"id", func(a Article) string { return a.ID }},
		{"outlet", func(a Article) string {
			if a.Republished {
				return a.Outlet + " (republished)"
			}
			return a.Outlet
		}},
		{"date", Article.date},
		{"from", func(a Article) string { return a.DateSource }},
		{"words", Article.words},
		{"sents", Article.sentences},
		{"title", func(a Article) string { return a.Title }},
	}
}

// Table writes the articles, under a heading in Markdown.
func (as Articles) Table(w io.Writer, md bool) error {
	if md {
		fmt.Fprintf(w, "## Articles (%d)\n\n", len(as))
	}
	return writeRows(w, md, articleTable(), as)
}

// CSV writes a row per article.
func (as Articles) CSV(w *csv.Writer) error { return writeCSVRows(w, articleCSV, as) }

// JSON adds "articles".
func (as Articles) JSON(o *Object) error {
	return o.Add("articles", orEmpty([]Article(as)))
}
