// Package schema holds the compare/v1 JSON contract as a JSON Schema
// (draft 2020-12): the file compare-v1.schema.json beside this one, which
// docs/schema.md describes in prose. Every command's --format json output
// validates against it: a document of one command, or, for compare pairs,
// each line of its JSON Lines.
//
// The package only carries the file, so that a program can validate
// without finding the repository on disk; it validates nothing itself,
// and so adds no dependency to the command. Compile it with any draft
// 2020-12 validator; Example shows one.
package schema

import _ "embed"

// JSON is the text of compare-v1.schema.json.
//
//go:embed compare-v1.schema.json
var JSON []byte

// ID is the schema's $id, the URL a validator knows it by.
const ID = "https://github.com/newsfold/compare/raw/main/schema/compare-v1.schema.json"
