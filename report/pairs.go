package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// Field is one input field echoed on a `compare pairs` output line, with
// its JSON value as it came.
type Field struct {
	Key   string
	Value json.RawMessage
}

// PairLine is one output line of `compare pairs`: the input line's other
// fields in their order, and the scores or the reason there are none.
type PairLine struct {
	Line   int
	Echo   []Field
	Scores *Scores
	Error  string
}

// PairLines is the section of `compare pairs`: a line of scores per input
// line. Alone in a document, its JSON is JSON Lines, one output line per
// input line: the echoed fields, then "similarity" (null with an "error"
// when the line could not be scored); among other sections, those objects
// are a list under "pairs".
type PairLines []PairLine

// json returns the JSON object of l on one line.
func (l PairLine) json() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	if l.Error != "" && len(l.Echo) == 0 {
		fmt.Fprintf(&buf, `"line":%d,`, l.Line)
	}
	// An echoed field named like a key of ours, or like one already
	// written, gets "input." before its name (as many times as it takes),
	// so that no object holds a key twice: a reader of the line takes
	// compare's "similarity" for compare's.
	used := map[string]bool{"similarity": true, "error": true, "line": true}
	for _, fd := range l.Echo {
		key := fd.Key
		for used[key] {
			key = "input." + key
		}
		used[key] = true
		k, _ := json.Marshal(key)
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(fd.Value)
		buf.WriteByte(',')
	}
	s, err := json.Marshal(l.Scores)
	if err != nil {
		return nil, err
	}
	buf.WriteString(`"similarity":`)
	buf.Write(s)
	if l.Error != "" {
		e, _ := json.Marshal(l.Error)
		buf.WriteString(`,"error":`)
		buf.Write(e)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// JSONLines writes a JSON object per line.
func (ls PairLines) JSONLines(w io.Writer) error {
	for _, l := range ls {
		b, err := l.json()
		if err != nil {
			return err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// JSON adds "pairs", the list of the lines' objects.
func (ls PairLines) JSON(o *Object) error {
	list := make([]json.RawMessage, len(ls))
	for i, l := range ls {
		b, err := l.json()
		if err != nil {
			return err
		}
		list[i] = b
	}
	return o.Add("pairs", list)
}

// pairLineColumns returns the columns of the table and CSV of ls: the
// line number, each echoed field (in the order keys first appear; a key
// named as a column of ours gets "input." before it), the scores and the
// error.
func pairLineColumns(ls PairLines) []column[PairLine] {
	cols := []column[PairLine]{{"line", func(l PairLine) string { return strconv.Itoa(l.Line) }}}
	scores := scoresOf(func(l PairLine) *Scores { return l.Scores }, "jaccard", "containment", "cosine", "title", "combined")
	ours := map[string]bool{"line": true, "error": true}
	for _, c := range scores {
		ours[c.name] = true
	}
	seen := map[string]bool{}
	for _, l := range ls {
		for _, fd := range l.Echo {
			if seen[fd.Key] {
				continue
			}
			seen[fd.Key] = true
			key, name := fd.Key, fd.Key
			if ours[name] {
				name = "input." + name
			}
			cols = append(cols, column[PairLine]{name, func(l PairLine) string { return l.echoed(key) }})
		}
	}
	cols = append(cols, scores...)
	return append(cols, column[PairLine]{"error", func(l PairLine) string { return l.Error }})
}

// echoed returns the value of l's echoed field key as a cell: a string
// as its text, any other value as its JSON; "" when l has no such field.
func (l PairLine) echoed(key string) string {
	for _, fd := range l.Echo {
		if fd.Key != key {
			continue
		}
		var s string
		if json.Unmarshal(fd.Value, &s) == nil {
			return s
		}
		return string(fd.Value)
	}
	return ""
}

// Table writes the echoed fields and scores by input line, under a heading in Markdown.
func (ls PairLines) Table(w io.Writer, md bool) error {
	if md {
		fmt.Fprintf(w, "## Pairs (%d)\n\n", len(ls))
	}
	return writeRows(w, md, pairLineColumns(ls), ls)
}

// CSV writes the echoed fields and scores by input line.
func (ls PairLines) CSV(w *csv.Writer) error { return writeCSVRows(w, pairLineColumns(ls), ls) }

// lacks keeps the error `compare pairs --format html` has always given.
func (PairLines) lacks(f Format) error { return fmt.Errorf("report: unknown format %q", f) }
