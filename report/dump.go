package report

import "github.com/newsfold/compare/pipeline"

// Dump is the report of a whole dump, `compare report`: a summary, the
// duplicate groups, the framing of the dump, and each expanded event
// (coverage, framing, passages, quotes, similarity, diffs). It renders as
// a terminal summary, Markdown for a pull request, the compare/v1 JSON and
// one self-contained HTML page.
type Dump struct {
	R *pipeline.ReportResult
}
