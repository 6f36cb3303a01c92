package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/valyala/fastjson"
)

// format is the kind of file a loader reads.
type format int

const (
	formatUnknown format = iota
	formatTxt
	formatJSONL
	formatJSON
	formatCSV
	formatTSV
)

func (f format) String() string {
	return [...]string{"unknown", "txt", "jsonl", "json", "csv", "tsv"}[f]
}

// record is one article as a loader found it, before cleaning.
type record struct {
	path   string
	line   int
	txt    bool // from the seed-style .txt format: title and header rules apply
	id     string
	title  string
	text   string
	date   string
	outlet string
	url    string
	// headerDate is set by the txt header line; status is its number.
	headerDate string
	status     int
	diags      []Diagnostic
}

func (rec *record) set(role Role, s string) {
	switch role {
	case RoleText:
		rec.text = s
	case RoleTitle:
		rec.title = s
	case RoleDate:
		rec.date = s
	case RoleOutlet:
		rec.outlet = s
	case RoleURL:
		rec.url = s
	case RoleID:
		rec.id = s
	}
}

func (rec *record) diag(sev Severity, format string, args ...any) {
	rec.diags = append(rec.diags, Diagnostic{Path: rec.path, Line: rec.line, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

// decodeJSONLine decodes one JSONL line (or one element of a JSON array)
// into a record. It validates the whole line but unescapes only the values
// of the fields that play a role. p is the calling worker's parser.
func decodeJSONLine(p *fastjson.Parser, res *resolver, path string, line int, data []byte) (record, *Diagnostic) {
	rec := record{path: path, line: line}
	v, err := p.ParseBytes(data)
	if err != nil {
		return rec, &Diagnostic{Path: path, Line: line, Severity: Error, Message: "line is not JSON: " + fastjsonErr(err) + "; skipped"}
	}
	o, err := v.Object()
	if err != nil {
		return rec, &Diagnostic{Path: path, Line: line, Severity: Error, Message: "line is JSON but not an object (" + v.Type().String() + "); skipped"}
	}
	res.fromFastObject(o, &rec)
	return rec, nil
}

// fastjsonErr shortens a parser error: fastjson quotes the unparsed tail of
// the input, which may be a whole article.
func fastjsonErr(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "; unparsed tail:"); i >= 0 {
		msg = msg[:i]
	}
	msg = strings.TrimPrefix(msg, "cannot parse JSON: ")
	if len(msg) > 120 {
		msg = msg[:120] + "…"
	}
	return strings.ToValidUTF8(msg, "\uFFFD")
}

func jsonErr(err error) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of JSON"
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	}
	return err.Error()
}

// lineIndex maps byte offsets of a stream to 1-based line numbers. It
// records newline offsets as bytes pass through it.
type lineIndex struct {
	r        io.Reader
	off      int64
	newlines []int64
}

func (li *lineIndex) Read(p []byte) (int, error) {
	n, err := li.r.Read(p)
	for i, c := range p[:n] {
		if c == '\n' {
			li.newlines = append(li.newlines, li.off+int64(i))
		}
	}
	li.off += int64(n)
	return n, err
}

// line returns the line holding offset off.
func (li *lineIndex) line(off int64) int {
	lo, hi := 0, len(li.newlines)
	for lo < hi {
		m := (lo + hi) / 2
		if li.newlines[m] < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo + 1
}

// readJSON reads a .json file holding one object or an array of objects.
// An array is streamed, so a large file is never decoded whole; a single
// object is read up to max bytes.
func readJSON(res *resolver, path string, br *bufio.Reader, max int, emit func(record), report func(Diagnostic)) error {
	var p fastjson.Parser
	first := byte(0)
	for {
		c, err := br.ReadByte()
		if err != nil {
			if errors.Is(err, io.EOF) {
				report(Diagnostic{Path: path, Severity: Error, Message: "empty file; skipped"})
				return nil
			}
			return err
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			first = c
			br.UnreadByte()
			break
		}
	}
	if first != '[' {
		data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
		if err != nil {
			return err
		}
		if len(data) > max {
			report(Diagnostic{Path: path, Line: 1, Severity: Error, Message: fmt.Sprintf("JSON file over the limit of %s (--max-bytes) and not an array; skipped", size(int64(max)))})
			return nil
		}
		rec, d := decodeJSONLine(&p, res, path, 1, data)
		if d != nil {
			d.Message = strings.Replace(d.Message, "line is", "file is", 1)
			report(*d)
			return nil
		}
		emit(rec)
		return nil
	}
	li := &lineIndex{r: br}
	dec := json.NewDecoder(li)
	if _, err := dec.Token(); err != nil {
		return readErr(err)
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			report(Diagnostic{Path: path, Line: li.line(dec.InputOffset()), Severity: Error, Message: "array element is not valid JSON: " + jsonErr(err) + "; the rest of the file is skipped"})
			return readErr(err)
		}
		// The element ends at InputOffset; its first byte is len(raw) before.
		line := li.line(dec.InputOffset() - int64(len(raw)))
		rec, d := decodeJSONLine(&p, res, path, line, raw)
		if d != nil {
			d.Message = strings.Replace(d.Message, "line is", "array element is", 1)
			report(*d)
			continue
		}
		emit(rec)
	}
	if _, err := dec.Token(); err != nil {
		report(Diagnostic{Path: path, Line: li.line(dec.InputOffset()), Severity: Error, Message: "unterminated JSON array: " + jsonErr(err)})
		return readErr(err)
	}
	if dec.More() {
		report(Diagnostic{Path: path, Line: li.line(dec.InputOffset()), Severity: Warning, Message: "data after the top-level JSON array is ignored"})
	}
	return nil
}

// readErr keeps only errors of the underlying reader (a truncated gzip
// stream, say), which the caller reports once for the file.
func readErr(err error) error {
	var se *json.SyntaxError
	var ute *json.UnmarshalTypeError
	if errors.As(err, &se) || errors.As(err, &ute) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil
	}
	return err
}

// readCSV reads a CSV file with a header row, calling emit for each record.
func readCSV(res *resolver, path string, r io.Reader, emit func(record), report func(Diagnostic)) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			report(Diagnostic{Path: path, Severity: Error, Message: "empty file; skipped"})
			return nil
		}
		report(Diagnostic{Path: path, Line: 1, Severity: Error, Message: "cannot read the CSV header: " + err.Error() + "; skipped"})
		return csvReadErr(err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	cols := res.columns(header)
	if cols[RoleText] < 0 && cols[RoleTitle] < 0 {
		report(Diagnostic{Path: path, Line: 1, Severity: Error, Message: fmt.Sprintf("no text or title column in header %q (use --field text=NAME); skipped", header)})
		return nil
	}
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				report(Diagnostic{Path: path, Line: pe.StartLine, Severity: Error, Message: "bad CSV row: " + pe.Err.Error() + "; skipped"})
				continue
			}
			return err
		}
		rec := record{path: path, line: line}
		if len(row) != len(header) {
			rec.diag(Warning, "row has %d fields, header has %d", len(row), len(header))
		}
		fillRow(cols, row, &rec)
		emit(rec)
	}
}

func csvReadErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return nil
	}
	return err
}

func fillRow(cols map[Role]int, row []string, rec *record) {
	for _, role := range Roles {
		if i := cols[role]; i >= 0 && i < len(row) {
			rec.set(role, row[i])
		}
	}
}

// tsvFields splits a line of a TSV file. TSV has no quoting: a field is
// everything between tabs.
func tsvFields(line []byte) []string {
	return strings.Split(strings.TrimRight(string(line), "\r"), "\t")
}

// lineReader yields the lines of a stream with their numbers, refusing to
// hold a line longer than max bytes: the rest of such a line is discarded
// and the line reported as too long.
type lineReader struct {
	br   *bufio.Reader
	max  int
	line int
	buf  []byte
}

// next returns the next line without its newline. tooLong reports a line
// that was cut (its returned bytes are only the first max). err is io.EOF at
// the end, or the reader's error.
func (lr *lineReader) next() (line []byte, n int, tooLong bool, size int64, err error) {
	lr.buf = lr.buf[:0]
	lr.line++
	for {
		chunk, e := lr.br.ReadSlice('\n')
		size += int64(len(chunk))
		if len(lr.buf)+len(chunk) <= lr.max {
			lr.buf = append(lr.buf, chunk...)
		} else {
			tooLong = true
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil {
			if e == io.EOF && size > 0 {
				e = nil
			}
			err = e
		}
		break
	}
	out := bytes.TrimSuffix(lr.buf, []byte("\n"))
	return out, lr.line, tooLong, size, err
}
