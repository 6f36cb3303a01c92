package framing

import (
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
)

// Doc is one article as framing reads it (see package text).
type Doc = text.Doc

// Example is a sentence that shows a finding: which article, which outlet.
type Example = text.Example

// NewDoc returns the Doc of an article loaded by corpus (with sentences).
func NewDoc(a *corpus.Article) Doc { return text.NewDoc(a) }
