package report

import (
	"fmt"
	"strings"
)

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
