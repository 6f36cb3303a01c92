package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/valyala/fastjson"
)

// PairLine is one line of a pairs file: two texts to compare, and the
// line's other fields, kept to be echoed. A file of pairs is JSON Lines;
// each line gives its pair as "text_1" and "text_2" (with "title_1" and
// "title_2" when there are titles), or as "a" and "b", paths of files that
// hold one article each, relative to the pairs file's folder.
type PairLine struct {
	Line int // 1-based line number
	// Echo holds the line's fields other than text_1, text_2, title_1 and
	// title_2, in their order, with their JSON values as they came.
	Echo []Field
	A, B PairSide
	// Error says why the line cannot be compared; "" when it can. Each such
	// line is also a [Diagnostic].
	Error string
}

// Field is one field of a JSON object: its key and its raw JSON value.
type Field struct {
	Key   string
	Value []byte
}

// PairSide is one side of a [PairLine]: a text given inline, or the
// article of a file the line names.
type PairSide struct {
	Title, Text string
	Article     *Article // the article read, when the side names a file
}

// Words returns the normalised words the side is compared on: the inline
// text's [Words], or the article's [Article.ComparedWords].
func (s PairSide) Words() []string {
	if s.Article != nil {
		return s.Article.ComparedWords()
	}
	return Words(s.Text)
}

// pairRoles are the fields that give the pair itself; all others are
// echoed.
var pairRoles = map[string]bool{"text_1": true, "text_2": true, "title_1": true, "title_2": true}

// pairStrings are the fields that must be strings when they are present
// (titles may be null).
var pairStrings = []string{"text_1", "text_2", "title_1", "title_2", "a", "b"}

// ReadPairs reads the pairs file at path ("-" is [Options.Stdin]; a .gz
// file, or gzip on standard input, is decompressed as [Load] does), one
// [PairLine] per line. The article files a line names are read with opt's
// Fields and MaxBytes. A line that cannot be compared is kept, with its
// Error, and reported in the diagnostics, so lines match the input's one to
// one: a blank line, a line that is not a JSON object, one whose pair
// fields are missing or not strings, a line longer than twice MaxBytes. The
// error is for a file that cannot be opened or read.
func ReadPairs(path string, opt Options) ([]PairLine, []Diagnostic, error) {
	opt.defaults()
	raw, dir := opt.Stdin, "."
	if path == "-" {
		if raw == nil {
			return nil, nil, errors.New("-: no standard input")
		}
	} else {
		file, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		defer file.Close()
		raw, dir = file, filepath.Dir(path)
	}
	_, gz := formatOf(path)
	br, err := decompress(bufio.NewReaderSize(raw, 1<<16), gz, path == "-")
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	r := pairReader{dir: dir, files: Options{Workers: 1, Fields: opt.Fields, MaxBytes: opt.MaxBytes}}
	lr := &lineReader{br: br, max: 2 * opt.MaxBytes}
	var lines []PairLine
	var diags []Diagnostic
	for {
		line, n, tooLong, total, err := lr.next()
		if total > 0 {
			pl := PairLine{Line: n}
			switch {
			case tooLong:
				pl.Error = fmt.Sprintf("line of %s is over the limit of %s (--max-bytes); not scored", size(total), size(int64(lr.max)))
			case len(bytes.TrimSpace(line)) == 0:
				pl.Error = "line is blank; not scored"
			default:
				pl = r.parse(n, line)
			}
			if pl.Error != "" {
				diags = append(diags, Diagnostic{Path: path, Line: n, Severity: Error, Message: pl.Error})
			}
			lines = append(lines, pl)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return lines, diags, nil
}

// pairReader parses the lines of one pairs file.
type pairReader struct {
	p     fastjson.Parser
	dir   string  // the folder relative paths "a" and "b" start from
	files Options // for the article files the lines name
}

func (r *pairReader) parse(n int, line []byte) PairLine {
	pl := PairLine{Line: n}
	v, err := r.p.ParseBytes(line)
	if err != nil {
		pl.Error = "line is not JSON; not scored"
		return pl
	}
	o, err := v.Object()
	if err != nil {
		pl.Error = "line is not a JSON object; not scored"
		return pl
	}
	str := func(k string) (string, bool) {
		x := o.Get(k)
		if x == nil || x.Type() != fastjson.TypeString {
			return "", false
		}
		return string(x.GetStringBytes()), true
	}
	o.Visit(func(k []byte, x *fastjson.Value) {
		if !pairRoles[string(k)] {
			pl.Echo = append(pl.Echo, Field{Key: string(k), Value: x.MarshalTo(nil)})
		}
	})
	for _, k := range pairStrings {
		x := o.Get(k)
		if x == nil || x.Type() == fastjson.TypeString || x.Type() == fastjson.TypeNull && strings.HasPrefix(k, "title_") {
			continue // a null title is no title
		}
		{
			pl.Error = fmt.Sprintf("%q is %s, not a string; not scored", k, jsonKind(x))
			return pl
		}
	}
	t1, ok1 := str("text_1")
	t2, ok2 := str("text_2")
	pa, okA := str("a")
	pb, okB := str("b")
	switch {
	case ok1 && ok2:
		pl.A.Text, pl.B.Text = t1, t2
		pl.A.Title, _ = str("title_1")
		pl.B.Title, _ = str("title_2")
	case okA && okB:
		for _, side := range []struct {
			path string
			dst  *PairSide
		}{{pa, &pl.A}, {pb, &pl.B}} {
			path := side.path
			if !filepath.IsAbs(path) {
				path = filepath.Join(r.dir, path)
			}
			d, err := Load([]string{path}, r.files)
			if err != nil || len(d.Articles) != 1 {
				pl.Error = fmt.Sprintf("%q is not a file holding one article; not scored", side.path)
				return pl
			}
			a := d.Articles[0]
			*side.dst = PairSide{Title: a.Title, Text: a.Text, Article: a}
		}
	default:
		pl.Error = `line has neither "text_1" and "text_2" nor "a" and "b"; not scored`
	}
	return pl
}
