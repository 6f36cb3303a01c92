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

// WritePairs renders `compare pairs` output. JSON is JSON Lines, one output
// line per input line: the echoed fields, then "similarity" (null with an
// "error" when the line could not be scored). The other formats are a table
// of the scores by input line.
func WritePairs(w io.Writer, f Format, lines []PairLine) error {
	switch f {
	case JSON:
		var buf bytes.Buffer
		for _, l := range lines {
			buf.Reset()
			buf.WriteByte('{')
			if l.Error != "" && len(l.Echo) == 0 {
				fmt.Fprintf(&buf, `"line":%d,`, l.Line)
			}
			for _, fd := range l.Echo {
				k, _ := json.Marshal(fd.Key)
				buf.Write(k)
				buf.WriteByte(':')
				buf.Write(fd.Value)
				buf.WriteByte(',')
			}
			s, err := json.Marshal(l.Scores)
			if err != nil {
				return err
			}
			buf.WriteString(`"similarity":`)
			buf.Write(s)
			if l.Error != "" {
				e, _ := json.Marshal(l.Error)
				buf.WriteString(`,"error":`)
				buf.Write(e)
			}
			buf.WriteString("}\n")
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
		}
		return nil
	case CSV:
		cw := csv.NewWriter(w)
		cw.Write([]string{"line", "jaccard", "containment", "cosine", "title", "combined", "error"})
		for _, l := range lines {
			cw.Write(append([]string{strconv.Itoa(l.Line)}, append(scoreCells(l.Scores), l.Error)...))
		}
		cw.Flush()
		return cw.Error()
	case Table, Markdown:
		if f == Markdown {
			fmt.Fprintf(w, "## Pairs (%d)\n\n", len(lines))
		}
		t := newTable(w, f == Markdown)
		t.Header("line", "jaccard", "containment", "cosine", "title", "combined", "error")
		for _, l := range lines {
			cells := append([]string{strconv.Itoa(l.Line)}, append(scoreCells(l.Scores), clip(l.Error, 60))...)
			if f == Markdown {
				mdRow(cells)
			}
			if err := t.Append(cells); err != nil {
				return err
			}
		}
		return t.Render()
	}
	return fmt.Errorf("report: unknown format %q", f)
}

func scoreCells(s *Scores) []string {
	if s == nil {
		return []string{"", "", "", "", ""}
	}
	title := ""
	if s.Title != nil {
		title = ftoa(*s.Title)
	}
	return []string{ftoa(s.Jaccard), ftoa(s.Containment), ftoa(s.Cosine), title, ftoa(s.Combined)}
}
