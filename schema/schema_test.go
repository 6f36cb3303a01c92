package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/schema"
)

// offline is a loader that fails the test when the compiler asks for any
// resource: the schema refers only to itself and to the draft 2020-12
// metaschema, which the library carries, so nothing is read from disk or
// the network.
type offline struct{ t *testing.T }

func (o offline) Load(url string) (any, error) {
	o.t.Errorf("the compiler loaded %s", url)
	return nil, nil
}

// TestCompiles compiles the schema, which validates it against the draft
// 2020-12 metaschema first, with every format asserted.
func TestCompiles(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(offline{t})
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Compile(schema.ID); err != nil {
		t.Fatal(err)
	}
}

// TestNames ties the file to the code: its $id is [schema.ID], its dialect
// draft 2020-12, and the version its envelope asks for is the one package
// report writes.
func TestNames(t *testing.T) {
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Defs   struct {
			Envelope struct {
				Properties struct {
					Schema struct {
						Const string `json:"const"`
					} `json:"schema"`
				} `json:"properties"`
			} `json:"envelope"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.JSON, &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema is %q, want draft 2020-12", s.Schema)
	}
	if s.ID != schema.ID {
		t.Errorf("$id is %q, schema.ID %q", s.ID, schema.ID)
	}
	if got := s.Defs.Envelope.Properties.Schema.Const; got != report.Schema {
		t.Errorf("the envelope asks for %q; report writes %q", got, report.Schema)
	}
}

// TestDocsPointHere checks that the schema and its prose name each other:
// docs/schema.md gives the file's path and $id, and the file's description
// names docs/schema.md.
func TestDocsPointHere(t *testing.T) {
	docs, err := os.ReadFile("../docs/schema.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"schema/compare-v1.schema.json", schema.ID} {
		if !bytes.Contains(docs, []byte(want)) {
			t.Errorf("docs/schema.md does not name %s", want)
		}
	}
	var s struct{ Description string }
	if err := json.Unmarshal(schema.JSON, &s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.Description, "docs/schema.md") {
		t.Errorf("the schema's description does not name docs/schema.md: %q", s.Description)
	}
}
