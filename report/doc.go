// Package report renders what a command found as a terminal table,
// Markdown, CSV, JSON or a self-contained HTML page. The JSON form is the
// documented, versioned contract ("schema": "compare/v1"); the human
// formats may change between releases.
//
// The human formats trade completeness for readability: a table prints
// dates only and leaves out URLs and paths, where JSON carries every field.
//
// # Width and untrusted text
//
// A table fits [Document.Width] columns: cells wrap at spaces, a column is
// never narrower than its longest word (an id is never cut), and the
// rightmost columns are left out, and named, when even that is too wide; 0
// is no bound. Every string of the data is made safe in one place: cells
// are escaped where writeTable and writeCSVRows build them (package
// internal/escape: controls and bidi controls shown as \x1b or \u202e,
// Markdown markup and HTML escaped, CSV formulas neutralised), and [Write]
// passes the whole output of every format through a last filter, so no
// section, heading or line of text can put a control character on the
// terminal.
//
// # Documents and sections
//
// A [Document] is a sequence of sections inside an envelope: the schema and
// the diagnostics of the input. A [Section] is one finding of a command —
// the articles of a dump ([Articles]), duplicate groups ([Dedup]), events
// ([Events]), an evaluation ([Eval]), the scores of a pair ([Pair]) or of
// many ([PairLines]), a diff ([Diff]), framing ([Framing]) — and knows how
// to render itself: every section as a table (or Markdown) and as keys of
// the JSON object; CSV ([CSVSection]) and a page ([HTMLSection]) where it
// has them. [Write] renders a document in one format by asking each section
// in turn, so a new section (the summary of `compare report`, the findings
// of `compare check`) is a new type and no switch changes.
//
// A document renders in a format only when every section has it, and the
// check comes before the first byte: `compare diff --format csv` fails with
// nothing written. A table, Markdown or CSV of several sections is their
// renderings one after another, separated by a blank line. The JSON object
// is one object whatever the sections: "schema", each section's keys in the
// order of the sections (and within a section in the order the schema
// documents), then "diagnostics"; two sections may not write the same key.
// A page is one section's: the diff and framing pages have their own styles,
// and a page that combines sections is for `compare report` to design.
//
// Columns are named: a table or CSV row is built from a list of columns,
// each a header and the function that makes its cell, so a column is added
// or moved in one line and never picked by position.
package report
