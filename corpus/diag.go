package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/newsfold/compare/internal/escape"
)

// Severity grades a [Diagnostic].
type Severity string

const (
	Info    Severity = "info"    // repaired on the fly; nothing lost (CRLF, invalid UTF-8 replaced)
	Warning Severity = "warning" // kept but changed or uncertain (truncated, renamed id, no date)
	Error   Severity = "error"   // skipped: the input yields no article
)

// Diagnostic reports one problem with the input, with its position.
type Diagnostic struct {
	Path     string   `json:"path"`
	Line     int      `json:"line"` // 1-based; 0 when it concerns the whole file
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// String returns the diagnostic as one line for a terminal: path:line:
// severity: message, the path and the message (which may quote an id) with
// every control character shown escaped ([escape.Text]).
func (d Diagnostic) String() string {
	path, msg := escape.Text(d.Path), escape.Text(d.Message)
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", path, d.Line, d.Severity, msg)
	}
	return fmt.Sprintf("%s: %s: %s", path, d.Severity, msg)
}

// Kind is the diagnostic's message with its specifics folded, numbers to
// N and quoted strings to "…": with the severity, it names a problem met on
// many records once ("invalid UTF-8 (N bytes) replaced with U+FFFD",
// `duplicate id "…" renamed "…"`). A number is a run of digits, commas and
// dots standing alone (at the start, or after a space or a parenthesis),
// so the 8 of UTF-8 stays; a quoted string is one Go's %q writes, escapes
// included. Unquoted words are kept: the few messages that hold a value
// unquoted (a path in "same file as PATH", an error in "cannot open: …")
// are one kind per value.
func (d Diagnostic) Kind() string {
	return numberRe.ReplaceAllString(quotedRe.ReplaceAllString(d.Message, `"…"`), "${1}N")
}

var (
	quotedRe = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	numberRe = regexp.MustCompile(`(^|[\s(])[0-9][0-9,.]*`) // a number standing alone, not the 8 of UTF-8
)

// SortDiagnostics orders diagnostics by path, line, then message, so output
// is deterministic whatever order workers produced them in.
func SortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Message < b.Message
	})
}

// Severities lists the severities from the mildest.
var Severities = []Severity{Info, Warning, Error}

// AtLeast reports whether s is level or graver; nothing is at least the
// empty level.
func (s Severity) AtLeast(level Severity) bool {
	rank := func(x Severity) int {
		for i, k := range Severities {
			if x == k {
				return i
			}
		}
		return -1
	}
	return level != "" && rank(s) >= rank(level)
}

// String returns the severity's name. With Set and Type, *Severity is a
// flag.Value (and a pflag.Value), so a command line can set a level.
func (s *Severity) String() string { return string(*s) }

// Set accepts "info", "warning" or "error".
func (s *Severity) Set(v string) error {
	for _, k := range Severities {
		if Severity(strings.ToLower(strings.TrimSpace(v))) == k {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown level %q (want info, warning or error)", v)
}

// Type is the flag type name shown in usage.
func (s *Severity) Type() string { return "level" }
