package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// jsonScanner reads the values of a JSON array one at a time from a
// stream, without decoding them: it only follows strings and nesting to
// find where a value ends, so it holds one element at most, and no more than
// max bytes of it. It counts lines for diagnostics. Whether an element is
// valid JSON is for the parser of records to say.
type jsonScanner struct {
	br   *bufio.Reader
	max  int
	line int // line of the next byte, 1-based
}

// errJSONEnd is a stream that ends inside a value or an array.
var errJSONEnd = errors.New("unexpected end of JSON")

func (s *jsonScanner) readByte() (byte, error) {
	c, err := s.br.ReadByte()
	if err == nil && c == '\n' {
		s.line++
	}
	return c, err
}

// skipSpace reads past white space and returns the next byte, unread.
func (s *jsonScanner) skipSpace() (byte, error) {
	for {
		c, err := s.readByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		s.br.UnreadByte()
		return c, nil
	}
}

// value reads one JSON value. It returns its bytes (nil when it is longer
// than max: then n is its full length), the line it starts on, and an error
// when the stream ends inside it.
func (s *jsonScanner) value() (data []byte, line int, n int64, err error) {
	if _, err := s.skipSpace(); err != nil {
		return nil, s.line, 0, eofAsEnd(err)
	}
	line = s.line
	var buf []byte
	keep := func(c byte) {
		n++
		if buf != nil || n == 1 {
			if len(buf) < s.max {
				buf = append(buf, c)
			} else {
				buf = nil
			}
		}
	}
	depth, inStr, esc := 0, false, false
	for {
		c, err := s.readByte()
		if err != nil {
			if depth == 0 && !inStr && n > 0 {
				break // a scalar ending the stream
			}
			return nil, line, n, eofAsEnd(err)
		}
		if depth == 0 && !inStr && n > 0 && (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			// The end of a scalar: leave the delimiter for the caller.
			s.unread(c)
			break
		}
		keep(c)
		switch {
		case inStr && esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
		}
		if depth == 0 && !inStr && (c == '}' || c == ']' || c == '"' && n > 1) {
			break
		}
	}
	if n > int64(s.max) {
		buf = nil
	}
	return buf, line, n, nil
}

func (s *jsonScanner) unread(c byte) {
	s.br.UnreadByte()
	if c == '\n' {
		s.line--
	}
}

func eofAsEnd(err error) error {
	if errors.Is(err, io.EOF) {
		return errJSONEnd
	}
	return err
}

// array reads the elements of an array whose '[' was just read, calling
// elem for each with its bytes (nil when over max), line and length. It
// returns at the closing ']', or with an error describing where the array
// broke off, and its line.
func (s *jsonScanner) array(elem func(data []byte, line int, n int64)) (int, error) {
	c, err := s.skipSpace()
	if err != nil {
		return s.line, eofAsEnd(err)
	}
	if c == ']' {
		s.readByte()
		return s.line, nil
	}
	for {
		data, line, n, err := s.value()
		if err != nil {
			return line, err
		}
		elem(data, line, n)
		c, err := s.skipSpace()
		if err != nil {
			return s.line, eofAsEnd(err)
		}
		s.readByte()
		switch c {
		case ',':
			continue
		case ']':
			return s.line, nil
		}
		return s.line, syntaxErrorf("%q after an array element, where , or ] belongs", c)
	}
}

// err returns err when it comes from the underlying reader (a truncated
// gzip stream, say), which the caller reports once for the file, and nil
// for an error in the JSON itself.
func (s *jsonScanner) err(err error) error {
	if errors.Is(err, errJSONEnd) || errors.Is(err, io.EOF) {
		return nil
	}
	var se *syntaxError
	if errors.As(err, &se) {
		return nil
	}
	return err
}

// syntaxError is a fault in the structure of the JSON the scanner follows.
type syntaxError struct{ msg string }

func (e *syntaxError) Error() string { return e.msg }

func syntaxErrorf(format string, args ...any) error {
	return &syntaxError{fmt.Sprintf(format, args...)}
}

// objectsNext tells whether the array whose '[' is next opens with an
// object, looking ahead without reading.
func (s *jsonScanner) objectsNext() bool {
	head, _ := s.br.Peek(64)
	if len(head) == 0 || head[0] != '[' {
		return false
	}
	for _, c := range head[1:] {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c == '{'
	}
	return false
}
