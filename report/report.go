// Package report renders a [Result] as a terminal table, Markdown, CSV or
// JSON. Every renderer takes the same Result and an io.Writer; the JSON form
// is the documented, versioned contract ("schema": "compare/v1") and the
// human formats may change between releases.
//
// The human formats trade completeness for readability: a table cuts long
// titles and prints dates only, where JSON carries every field.
package report

import (
	"fmt"
	"strings"

	"github.com/newsfold/compare/corpus"
)

// Schema names the version of the JSON contract.
const Schema = "compare/v1"

// Format is an output format. It implements flag.Value (and pflag.Value).
type Format string

const (
	Table    Format = "table"
	Markdown Format = "markdown"
	JSON     Format = "json"
	CSV      Format = "csv"
	HTML     Format = "html" // compare diff and compare framing
)

// Formats lists the formats in the order they are documented.
var Formats = []Format{Table, Markdown, JSON, CSV, HTML}

func (f *Format) String() string { return string(*f) }

// Set accepts one of [Formats] (also "md").
func (f *Format) Set(s string) error {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "md" {
		s = "markdown"
	}
	for _, k := range Formats {
		if Format(s) == k {
			*f = k
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (want table, markdown, json, csv or html)", s)
}

// Type is the flag type name shown in usage.
func (f *Format) Type() string { return "format" }

// Result is what a command found, in the form every renderer reads. Fields
// that a command does not produce are nil and left out of the JSON.
type Result struct {
	Schema   string     `json:"schema"`
	Articles []Article  `json:"articles,omitzero"`
	Groups   []DupGroup `json:"groups,omitzero"`
	Events   []Event    `json:"events,omitzero"`
	Eval     *Eval      `json:"eval,omitempty"`
	// *Diff is embedded: `compare diff` puts its fields at the top level.
	*Diff
	// Framing is written at the top level too, by writeJSON.
	Framing     *Framing            `json:"-"`
	Explain     *Explain            `json:"explain,omitempty"`
	Pair        *Pair               `json:"pair,omitempty"`
	Diagnostics []corpus.Diagnostic `json:"diagnostics"`
}

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

// Inspect builds the Result of `compare inspect`: every article of the dump
// with its metadata, and every diagnostic.
func Inspect(d *corpus.Dump) *Result {
	r := &Result{Schema: Schema, Articles: make([]Article, 0, len(d.Articles)), Diagnostics: diagnostics(d.Diagnostics)}
	for _, a := range d.Articles {
		var date *string
		if a.DateSource != corpus.DateNone {
			s := a.Date.Format("2006-01-02")
			date = &s
		}
		r.Articles = append(r.Articles, Article{
			ID: a.ID, Outlet: a.Outlet, OutletSource: string(a.OutletFrom), Republished: a.Republished,
			Date: date, DateSource: string(a.DateSource), Status: a.Status, Title: a.Title, URL: a.URL,
			Words: len(a.Tokens), Sentences: len(a.Sentences), ChromeLines: len(a.Chrome), Path: a.Path, Line: a.Line,
		})
	}
	return r
}

func diagnostics(ds []corpus.Diagnostic) []corpus.Diagnostic {
	if ds == nil {
		return []corpus.Diagnostic{}
	}
	return ds
}
