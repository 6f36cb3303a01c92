package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
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
	if rec.text == "" && rec.title == "" {
		if d := wrapperDiag(o, path, line); d != nil {
			return rec, d
		}
	}
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

// wrapperKeys are the fields of a top-level object that hold the records of
// an API response rather than one article (NewsAPI's {"status": "ok",
// "articles": [...]}), compared after [fieldKey] folding.
var wrapperKeys = []string{"articles", "data", "items", "results", "records", "documents"}

// wrapperDiag explains a JSONL line (or array element) with no text and no
// title that wraps an array of records, as an API response does; JSONL
// wants one article per line, and a .json file reads the wrapper.
func wrapperDiag(o *fastjson.Object, path string, line int) *Diagnostic {
	var d *Diagnostic
	o.Visit(func(k []byte, v *fastjson.Value) {
		if d == nil && v.Type() == fastjson.TypeArray && isWrapperKey(string(k)) {
			d = &Diagnostic{Path: path, Line: line, Severity: Error, Message: fmt.Sprintf("line is an object wrapping %d records in field %q (an API response), not one article; save it as a .json file to read them; skipped", len(v.GetArray()), k)}
		}
	})
	return d
}

func isWrapperKey(k string) bool {
	k = fieldKey(k)
	for _, w := range wrapperKeys {
		if k == w {
			return true
		}
	}
	return false
}

// readJSON reads a .json file holding one object, an array of objects, or
// an object that wraps such an array in one of [wrapperKeys]. It streams:
// it holds one element at a time and at most max bytes of it; a longer
// element, or a single object longer than max, is skipped and reported.
func readJSON(res *resolver, path string, br *bufio.Reader, max int, emit func(record), report func(Diagnostic)) error {
	var p fastjson.Parser
	sc := &jsonScanner{br: br, max: max, line: 1}
	first, err := sc.skipSpace()
	if err != nil {
		if errors.Is(err, io.EOF) {
			report(Diagnostic{Path: path, Severity: Error, Message: "empty file; skipped"})
			return nil
		}
		return err
	}
	elem := func(what string) func(data []byte, line int, n int64) {
		return func(data []byte, line int, n int64) {
			if data == nil {
				report(Diagnostic{Path: path, Line: line, Severity: Error, Message: fmt.Sprintf("%s of %s is over the limit of %s (--max-bytes); skipped", what, size(n), size(int64(max)))})
				return
			}
			rec, d := decodeJSONLine(&p, res, path, line, data)
			if d != nil {
				d.Message = strings.Replace(d.Message, "line is", what+" is", 1)
				report(*d)
				return
			}
			emit(rec)
		}
	}
	broken := func(line int, err error, what string) error {
		if errors.Is(err, errJSONEnd) {
			report(Diagnostic{Path: path, Line: line, Severity: Error, Message: "unterminated JSON " + what + ": unexpected end of JSON"})
			return nil
		}
		if readErr := sc.err(err); readErr != nil {
			return readErr
		}
		report(Diagnostic{Path: path, Line: line, Severity: Error, Message: "JSON " + what + " broken off: " + err.Error() + "; the rest of the file is skipped"})
		return nil
	}
	switch first {
	case '[':
		sc.readByte()
		if line, err := sc.array(elem("array element")); err != nil {
			return broken(line, err, "array")
		}
	case '{':
		wrapped, line, err := readObject(sc, res, elem, func(obj []byte, line int, n int64) {
			if obj == nil {
				report(Diagnostic{Path: path, Line: line, Severity: Error, Message: fmt.Sprintf("JSON file of %s is over the limit of %s (--max-bytes) and not an array; skipped", size(n), size(int64(max)))})
				return
			}
			elem("file")(obj, line, n)
		})
		if err != nil {
			return broken(line, err, "object")
		}
		if wrapped != "" {
			report(Diagnostic{Path: path, Line: 1, Severity: Info, Message: fmt.Sprintf("records read from the array in field %q of the top-level object (an API response wrapper)", wrapped)})
		}
	default:
		data, line, n, err := sc.value()
		if err != nil {
			return broken(line, err, "value")
		}
		elem("file")(data, line, n)
	}
	if c, err := sc.skipSpace(); err == nil {
		report(Diagnostic{Path: path, Line: sc.line, Severity: Warning, Message: fmt.Sprintf("data after the top-level JSON value is ignored (from %q)", c)})
	} else if !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// readObject reads a top-level object whose '{' is next. When a member named
// in [wrapperKeys] holds an array of objects, and no member before it gave
// a text or a title (an article with a list of items is no wrapper), its
// elements go to elem and the name is returned; otherwise the object's
// bytes (nil when over the scanner's max) go to whole once it ends.
func readObject(sc *jsonScanner, res *resolver, elem func(string) func([]byte, int, int64), whole func([]byte, int, int64)) (wrapped string, line int, err error) {
	article := false // a member so far may give a text or a title
	start := sc.line
	sc.readByte()
	obj := []byte{'{'}
	var n int64 = 1
	add := func(b []byte, size int64) {
		n += size
		if obj != nil && b != nil && len(obj)+len(b) <= sc.max {
			obj = append(obj, b...)
		} else {
			obj = nil
		}
	}
	for members := 0; ; members++ {
		c, err := sc.skipSpace()
		if err != nil {
			return wrapped, sc.line, eofAsEnd(err)
		}
		if c == '}' && members == 0 {
			sc.readByte()
			break
		}
		key, line, size, err := sc.value()
		if err != nil {
			return wrapped, line, err
		}
		if len(key) < 2 || key[0] != '"' {
			return wrapped, line, syntaxErrorf("an object key must be a string")
		}
		if c, err := sc.skipSpace(); err != nil || c != ':' {
			return wrapped, sc.line, syntaxErrorf("no ':' after the key %s", key)
		}
		sc.readByte()
		c, err = sc.skipSpace()
		if err != nil {
			return wrapped, sc.line, eofAsEnd(err)
		}
		name, _ := strconv.Unquote(string(key))
		for _, rp := range res.lookup[fieldKey(name)] {
			if r := Roles[rp.role]; r == RoleText || r == RoleTitle {
				article = true
			}
		}
		if c == '[' && wrapped == "" && !article && isWrapperKey(name) && sc.objectsNext() {
			sc.readByte()
			if line, err := sc.array(elem("array element")); err != nil {
				return name, line, err
			}
			wrapped = name
		} else {
			val, _, vsize, err := sc.value()
			if err != nil {
				return wrapped, sc.line, err
			}
			if members > 0 {
				add([]byte{','}, 1)
			}
			add(key, size)
			add([]byte{':'}, 1)
			add(val, vsize)
		}
		c, err = sc.skipSpace()
		if err != nil {
			return wrapped, sc.line, eofAsEnd(err)
		}
		sc.readByte()
		if c == '}' {
			break
		}
		if c != ',' {
			return wrapped, sc.line, syntaxErrorf("%q after an object member, where , or } belongs", c)
		}
	}
	if wrapped == "" {
		add([]byte{'}'}, 1)
		whole(obj, start, n)
	}
	return wrapped, start, nil
}

// readCSV reads a CSV file with a header row, calling emit for each record.
// A row longer than max bytes is skipped and reported; a quote left open is
// handled as [csvReader] says.
func readCSV(res *resolver, path string, br *bufio.Reader, max int, emit func(record), report func(Diagnostic)) error {
	cr := &csvReader{br: br, max: max, line: 1}
	head, err := cr.row(path, 0)
	if err != nil {
		if err == io.EOF {
			report(Diagnostic{Path: path, Severity: Error, Message: "empty file; skipped"})
			return nil
		}
		return err
	}
	for _, d := range head.notes {
		report(d)
	}
	if head.tooLong {
		report(Diagnostic{Path: path, Line: 1, Severity: Error, Message: fmt.Sprintf("CSV header of %s is over the limit of %s (--max-bytes); skipped", size(head.size), size(int64(max)))})
		return nil
	}
	header := head.fields
	cols := res.columns(header)
	if cols[RoleText] < 0 && cols[RoleTitle] < 0 {
		report(Diagnostic{Path: path, Line: 1, Severity: Error, Message: fmt.Sprintf("no text or title column in header %q (use --field text=NAME); skipped", header)})
		return nil
	}
	for {
		row, err := cr.row(path, len(header))
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		for _, d := range row.notes {
			report(d)
		}
		switch {
		case row.open > 0:
			report(Diagnostic{Path: path, Line: row.open, Severity: Error, Message: fmt.Sprintf("quoted field opened here is never closed and runs past the limit of %s (--max-bytes) to the end of the file; the rows from here on are skipped", size(int64(max)))})
			continue
		case row.tooLong:
			report(Diagnostic{Path: path, Line: row.line, Severity: Error, Message: fmt.Sprintf("row of %s is over the limit of %s (--max-bytes); skipped", size(row.size), size(int64(max)))})
			continue
		}
		rec := record{path: path, line: row.line}
		if len(row.fields) != len(header) {
			rec.diag(Warning, "row has %d fields, header has %d", len(row.fields), len(header))
		}
		fillRow(cols, row.fields, &rec)
		emit(rec)
	}
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
	max  Size
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
		// The bound is on the line without its newline.
		if len(lr.buf)+len(bytes.TrimSuffix(bytes.TrimSuffix(chunk, []byte("\n")), []byte("\r"))) <= int(lr.max) {
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
