package schema_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsfold/compare/schema"
)

// Validate the output of compare events --format json, with
// github.com/santhosh-tekuri/jsonschema/v6: against the whole schema, which
// takes any command's document, or against the definition of one
// command's document, whose errors name the key at fault.
func Example() {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON))
	if err != nil {
		log.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schema.ID, doc); err != nil {
		log.Fatal(err)
	}
	whole, err := c.Compile(schema.ID)
	if err != nil {
		log.Fatal(err)
	}
	events, err := c.Compile(schema.ID + "#/$defs/events-document")
	if err != nil {
		log.Fatal(err)
	}

	for _, out := range []string{
		`{"schema": "compare/v1", "events": [], "diagnostics": []}`,
		`{"schema": "compare/v1", "events": [{"id": "e1", "label": "Berlin", "headline": "",
		  "terms": [], "start": null, "end": null, "outlets": [], "articles": ["000"]}], "diagnostics": []}`,
		`{"schema": "compare/v1", "events": [{"id": "e1", "label": "Berlin"}], "diagnostics": []}`,
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(whole.Validate(v) == nil)
		if err := events.Validate(v); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// true
	// true
	// false
	// jsonschema validation failed with 'https://github.com/newsfold/compare/raw/main/schema/compare-v1.schema.json#/$defs/events-document'
	// - at '': 'allOf' failed
	//   - at '/events/0': missing properties 'headline', 'terms', 'start', 'end', 'outlets', 'articles'
	// - at '/events': false schema
}
