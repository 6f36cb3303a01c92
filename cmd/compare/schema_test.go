package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsfold/compare/schema"
)

// documentDefs names the definition of schema/compare-v1.schema.json that
// each command's JSON output is: a document, or for pairs a line.
var documentDefs = map[string]string{
	"inspect":    "inspect-document",
	"dedup":      "dedup-document",
	"similarity": "similarity-document",
	"events":     "events-document",
	"eval":       "eval-document",
	"diff":       "diff-document",
	"framing":    "framing-document",
	"report":     "report-document",
	"pairs":      "pair-line",
}

// A schemaRun is a command line and the script whose files it reads.
type schemaRun struct {
	script string
	args   []string
}

// schemaRuns are the runs whose output TestJSONMatchesSchema validates:
// every command on the seeds, then inputs that bring out the keys a
// document has only sometimes. A run reads the files of a script of
// testdata/script (besides seeds/, bad/ and loaders/, as the scripts do),
// or with no script synth.jsonl too (see [synthDump]); $DUMP, $GOLD and
// $PAIRS are the hostile inputs of [hostileDir].
var schemaRuns = []schemaRun{
	{"", []string{"inspect", "seeds"}},
	{"", []string{"inspect", "bad"}},
	{"", []string{"inspect", "loaders"}},
	{"", []string{"dedup", "seeds"}},
	{"", []string{"dedup", "--explain", "seeds"}},
	{"", []string{"events", "seeds"}},
	{"", []string{"events", "bad"}},
	{"", []string{"framing", "seeds"}},
	{"", []string{"similarity", "seeds/000_1e9a216f9237e569.txt", "seeds/004_fa79ad35558de7c7.txt"}},
	{"", []string{"similarity", "--explain", "seeds/000_1e9a216f9237e569.txt", "seeds/003_f420ff260f6c388f.txt"}},
	{"", []string{"similarity", "--in", "bad", "bom1", "bom2"}},
	{"", []string{"diff", "seeds/001_1c2c2081d55c5b3c.txt", "seeds/003_f420ff260f6c388f.txt"}},
	{"", []string{"diff", "--in", "seeds", "000_1e9a216f9237e569", "002_b7b859cbb739f493"}},
	{"", []string{"framing", "synth.jsonl"}},
	{"", []string{"diff", "--in", "synth.jsonl", "Alpha-00", "Alpha-01"}},
	{"", []string{"report", "seeds"}},
	{"", []string{"report", "bad"}},
	{"", []string{"report", "bad/no-date.txt"}},
	{"", []string{"report", "--timestamp", "--articles", "2", "synth.jsonl"}},

	{"dedup", []string{"dedup", "seeds", "copies"}},
	{"dedup", []string{"dedup", "--fold=false", "seeds", "copies"}},
	{"dedup_title", []string{"dedup", "heads.jsonl"}},
	{"events", []string{"events", "seeds", "copies"}},
	{"eval", []string{"eval", "events", "--gold", "gold.csv", "seeds"}},
	{"eval", []string{"eval", "events", "--sweep", "--gold", "partial.csv", "seeds"}},
	{"eval", []string{"eval", "dedup", "--gold", "dupgold.csv", "seeds", "copies"}},
	{"eval", []string{"eval", "dedup", "--sweep", "--gold", "dupgold.csv", "seeds", "copies"}},
	{"framing", []string{"framing", "--outlets", "names.csv", "seeds"}},
	{"framing", []string{"framing", "--outlets", "names.csv", "--lexicon", "none", "seeds"}},
	{"framing", []string{"framing", "--outlets", "names.csv", "--lexicon", "mine.toml", "seeds"}},
	{"framing_titles", []string{"framing", "dump.jsonl"}},
	{"dedup", []string{"report", "seeds", "copies"}},
	{"framing_titles", []string{"framing", "--outlets", "alias.csv", "fox.jsonl", "old.jsonl"}},
	{"diff", []string{"diff", "seeds/001_1c2c2081d55c5b3c.txt", "edited.txt"}},
	{"diff", []string{"diff", "--in", "headlines.jsonl", "h3", "h4"}},
	{"diff", []string{"diff", "writ-a.txt", "writ-b.txt"}},
	{"pairs", []string{"pairs", "pairs.jsonl"}},

	{"", []string{"inspect", "$DUMP"}},
	{"", []string{"dedup", "$DUMP"}},
	{"", []string{"events", "$DUMP"}},
	{"", []string{"eval", "events", "--gold", "$GOLD", "$DUMP"}},
	{"", []string{"eval", "dedup", "--gold", "$GOLD", "$DUMP"}},
	{"", []string{"framing", "$DUMP"}},
	{"", []string{"similarity", "--in", "$DUMP", hostileIDs[0], hostileIDs[1]}},
	{"", []string{"diff", "--in", "$DUMP", hostileIDs[0], hostileIDs[1]}},
	{"", []string{"diff", "--in", "$DUMP", hostileIDs[2], hostileIDs[3]}},
	{"", []string{"pairs", "$PAIRS"}},
	{"", []string{"report", "$DUMP"}},
}

// optionalSeen are the keys (and nulls) that a document has only
// sometimes, as command:path, an array's items as *: schemaRuns must bring
// out each, or the schema's rules for them go untested.
var optionalSeen = []string{
	"inspect:/articles/*/status",
	"inspect:/articles/*/date=null",
	"inspect:/diagnostics/*/severity",
	"dedup:/groups/*/original=null",
	"dedup:/groups/*/original_note",
	"dedup:/explain",
	"similarity:/pair/shared",
	"similarity:/pair/scores/title=null",
	"events:/events/*/start=null",
	"events:/events/*/duplicates",
	"eval:/eval/sweep",
	"eval:/eval/scores/only_predicted",
	"eval:/eval/scores/only_gold",
	"diff:/a/title",
	"diff:/title_diff/*/b",
	"diff:/pairs/*/diff/*/b",
	"diff:/passages/*/text_b",
	"diff:/passages/*/boilerplate",
	"diff:/quotes/*/speaker",
	"diff:/quotes/*/similarity",
	"diff:/quotes/*/a_start",
	"diff:/quotes/*/b_start",
	"diff:/quotes/*/altered",
	"framing:/variants/*/description",
	"framing:/variants/*/kind",
	"framing:/variants/*/since",
	"framing:/variants/*/before_since",
	"framing:/variants/*/terms/*/label",
	"framing:/distinctive/*/terms/*/examples",
	"framing:/sourcing/*/examples",
	"framing:/events/*/label",
	"pairs:/similarity=null",
	"pairs:/error",
	"pairs:/line",
	"pairs:/similarity/title=null",
	"report:/generated",
	"report:/summary/start=null",
	"report:/outlets/*/start=null",
	"report:/republished/*/date",
	"report:/expanded/*/coverage/*/role",
	"report:/expanded/*/coverage/*/copy_of",
	"report:/expanded/*/coverage/*/shared=null",
	"report:/expanded/*/coverage/*/only=null",
	"report:/expanded/*/coverage/*/date=null",
	"report:/expanded/*/framing=null",
}

// compileSchema compiles schema/compare-v1.schema.json and returns the
// root and each definition of documentDefs. It loads nothing: the draft
// 2020-12 metaschema is built into the library, and a load of anything
// else fails the test.
func compileSchema(t *testing.T) (root *jsonschema.Schema, defs map[string]*jsonschema.Schema) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(noLoads{t})
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	if root, err = c.Compile(schema.ID); err != nil {
		t.Fatal(err)
	}
	defs = map[string]*jsonschema.Schema{}
	for _, def := range documentDefs {
		if defs[def], err = c.Compile(schema.ID + "#/$defs/" + def); err != nil {
			t.Fatal(err)
		}
	}
	return root, defs
}

// noLoads fails the test when the compiler loads a resource.
type noLoads struct{ t *testing.T }

func (n noLoads) Load(url string) (any, error) {
	n.t.Errorf("the schema compiler loaded %s", url)
	return nil, fmt.Errorf("no loads: %s", url)
}

// validate validates one JSON value against s.
func validate(s *jsonschema.Schema, b []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// scriptDirs extracts the files of each script of schemaRuns, and the
// seeds, bad and loaders folders, into a folder per script.
func scriptDirs(t *testing.T) map[string]string {
	t.Helper()
	dirs := map[string]string{}
	for _, r := range schemaRuns {
		if _, ok := dirs[r.script]; ok {
			continue
		}
		dir := t.TempDir()
		for _, d := range []string{"seeds", "bad", "loaders"} {
			if err := copyDir(filepath.Join("../../testdata", d), filepath.Join(dir, d)); err != nil {
				t.Fatal(err)
			}
		}
		if r.script == "" {
			if err := os.WriteFile(filepath.Join(dir, "synth.jsonl"), synthDump(), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			a, err := txtar.ParseFile(filepath.Join("../../testdata/script", r.script+".txtar"))
			if err != nil {
				t.Fatal(err)
			}
			if err := txtar.Write(a, dir); err != nil {
				t.Fatal(err)
			}
		}
		dirs[r.script] = dir
	}
	return dirs
}

// synthDump returns a dump of two outlets of ten articles each, made up
// for what the seeds are too few to show: Alpha's "regime", in seven of
// its articles and none of Beta's, is a distinctive term with examples;
// the line that four Alpha articles end with is boilerplate in a diff of
// two of them. Every other sentence names a day of its own, so that no
// two articles carry it whole.
func synthDump() []byte {
	words := strings.Fields("river bridge market school village harbour factory station border field hospital road " +
		"winter morning council farmers train bakery teacher doctor mayor tractor garden museum library stadium " +
		"airport canal forest mountain valley island desert lake castle church temple tower prison theatre cinema " +
		"office bank hotel shop farm mill mine port")
	n := len(words)
	var b bytes.Buffer
	for o, outlet := range []string{"Alpha", "Beta"} {
		for i := range 10 {
			var s []string
			for k := range 6 {
				day := (o*10+i)*6 + k
				w := func(m int) string { return words[(day*7+m*13)%n] }
				s = append(s, fmt.Sprintf("The %s near the %s saw the %s on day %d.", w(0), w(1), w(2), day))
			}
			if outlet == "Alpha" && i < 7 {
				s = slices.Insert(s, 2, fmt.Sprintf("The regime of the %s shelled the %s.", words[(i*11)%n], words[(i*11+5)%n]))
			}
			if outlet == "Alpha" && i < 4 {
				s = append(s, "Read more reports from the front lines on our pages every single day.")
			}
			rec, err := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%02d", outlet, i), "outlet": outlet,
				"date": fmt.Sprintf("2025-12-%02d", i+1), "title": fmt.Sprintf("%s report %d", outlet, i), "text": strings.Join(s, " ")})
			if err != nil {
				panic(err)
			}
			b.Write(rec)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// TestJSONMatchesSchema runs every command with --format json and
// validates what it writes against schema/compare-v1.schema.json: each
// document, or each line of compare pairs, against the schema's root and
// against the definition of that command. The runs must between them show
// every optional key (optionalSeen).
func TestJSONMatchesSchema(t *testing.T) {
	root, defs := compileSchema(t)
	dump, gold, pairs := hostileDir(t)
	dirs := scriptDirs(t)
	seen := map[string]bool{}
	for _, r := range schemaRuns {
		args := []string{}
		for _, a := range r.args {
			args = append(args, strings.NewReplacer("$DUMP", dump, "$GOLD", gold, "$PAIRS", pairs).Replace(a))
		}
		name := strings.Join(append([]string{r.script}, r.args...), " ")
		t.Run(name, func(t *testing.T) {
			t.Chdir(dirs[r.script])
			var out, errOut bytes.Buffer
			if code := run(append(args, "--format", "json"), nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			command := args[0]
			def := documentDefs[command]
			for i, doc := range jsonDocs(out.Bytes(), command == "pairs") {
				if err := validate(defs[def], doc); err != nil {
					t.Errorf("document %d is not a %s: %v\n%s", i+1, def, err, doc)
				} else if err := validate(root, doc); err != nil {
					t.Errorf("document %d is a %s, yet the schema's root rejects it: %v", i+1, def, err)
				}
				var v any
				if err := json.Unmarshal(doc, &v); err != nil {
					t.Fatal(err)
				}
				keyPaths(command+":", v, seen)
			}
		})
	}
	for _, p := range optionalSeen {
		if !seen[p] {
			t.Errorf("no run shows %s", p)
		}
	}
}

// keyPaths adds to seen the path of every key under v, items of arrays as
// *, and path=null for a null.
func keyPaths(path string, v any, seen map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, y := range x {
			p := path + "/" + k
			seen[p] = true
			keyPaths(p, y, seen)
		}
	case []any:
		for _, y := range x {
			keyPaths(path+"/*", y, seen)
		}
	case nil:
		seen[path+"=null"] = true
	}
}

// schemaBreaks are changes to real output that the schema must reject: a
// key missing, renamed, added or of the wrong type, a value out of its
// range or enum. Each names the output it starts from (a run of
// schemaRuns), what it does, and words the validation error must hold.
var schemaBreaks = []struct {
	name   string
	run    []string
	change func(doc map[string]any)
	want   string
}{
	{"schema version", []string{"events", "seeds"},
		func(d map[string]any) { d["schema"] = "compare/v2" }, "at '/schema': value must be 'compare/v1'"},
	{"no diagnostics", []string{"events", "seeds"},
		func(d map[string]any) { delete(d, "diagnostics") }, "missing property 'diagnostics'"},
	{"unknown key", []string{"events", "seeds"},
		func(d map[string]any) { d["extra"] = 1 }, "at '/extra': false schema"},
	{"event without label", []string{"events", "seeds"},
		func(d map[string]any) { delete(item(d, "events", 0), "label") }, "at '/events/0': missing property 'label'"},
	{"event key renamed", []string{"events", "seeds"},
		func(d map[string]any) { e := item(d, "events", 0); e["title"] = e["headline"]; delete(e, "headline") }, "at '/events/0': missing property 'headline'"},
	{"event id not eN", []string{"events", "seeds"},
		func(d map[string]any) { item(d, "events", 0)["id"] = "1" }, "at '/events/0/id': '1' does not match pattern"},
	{"event start not a date", []string{"events", "seeds"},
		func(d map[string]any) { item(d, "events", 0)["start"] = "15 Dec 2025" }, "at '/events/0/start': 'anyOf' failed"},
	{"words a string", []string{"inspect", "seeds"},
		func(d map[string]any) { item(d, "articles", 0)["words"] = "280" }, "at '/articles/0/words': got string, want integer"},
	{"date without source", []string{"inspect", "seeds"},
		func(d map[string]any) { item(d, "articles", 0)["date_source"] = "none" }, "at '/articles/0/date': got string, want null"},
	{"severity not in enum", []string{"inspect", "bad"},
		func(d map[string]any) { item(d, "diagnostics", 0)["severity"] = "fatal" }, "at '/diagnostics/0/severity': value must be one of"},
	{"score above 1", []string{"similarity", "seeds/000_1e9a216f9237e569.txt", "seeds/004_fa79ad35558de7c7.txt"},
		func(d map[string]any) { d["pair"].(map[string]any)["scores"].(map[string]any)["jaccard"] = 1.5 }, "at '/pair/scores/jaccard': maximum: got 1.5, want 1"},
	{"group kind not in enum", []string{"dedup", "seeds", "copies"},
		func(d map[string]any) { item(d, "groups", 0)["kind"] = "copy" }, "at '/groups/0/kind': value must be one of"},
	{"framing verbs without neutral", []string{"framing", "--outlets", "names.csv", "seeds"},
		func(d map[string]any) { delete(item(d, "sourcing", 0)["verbs"].(map[string]any), "neutral") }, "at '/sourcing/0/verbs': missing property 'neutral'"},
	{"quote in a with b's offset", []string{"diff", "seeds/001_1c2c2081d55c5b3c.txt", "seeds/003_f420ff260f6c388f.txt"},
		func(d map[string]any) {
			for _, q := range d["quotes"].([]any) {
				if q := q.(map[string]any); q["in"] == "a" {
					q["b_start"] = 0
					return
				}
			}
			panic("no quote in a")
		}, "': 'oneOf' failed, none matched"},
	{"b on a deleted run", []string{"diff", "seeds/001_1c2c2081d55c5b3c.txt", "edited.txt"},
		func(d map[string]any) {
			for _, p := range d["pairs"].([]any) {
				for _, op := range p.(map[string]any)["diff"].([]any) {
					if op := op.(map[string]any); op["op"] == "delete" {
						op["b"] = "B's words"
						return
					}
				}
			}
			panic("no deleted run")
		}, "'not' failed"},
	{"eval of something else", []string{"eval", "events", "--gold", "gold.csv", "seeds"},
		func(d map[string]any) { d["eval"].(map[string]any)["of"] = "framing" }, "at '/eval/of': value must be one of"},
	{"pair line not scored without error", []string{"pairs", "pairs.jsonl"},
		func(d map[string]any) { d["similarity"] = nil; delete(d, "error") }, "missing property 'error'"},
	{"report coverage share above 1", []string{"report", "seeds"},
		func(d map[string]any) { item(item(d, "expanded", 0), "coverage", 0)["shared"] = 1.5 }, "maximum: got 1.5, want 1"},
	{"report copy without its original", []string{"report", "seeds", "copies"},
		func(d map[string]any) {
			for _, c := range item(d, "expanded", 0)["coverage"].([]any) {
				if c := c.(map[string]any); c["role"] == "copy" {
					delete(c, "copy_of")
					return
				}
			}
			panic("no copy")
		}, "missing property 'copy_of'"},
	{"report summary without bounds", []string{"report", "seeds"},
		func(d map[string]any) { delete(d["summary"].(map[string]any), "bounds") }, "at '/summary': missing property 'bounds'"},
	{"report framing with an extra key", []string{"report", "seeds"},
		func(d map[string]any) { d["framing"].(map[string]any)["matrix"] = []any{} }, "at '/framing/matrix': false schema"},
	{"pair line echoes text_1", []string{"pairs", "pairs.jsonl"},
		func(d map[string]any) { d["text_1"] = "a text" }, "at '/text_1': false schema"},
}

// item returns the i-th object of the array under key.
func item(d map[string]any, key string, i int) map[string]any {
	return d[key].([]any)[i].(map[string]any)
}

// TestSchemaRejects shows that the schema can fail: each change of
// schemaBreaks to real output (its first document, or line), valid before,
// is invalid after, for the reason the case names.
func TestSchemaRejects(t *testing.T) {
	root, defs := compileSchema(t)
	dirs := scriptDirs(t)
	for _, tc := range schemaBreaks {
		t.Run(tc.name, func(t *testing.T) {
			i := slices.IndexFunc(schemaRuns, func(r schemaRun) bool { return slices.Equal(r.args, tc.run) })
			if i < 0 {
				t.Fatalf("no run %q in schemaRuns", tc.run)
			}
			t.Chdir(dirs[schemaRuns[i].script])
			var out, errOut bytes.Buffer
			if code := run(append(slices.Clone(tc.run), "--format", "json"), nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			def := defs[documentDefs[tc.run[0]]]
			doc := jsonDocs(out.Bytes(), tc.run[0] == "pairs")[0]
			if err := validate(def, doc); err != nil {
				t.Fatalf("invalid before the change: %v", err)
			}
			var d map[string]any
			if err := json.Unmarshal(doc, &d); err != nil {
				t.Fatal(err)
			}
			tc.change(d)
			changed, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if validate(root, changed) == nil {
				t.Errorf("the schema accepts the changed document:\n%s", changed)
			}
			err = validate(def, changed)
			if err == nil {
				t.Fatalf("%s accepts the changed document:\n%s", documentDefs[tc.run[0]], changed)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("the error does not say %s:\n%v", tc.want, err)
			}
		})
	}
}
