package corpus

import (
	"bufio"
	"fmt"
	"io"
)

// csvReader reads the rows of a CSV file (RFC 4180, with the tolerance of
// encoding/csv's LazyQuotes for a stray quote inside a field) and refuses
// two things encoding/csv does silently: holding a row longer than max
// bytes, and letting a quoted field that was never closed swallow the rows
// after it.
//
// A quoted field that spans a line break is taken for a quote left open,
// and read again from its opening line with that quote as a plain
// character, when it reaches the end of the file, when it holds a quote that
// neither closes it nor is doubled, or when its row ends with a number of
// fields other than the header's. Each such re-read is reported at the
// line where the quote opened. The row up to that point is still held (it
// is at most max bytes), so nothing is read twice from the stream.
type csvReader struct {
	br   *bufio.Reader
	max  int
	line int    // line of the next byte, 1-based
	back []byte // bytes to read again before br
}

// csvRow is one row and what happened reading it.
type csvRow struct {
	fields  []string
	line    int   // where the row starts
	size    int64 // bytes read for it
	tooLong bool  // over max: fields are not kept
	notes   []Diagnostic
	open    int // line of a quote left open that could not be re-read, or 0
}

func (r *csvReader) readByte() (byte, error) {
	var c byte
	if len(r.back) > 0 {
		c, r.back = r.back[0], r.back[1:]
	} else {
		var err error
		if c, err = r.br.ReadByte(); err != nil {
			return 0, err
		}
	}
	if c == '\n' {
		r.line++
	}
	return c, nil
}

// peek returns the next byte without reading it, or 0 at the end.
func (r *csvReader) peek() byte {
	if len(r.back) > 0 {
		return r.back[0]
	}
	b, err := r.br.Peek(1)
	if err != nil {
		return 0
	}
	return b[0]
}

// row reads the next row; want is the header's number of fields (0 for the
// header itself). It returns io.EOF after the last row.
func (r *csvReader) row(path string, want int) (csvRow, error) {
	row := csvRow{line: r.line}
	var raw, field []byte // raw: the row as read, while it fits in max
	fieldStart := true    // no byte of the current field read yet
	quoted, spanned := false, false
	openAt, openLine, openField := -1, 0, 0 // the quote of the current quoted field
	spanAt, spanLine, spanField := -1, 0, 0 // the first quoted field of the row that spanned lines
	// reopen reads the row again from the quote at raw[at], which opened
	// field number idx on line ln, taking that quote as a plain character.
	reopen := func(at, ln, idx int, why string) {
		row.notes = append(row.notes, Diagnostic{Path: path, Line: ln, Severity: Warning,
			Message: "quoted field opened here is never closed (" + why + "); read again from this line with that quote as a plain character"})
		r.back = append(append([]byte(nil), raw[at+1:]...), r.back...)
		r.line = ln
		row.size = int64(at + 1)
		raw = raw[:at+1]
		row.fields = row.fields[:idx]
		field = []byte{'"'}
		fieldStart, quoted, spanned, spanAt = false, false, false, -1
	}
	endField := func() {
		if !row.tooLong {
			row.fields = append(row.fields, string(field))
		}
		field, fieldStart = nil, true
		if spanned && spanAt < 0 {
			spanAt, spanLine, spanField = openAt, openLine, openField
		}
		spanned = false
	}
	for {
		c, err := r.readByte()
		if err == io.EOF {
			if quoted {
				if !row.tooLong {
					reopen(openAt, openLine, openField, "it reaches the end of the file")
					continue
				}
				row.open = openLine
			}
			if row.size == 0 {
				return row, io.EOF
			}
			endField()
			return row, nil
		}
		if err != nil {
			return row, err
		}
		row.size++
		// The bound is on the row without the line break that ends it.
		ends := !quoted && (c == '\n' || c == '\r' && r.peek() == '\n')
		if !row.tooLong {
			if len(raw) >= r.max && !ends {
				row.tooLong, raw, field, row.fields = true, nil, nil, nil
			} else {
				raw = append(raw, c)
			}
		}
		keep := func(b byte) {
			if !row.tooLong {
				field = append(field, b)
			}
		}
		if quoted {
			switch {
			case c == '"' && r.peek() == '"':
				r.readByte()
				row.size++
				raw = append(raw, '"')
				keep('"')
			case c == '"' && (r.peek() == ',' || r.peek() == '\n' || r.peek() == '\r' || r.peek() == 0):
				quoted = false
			case c == '"' && spanned && !row.tooLong:
				reopen(openAt, openLine, openField, fmt.Sprintf("a stray quote on line %d", r.line))
			case c == '\r' && r.peek() == '\n':
				// CRLF inside a quoted field is a line break, as in encoding/csv.
			case c == '\n':
				spanned = true
				keep(c)
			default:
				keep(c)
			}
			continue
		}
		switch {
		case c == '"' && fieldStart:
			quoted, spanned = true, false
			openAt, openLine, openField = len(raw)-1, r.line, len(row.fields)
			fieldStart = false
		case c == ',':
			endField()
		case c == '\r' && r.peek() == '\n':
		case c == '\n':
			if row.size <= 2 && len(row.fields) == 0 && fieldStart {
				// A blank line is no row.
				row, raw = csvRow{line: r.line}, raw[:0]
				continue
			}
			endField()
			if want > 0 && len(row.fields) != want && spanAt >= 0 && !row.tooLong {
				reopen(spanAt, spanLine, spanField, fmt.Sprintf("its row would have %d fields, the header has %d", len(row.fields), want))
				continue
			}
			return row, nil
		default:
			fieldStart = false
			keep(c)
		}
	}
}
