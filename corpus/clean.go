package corpus

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"
)

//go:embed chrome.toml
var chromeTOML string

type chromeRule struct {
	re          *regexp.Regexp
	republished bool
	outletGroup int // index of the `outlet` group, or -1
}

type chromeFile struct {
	Line []struct {
		Pattern     string `toml:"pattern"`
		Republished bool   `toml:"republished"`
	} `toml:"line"`
}

var chromeRules = mustChromeRules(chromeTOML)

func mustChromeRules(src string) []chromeRule {
	var f chromeFile
	if _, err := toml.Decode(src, &f); err != nil {
		panic("corpus: bad embedded chrome.toml: " + err.Error())
	}
	rules := make([]chromeRule, 0, len(f.Line))
	for _, l := range f.Line {
		re := regexp.MustCompile(`(?i)^(?:` + l.Pattern + `)$`)
		rules = append(rules, chromeRule{re: re, republished: l.Republished, outletGroup: re.SubexpIndex("outlet")})
	}
	return rules
}

// maxChromeWords bounds the lines tested against chrome rules and learned
// chrome: chrome is short, and long lines are never taken for it.
const maxChromeWords = 12

// repair makes raw input valid text: a leading BOM dropped, CRLF and lone CR
// turned into LF, invalid UTF-8 replaced by U+FFFD, NUL and other control
// characters (but tab and newline) dropped, then Unicode NFC. What it changed
// is described by notes, each with the byte offset of its first occurrence in
// the input.
func repair(s string) (string, []repairNote) {
	s = strings.TrimPrefix(s, "\ufeff")
	if clean(s) {
		return nfc(s), nil
	}
	var notes []repairNote
	if i := strings.IndexByte(s, '\r'); i >= 0 {
		notes = append(notes, repairNote{offset: i, msg: "CRLF or CR line endings converted to LF"})
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if !utf8.ValidString(s) {
		bad, first := 0, -1
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				if first < 0 {
					first = i
				}
				bad++
			}
			i += n
		}
		notes = append(notes, repairNote{offset: first, msg: fmt.Sprintf("invalid UTF-8 (%d bytes) replaced with U+FFFD", bad)})
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	ctl, first := 0, -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			if first < 0 {
				first = i
			}
			ctl++
		}
	}
	if ctl > 0 {
		notes = append(notes, repairNote{offset: first, msg: fmt.Sprintf("%d control characters removed", ctl)})
		s = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
				return -1
			}
			return r
		}, s)
	}
	return nfc(s), notes
}

type repairNote struct {
	offset int
	msg    string
}

// clean reports whether s needs no repair: valid UTF-8 with no CR and no
// control characters but tab and newline.
func clean(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			continue
		}
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return ascii || utf8.ValidString(s)
}

func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// lineOf returns the 1-based line of byte offset off in s.
func lineOf(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return 1 + strings.Count(s[:off], "\n")
}

// body is a text split into trimmed lines, with what chrome removal found.
type body struct {
	lines       []string
	chrome      []string // the lines removed
	republished bool
	site        string // the outlet named by republisher chrome ("Site icon NAME")
}

// splitBody splits text into trimmed lines and drops the lines that match
// the chrome rules.
func splitBody(text string) body {
	var b body
	b.lines = make([]string, 0, strings.Count(text, "\n")+1)
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line != "" && short(line) {
			if r, m := matchChrome(line); r != nil {
				b.chrome = append(b.chrome, line)
				if r.republished {
					b.republished = true
				}
				if r.outletGroup >= 0 && b.site == "" {
					b.site = strings.TrimSpace(m[r.outletGroup])
				}
				continue
			}
		}
		b.lines = append(b.lines, line)
	}
	return b
}

func matchChrome(line string) (*chromeRule, []string) {
	for i := range chromeRules {
		if m := chromeRules[i].re.FindStringSubmatch(line); m != nil {
			return &chromeRules[i], m
		}
	}
	return nil, nil
}

// short reports whether a line has at most maxChromeWords words.
func short(line string) bool {
	if len(line) > 160 {
		return false
	}
	return strings.Count(line, " ") < maxChromeWords
}

// dropTagline removes, near the top, a short line that starts with the
// republishing site's name ("Occasional Digest - a story for you").
func (b *body) dropTagline() {
	if b.site == "" {
		return
	}
	seen := 0
	for i, l := range b.lines {
		if l == "" {
			continue
		}
		if seen++; seen > 4 {
			return
		}
		if short(l) && !endsSentence(l) && len(l) > len(b.site) && strings.EqualFold(l[:len(b.site)], b.site) {
			b.chrome = append(b.chrome, l)
			b.lines = append(b.lines[:i], b.lines[i+1:]...)
			return
		}
	}
}

// takeTitle removes and returns the first line when it looks like a title:
// short and without final punctuation.
func (b *body) takeTitle() string {
	for i, l := range b.lines {
		if l == "" {
			continue
		}
		if len(l) > 250 || strings.Count(l, " ") >= 30 || endsSentence(l) {
			return ""
		}
		b.lines = append(b.lines[:i], b.lines[i+1:]...)
		return l
	}
	return ""
}

// endsSentence reports whether a line ends with sentence punctuation,
// looking through closing quotes and brackets.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’»)]")
	if l == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', '!', '?', ':', ';', ',', '…':
		return true
	}
	return false
}

// text joins the lines back: runs of blank lines become one blank line, and
// leading and trailing blank lines go. When that gives back orig unchanged,
// it returns orig itself rather than a copy.
func (b *body) text(orig string) string {
	n, blank := 0, false
	for _, l := range b.lines {
		switch {
		case l == "":
			blank = n > 0
		case n == 0:
			n = len(l)
		default:
			n += len(l) + 1
			if blank {
				n++
			}
			blank = false
		}
	}
	// The lines are orig's lines, trimmed or dropped: the same length means
	// the same text.
	if n == len(orig) {
		return orig
	}
	var sb strings.Builder
	sb.Grow(n)
	blank = false
	for _, l := range b.lines {
		if l == "" {
			blank = sb.Len() > 0
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
			if blank {
				sb.WriteByte('\n')
			}
		}
		blank = false
		sb.WriteString(l)
	}
	return sb.String()
}

// cloneAll copies strings that are substrings of a larger text, so that
// keeping them does not keep the text.
func cloneAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = strings.Clone(s)
	}
	return ss
}

// firstLine returns the first non-empty line.
func (b *body) firstLine() string {
	for _, l := range b.lines {
		if l != "" {
			return l
		}
	}
	return ""
}
