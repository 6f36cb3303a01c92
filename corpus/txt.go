package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// txtHeader is the seed format's optional first line: " date YYYY-MM-DD",
// then an optional status number, or the start of the body.
var txtHeader = regexp.MustCompile(`^[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+(.*))?$`)

// parseTxt reads a seed-style .txt file: an optional header line, an
// optional title line, then the body. In some files the body starts on the
// header line itself (" date 2025-12-15 A responsible source …"); a rest of
// the line that is only a number is the status instead.
func parseTxt(path string, data []byte) record {
	rec := record{path: path, line: 1, txt: true}
	s := strings.TrimPrefix(string(data), "\ufeff")
	first, rest, _ := strings.Cut(s, "\n")
	if m := txtHeader.FindStringSubmatch(strings.TrimRight(first, "\r")); m != nil {
		rec.headerDate = m[1]
		tail := strings.TrimSpace(m[2])
		if n, err := strconv.Atoi(tail); err == nil && len(tail) <= 4 {
			rec.status = n
			tail = ""
		}
		// Keep the header's place (and its line ending, which repair
		// reports) so line numbers of the body stay true to the file.
		eol := "\n"
		if strings.HasSuffix(first, "\r") {
			eol = "\r\n"
		}
		s = tail + eol + rest
	}
	rec.text = s
	return rec
}
