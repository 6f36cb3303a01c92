package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/escape"
)

// Schema names the version of the JSON contract.
const Schema = "compare/v1"

// A Document is what a command found, in the form every renderer reads: its
// sections in order, and the diagnostics of the input. Its JSON form is the
// envelope {"schema", the sections' keys, "diagnostics"}.
type Document struct {
	Sections    []Section
	Diagnostics []corpus.Diagnostic
	// Width is the columns a table of the table format may take: its
	// cells wrap at spaces to fit (an id is never cut). 0 leaves every
	// cell whole, one line a row.
	Width int
}

// New returns a document of sections with the diagnostics of the input.
func New(diags []corpus.Diagnostic, sections ...Section) *Document {
	return &Document{Sections: sections, Diagnostics: diags}
}

// A Section is one part of a document. Every section renders as a table
// and as keys of the document's JSON object; CSV and HTML are optional
// ([CSVSection], [HTMLSection]).
type Section interface {
	// Table writes the section for a terminal, or as Markdown when md is
	// set.
	Table(w io.Writer, md bool) error
	// JSON adds the section's keys to the document's object, in the order
	// the schema documents.
	JSON(o *Object) error
}

// A CSVSection renders as CSV too: a header row, then a row per item.
type CSVSection interface {
	Section
	CSV(w *csv.Writer) error
}

// An HTMLSection renders as a self-contained HTML page too.
type HTMLSection interface {
	Section
	HTML(w io.Writer) error
}

// A LinesSection has a JSON form of its own, one value per line (JSON
// Lines) and no envelope, written when it is the only section of a
// document; among other sections it adds its keys as any section does.
type LinesSection interface {
	Section
	JSONLines(w io.Writer) error
}

// errNoHTML is the error of the html format for a section without a page.
var errNoHTML = errors.New("report: the html format is for compare diff, compare framing and compare report")

// Write renders d in format f to w. When a section lacks f, Write fails
// before it writes anything.
//
// Whatever the format, the output passes last through the one filter that
// no section can bypass (see [internal/escape]): no control character but
// the newline, and no bidi control, reaches w raw. In the table, CSV and
// HTML formats they are shown escaped (\x1b, \t, \u202e); in JSON they
// are JSON escapes (\u001b), the same string to a JSON reader; in Markdown
// every < and > is an entity too. Cells were escaped already where they
// were made; the filter catches the rest (headings, a line naming two
// articles). Only the ANSI colours a section asked for (the diff on a
// colour terminal), and the <details> and <summary> tags of a section
// that folds its Markdown (see [folder]), pass as they are.
func Write(w io.Writer, f Format, d *Document) error {
	s := &sink{width: d.Width}
	if f == Markdown {
		s.width = 0 // a Markdown row is one line
	}
	if err := d.render(s, f); err != nil {
		return err
	}
	var out string
	switch {
	case f == Markdown && d.folds():
		out = escapeKeeping(s.String(), escape.MarkdownLines, detailsTags...)
	case f == Markdown:
		out = escape.MarkdownLines(s.String())
	case f == JSON:
		out = escape.JSON(s.String())
	case (f == Table || f == "") && d.colored():
		out = escapeKeeping(s.String(), escape.Lines, ansiRed, ansiGreen, ansiReset)
	default:
		out = escape.Lines(s.String())
	}
	_, err := io.WriteString(w, out)
	return err
}

// render renders d in format f to w, unfiltered.
func (d *Document) render(w io.Writer, f Format) error {
	switch f {
	case Table, "":
		return d.writeTable(w, false)
	case Markdown:
		return d.writeTable(w, true)
	case JSON:
		return d.writeJSON(w)
	case CSV:
		return d.writeCSV(w)
	case HTML:
		return d.writeHTML(w)
	}
	return fmt.Errorf("report: unknown format %q", f)
}

// Check returns the error [Write] would give for a document of sections in
// format f, without rendering anything: a command calls it with zero
// values of its section types (report.Events(nil), &report.Dedup{}) to
// reject an unsupported --format before it reads any input.
func Check(f Format, sections ...Section) error {
	d := &Document{Sections: sections}
	var err error
	switch f {
	case Table, "", Markdown, JSON:
	case CSV:
		_, err = sectionsAs[CSVSection](d, CSV)
	case HTML:
		_, err = d.page()
	default:
		err = fmt.Errorf("report: unknown format %q", f)
	}
	return err
}

// lacker is a section that says why it has no format f, in place of the
// generic error; lacks returns nil where the generic error will do.
type lacker interface{ lacks(f Format) error }

// lacking returns the error of section s, which does not render in f.
func lacking(s Section, f Format) error {
	if l, ok := s.(lacker); ok {
		if err := l.lacks(f); err != nil {
			return err
		}
	}
	if f == HTML {
		return errNoHTML
	}
	return fmt.Errorf("report: a section of this document has no %s format", f)
}

// sectionsAs returns the sections of d as T, or the error of the first one
// that is not: the check that comes before any output.
func sectionsAs[T Section](d *Document, f Format) ([]T, error) {
	out := make([]T, 0, len(d.Sections))
	for _, s := range d.Sections {
		t, ok := s.(T)
		if !ok {
			return nil, lacking(s, f)
		}
		out = append(out, t)
	}
	return out, nil
}

// A sink is where the sections write: the output before the filter of
// [Write], and the width its tables may take (see [widthOf]).
type sink struct {
	bytes.Buffer
	width int
}

// widthOf returns the width the tables written to w may take: the
// document's width when w is its sink, else 0 (no bound).
func widthOf(w io.Writer) int {
	if s, ok := w.(*sink); ok {
		return s.width
	}
	return 0
}

// colored reports whether a section of d draws in ANSI colours.
func (d *Document) colored() bool {
	for _, s := range d.Sections {
		if c, ok := s.(interface{ colored() bool }); ok && c.colored() {
			return true
		}
	}
	return false
}

// colored reports whether the diff's terminal view is in colour.
func (d *Diff) colored() bool { return d.View.Color }

// A folder is a section whose Markdown folds its long parts in <details>
// sections (the report of a dump): those tags, and only those, pass the
// last filter of [Write] as they are.
type folder interface{ mdFolds() bool }

// folds reports whether a section of d folds its Markdown.
func (d *Document) folds() bool {
	for _, s := range d.Sections {
		if f, ok := s.(folder); ok && f.mdFolds() {
			return true
		}
	}
	return false
}

// escapeKeeping is esc ([escape.Lines], [escape.MarkdownLines]) that
// leaves the sequences keep as they are.
func escapeKeeping(s string, esc func(string) string, keep ...string) string {
	var b strings.Builder
	for len(s) > 0 {
		at, seq := len(s), ""
		for _, k := range keep {
			if i := strings.Index(s, k); i >= 0 && i < at {
				at, seq = i, k
			}
		}
		b.WriteString(esc(s[:at]))
		b.WriteString(seq)
		s = s[at+len(seq):]
	}
	return b.String()
}

func (d *Document) writeTable(w io.Writer, md bool) error {
	for i, s := range d.Sections {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		if err := s.Table(w, md); err != nil {
			return err
		}
	}
	return nil
}

func (d *Document) writeCSV(w io.Writer) error {
	ss, err := sectionsAs[CSVSection](d, CSV)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	for i, s := range ss {
		if i > 0 {
			cw.Write(nil) // an empty line, which CSV readers skip
		}
		if err := s.CSV(cw); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func (d *Document) writeHTML(w io.Writer) error {
	p, err := d.page()
	if err != nil {
		return err
	}
	return p.HTML(w)
}

// page returns the one section of d that is a page, or why there is none.
func (d *Document) page() (HTMLSection, error) {
	ss, err := sectionsAs[HTMLSection](d, HTML)
	if err != nil {
		return nil, err
	}
	switch len(ss) {
	case 0:
		return nil, errNoHTML
	case 1:
		return ss[0], nil
	}
	return nil, fmt.Errorf("report: the html format renders one section a page, and this document has %d", len(ss))
}

// writeJSON writes the envelope, indented as encoding/json indents, or the
// JSON Lines of a document's only section when it has them.
func (d *Document) writeJSON(w io.Writer) error {
	if len(d.Sections) == 1 {
		if l, ok := d.Sections[0].(LinesSection); ok {
			return l.JSONLines(w)
		}
	}
	var o Object
	if err := o.Add("schema", Schema); err != nil {
		return err
	}
	for _, s := range d.Sections {
		if err := s.JSON(&o); err != nil {
			return err
		}
	}
	if err := o.Add("diagnostics", orEmpty(d.Diagnostics)); err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, o.Bytes(), "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err := w.Write(out.Bytes())
	return err
}

// Object is a JSON object that sections build key by key: the keys keep the
// order they are added, and a key is added once. Values are encoded as
// encoding/json encodes them, HTML characters left as they are, so a
// document's JSON is the bytes of the struct it stands for.
type Object struct {
	buf  []byte
	keys map[string]bool
}

// Add adds key with the value v.
func (o *Object) Add(key string, v any) error {
	raw, err := marshal(v)
	if err != nil {
		return err
	}
	return o.add(key, raw)
}

// AddFields adds the keys of v, a value whose JSON is an object (a struct),
// each with its value, in v's order: how a section puts its fields at the
// top level of the document.
func (o *Object) AddFields(v any) error {
	raw, err := marshal(v)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fmt.Errorf("report: %T is not a JSON object", v)
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return err
		}
		if err := o.add(t.(string), val); err != nil {
			return err
		}
	}
	return nil
}

func (o *Object) add(key string, raw []byte) error {
	if o.keys[key] {
		return fmt.Errorf("report: two sections write the JSON key %q", key)
	}
	if o.keys == nil {
		o.keys = map[string]bool{}
	}
	o.keys[key] = true
	k, err := marshal(key)
	if err != nil {
		return err
	}
	if len(o.buf) == 0 {
		o.buf = append(o.buf, '{')
	} else {
		o.buf = append(o.buf, ',')
	}
	o.buf = append(o.buf, k...)
	o.buf = append(o.buf, ':')
	o.buf = append(o.buf, raw...)
	return nil
}

// Bytes returns the object in compact JSON.
func (o *Object) Bytes() []byte {
	if len(o.buf) == 0 {
		return []byte("{}")
	}
	return append(o.buf[:len(o.buf):len(o.buf)], '}')
}

// marshal encodes v as json.Marshal does, but leaves <, > and & as they are.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
