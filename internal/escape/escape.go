// Package escape makes strings read from the input safe to show: in a
// terminal, a table, a Markdown page or a CSV file that a spreadsheet opens.
//
// Ids, outlet names, titles, URLs and file names come from whoever wrote the
// dump. A string that reaches the terminal raw can clear the screen (ESC
// [2J), retitle the window (an OSC sequence ended by BEL), break a table row
// (a tab or a newline) or reverse what the reader sees (the bidi controls of
// "Trojan Source"). Every such character is shown escaped instead, in Go's
// notation: \x1b, \t, \n, \r, \u202e.
package escape

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// unsafe reports whether r must not reach a terminal: C0 controls (tab and
// newline too), DEL, C1 controls, and the bidi embedding, override and
// isolate controls U+202A–U+202E and U+2066–U+2069.
func unsafe(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// quote returns the escaped form of the unsafe rune r.
func quote(r rune) string {
	switch r {
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	}
	if r < 0x100 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// Text returns s with every control character (tab and newline included)
// and bidi control shown escaped, and every invalid UTF-8 byte as \xNN: one
// line of printable text. It returns s itself when nothing needs escaping.
func Text(s string) string {
	return text(s, false)
}

// Lines is [Text] for output made of lines: it keeps newlines, and escapes
// everything else Text escapes. It is what a whole rendering passes through
// last, so that no section can emit a control character.
func Lines(s string) string {
	return text(s, true)
}

// JSON returns the JSON text s with every unsafe character that is left raw
// in it (DEL, C1, the bidi controls; encoding/json escapes only the C0
// controls) as a JSON escape, \u202e: the same string to a JSON reader,
// nothing that moves a terminal's cursor or reverses its text. Invalid
// UTF-8 becomes \ufffd, as encoding/json writes it.
func JSON(s string) string {
	return replace(s, true, func(r rune) string { return fmt.Sprintf(`\u%04x`, r) }, `\ufffd`)
}

func text(s string, keepNewline bool) string {
	return replace(s, keepNewline, quote, "")
}

// replace returns s with each unsafe rune r (but a newline when
// keepNewline) replaced by esc(r), and each invalid UTF-8 byte by bad, or
// by \xNN when bad is empty.
func replace(s string, keepNewline bool, esc func(rune) string, bad string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || (unsafe(r) && !(keepNewline && r == '\n')) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1 && bad != "":
			b.WriteString(bad)
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafe(r) && !(keepNewline && r == '\n'):
			b.WriteString(esc(r))
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// mdEscaper escapes what would end a Markdown table cell, start markup, or
// be read as HTML by a Markdown renderer.
var mdEscaper = strings.NewReplacer(`|`, `\|`, `\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;")

// Markdown returns s as one line of Markdown text that shows s literally:
// [Text], then the characters that are markup (|, \, *, _, `, [ and ])
// escaped with a backslash and < and > as HTML entities, so no tag, link or
// pipe from the data reaches the page.
func Markdown(s string) string {
	return mdEscaper.Replace(Text(s))
}

// htmlEscaper turns the characters that start HTML into entities.
var htmlEscaper = strings.NewReplacer("<", "&lt;", ">", "&gt;")

// MarkdownLines is [Lines] for a whole Markdown rendering: it also turns
// every < and > into an entity, so that no tag reaches the page whichever
// section wrote it. compare's Markdown uses no HTML of its own.
func MarkdownLines(s string) string {
	return htmlEscaper.Replace(Lines(s))
}

// CSV returns s as a CSV cell from the data: [Text], then, when the cell
// would begin with =, +, -, @ (or a tab or carriage return, which Text has
// already escaped), a ' in front, as OWASP advises against formula
// injection: a spreadsheet shows the text instead of evaluating it.
func CSV(s string) string {
	s = Text(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
