package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsfold/compare/corpus"
)

// DiagnosticGroup is one problem of the input and every place it was
// found: the diagnostics of one severity whose messages differ at most in
// their numbers and quoted strings ("1 control characters removed", "3
// control characters removed"; `duplicate id "x" renamed "x#2"`,
// `duplicate id "y" renamed "y#2"`).
type DiagnosticGroup struct {
	// Members are the diagnostics of the problem, in the order given.
	Members []corpus.Diagnostic
	// Same is set when every member has the same message.
	Same bool
}

// maxGroupPlaces bounds the places a group's line names.
const maxGroupPlaces = 8

// GroupDiagnostics groups diags by problem (see [DiagnosticGroup]), the
// groups in the order of their first member: what a terminal shows as one
// line per problem where it would show one per record.
func GroupDiagnostics(diags []corpus.Diagnostic) []DiagnosticGroup {
	var groups []DiagnosticGroup
	index := map[string]int{}
	for _, d := range diags {
		key := string(d.Severity) + "\x00" + d.Kind()
		k, ok := index[key]
		if !ok {
			k = len(groups)
			index[key] = k
			groups = append(groups, DiagnosticGroup{Same: true})
		}
		g := &groups[k]
		if len(g.Members) > 0 && g.Members[0].Message != d.Message {
			g.Same = false
		}
		g.Members = append(g.Members, d)
	}
	return groups
}

// String is the group as one line: its first diagnostic's String, then,
// when there are more, how many and where ("and 2,709 more: lines 31, 42,
// …", "and 3 more like it: b.txt:3, c.txt"; "like it" when their messages
// differ in numbers or quoted strings), the first maxGroupPlaces places
// named and the rest left to --format json. Every string of the input goes
// through [corpus.Diagnostic.String], which makes it safe to print.
func (g DiagnosticGroup) String() string {
	first := g.Members[0].String()
	rest := g.Members[1:]
	if len(rest) == 0 {
		return first
	}
	oneFile := true
	for _, d := range rest {
		oneFile = oneFile && d.Path == g.Members[0].Path
	}
	var places []string
	for _, d := range rest[:min(len(rest), maxGroupPlaces)] {
		if oneFile {
			places = append(places, strconv.Itoa(d.Line))
		} else {
			places = append(places, place(d))
		}
	}
	where := strings.Join(places, ", ")
	if oneFile {
		where = "line " + where
		if len(rest) > 1 {
			where = "lines " + strings.TrimPrefix(where, "line ")
		}
		if g.Members[0].Line == 0 {
			where = "" // whole-file diagnostics of one file: no place to add
		}
	}
	if len(rest) > len(places) {
		where += ", …; all in --format json"
	}
	like := ""
	if !g.Same {
		like = " like it"
	}
	if where == "" {
		return fmt.Sprintf("%s (and %s more%s)", first, thousands(len(rest)), like)
	}
	return fmt.Sprintf("%s (and %s more%s: %s)", first, thousands(len(rest)), like, where)
}

// place is where d is, as its String writes it: "path:line" or "path".
func place(d corpus.Diagnostic) string {
	return strings.TrimSuffix(corpus.Diagnostic{Path: d.Path, Line: d.Line}.String(), ": : ")
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
