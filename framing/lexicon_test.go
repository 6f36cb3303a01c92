package framing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

func TestDefaultLexicon(t *testing.T) {
	canon := DefaultLexicon().Canon()
	for _, tt := range []struct{ in, want string }{
		{"kiev", "kyiv"}, {"kyiv", "kyiv"}, {"kiyv", "kyiv"},
		{"donbass", "donbas"}, {"donbas", "donbas"},
		{"zelensky", "zelenskyy"}, {"zelenskiy", "zelenskyy"}, {"zelenskii", "zelenskyy"}, {"zelenskyy", "zelenskyy"},
		{"odessa", "odesa"}, {"kharkov", "kharkiv"}, {"lugansk", "luhansk"},
		{"nikolayev", "mykolaiv"}, {"zaporozhye", "zaporizhzhia"}, {"zaporizhia", "zaporizhzhia"},
		{"dnieper", "dnipro"}, {"chernobyl", "chornobyl"}, {"severodonetsk", "sievierodonetsk"},
		{"qaddafi", "gaddafi"}, {"mohammed", "muhammad"}, {"burma", "myanmar"}, {"peking", "beijing"},
		// Words of multi-word forms and of groups without fold stay.
		{"vladimir", "vladimir"}, {"volodymyr", "volodymyr"}, {"artyomovsk", "artyomovsk"},
		{"tserkov", "tserkov"}, {"frankovsk", "frankovsk"}, {"said", "said"}, {"claimed", "claimed"},
		{"berlin", "berlin"}, {"Kiev", "Kiev"}, // Canon takes normalised words
		{"kiev's", "kiev's"},
	} {
		if got := canon(tt.in); got != tt.want {
			t.Errorf("canon(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCanonEveryForm checks that every single-word form of a fold group
// folds to the group's first form, which the fast rejection never turns
// away, and that no other form's words fold.
func TestCanonEveryForm(t *testing.T) {
	lx := DefaultLexicon()
	canon := lx.Canon()
	folded := map[string]bool{}
	for _, g := range lx.Groups() {
		if !g.Fold {
			continue
		}
		want := corpus.NormalizeWord(g.Variants[0].Forms[0])
		for _, v := range g.Variants {
			for _, f := range v.Forms {
				if len(corpus.Tokenize(f)) != 1 {
					continue
				}
				w := corpus.NormalizeWord(f)
				folded[w] = true
				if got := canon(w); got != want {
					t.Errorf("group %s: canon(%q) = %q, want %q", g.ID, w, got, want)
				}
			}
		}
	}
	if len(folded) < 100 {
		t.Errorf("only %d folded forms", len(folded))
	}
	for _, g := range lx.Groups() {
		if g.Fold {
			continue
		}
		for _, v := range g.Variants {
			for _, f := range v.Forms {
				for _, sp := range corpus.Tokenize(f) {
					if w := corpus.NormalizeWord(f[sp.Start:sp.End]); !folded[w] && canon(w) != w {
						t.Errorf("canon(%q) = %q: a word of group %s, which does not fold", w, canon(w), g.ID)
					}
				}
			}
		}
	}
	if got := canon(""); got != "" {
		t.Errorf("canon(\"\") = %q", got)
	}
}

// TestDefaultPlaceNames checks the coverage of Ukrainian place names: at
// least 30 spelling groups whose Ukrainian- and Russian-derived spellings
// differ, each well formed.
func TestDefaultPlaceNames(t *testing.T) {
	n := 0
	for _, g := range DefaultLexicon().Groups() {
		if g.Kind != KindSpelling || len(g.Variants) < 2 || g.Variants[0].Label != "ukrainian" || g.Variants[1].Label != "russian" {
			continue
		}
		uk, ru := g.Variants[0], g.Variants[1]
		if strings.EqualFold(uk.Term, ru.Term) {
			t.Errorf("group %s: spellings %q and %q do not differ", g.ID, uk.Term, ru.Term)
		}
		single := len(corpus.Tokenize(uk.Forms[0])) == 1
		if g.Fold != single {
			t.Errorf("group %s: fold = %v for first form %q", g.ID, g.Fold, uk.Forms[0])
		}
		if g.Description == "" || g.Weight <= 0 {
			t.Errorf("group %s: no description or weight", g.ID)
		}
		n++
	}
	if n < 30 {
		t.Errorf("%d place-name spelling groups, want at least 30", n)
	}
	t.Logf("%d place-name spelling groups", n)
}

// TestDefaultGroups checks the groups the framing report relies on.
func TestDefaultGroups(t *testing.T) {
	groups := map[string]Group{}
	for _, g := range DefaultLexicon().Groups() {
		groups[g.ID] = g
		switch g.Kind {
		case KindSpelling, KindNaming, KindStatus, KindVerb:
		default:
			t.Errorf("group %s: kind %q", g.ID, g.Kind)
		}
		if g.Description == "" {
			t.Errorf("group %s: no description", g.ID)
		}
	}
	for _, tt := range []struct {
		id, kind string
		weight   float64
		fold     bool
		terms    []string
	}{
		{"kyiv", KindSpelling, 1, true, []string{"Kyiv", "Kiev"}},
		{"zelenskyy", KindSpelling, 0.3, true, []string{"Zelenskyy", "Zelensky", "Zelenskiy"}},
		{"volodymyr-zelenskyy", KindNaming, 1, false, []string{"Volodymyr Zelenskyy", "Vladimir Zelensky"}},
		{"bakhmut", KindNaming, 1, false, []string{"Bakhmut", "Artyomovsk", "Artemivsk"}},
		{"donetsk-status", KindStatus, 1, false, []string{"Donetsk People's Republic", "DPR", "Donetsk region"}},
		{"reporting-neutral", KindVerb, 0.5, false, []string{"said", "told", "stated", "added", "noted", "explained", "wrote", "announced"}},
		{"reporting-doubting", KindVerb, 0.5, false, []string{"claimed", "alleged", "insisted", "asserted"}},
		{"reporting-endorsing", KindVerb, 0.5, false, []string{"confirmed", "acknowledged", "revealed", "admitted"}},
		{"distancing", KindVerb, 0.5, false, []string{"so-called", "self-proclaimed", "self-styled", "purported", "allegedly"}},
	} {
		g, ok := groups[tt.id]
		if !ok {
			t.Errorf("no group %s", tt.id)
			continue
		}
		var terms []string
		for _, v := range g.Variants {
			terms = append(terms, v.Term)
		}
		if g.Kind != tt.kind || g.Weight != tt.weight || g.Fold != tt.fold || !cmp.Equal(terms, tt.terms) {
			t.Errorf("group %s = %s %v fold=%v %q, want %s %v fold=%v %q",
				tt.id, g.Kind, g.Weight, g.Fold, terms, tt.kind, tt.weight, tt.fold, tt.terms)
		}
	}
	for _, id := range []string{"luhansk-status", "special-military-operation", "annexation", "occupation", "kyiv-regime", "denazification"} {
		if g, ok := groups[id]; !ok || g.Kind != KindStatus {
			t.Errorf("no status group %s", id)
		}
	}
}

func TestParseLexicon(t *testing.T) {
	lx, err := ParseLexicon(`
[[group]]
id = " kyiv "
description = "Kyiv or Kiev"
kind = "spelling"
fold = true
  [[group.variant]]
  term = "Kyiv"
  label = "ukrainian"
  [[group.variant]]
  term = "Kiev"
  label = "russian"
  forms = [" KIEV ", "Kiev’s"]
  exceptions = ["chicken Kiev"]

[[group]]
id = "dpr"
kind = "status"
weight = 0.5
variant = [{ term = "DPR", case = "exact", forms = ["DPR", "Donetsk People's Republic"] }]
`)
	if err != nil {
		t.Fatal(err)
	}
	want := []Group{
		{ID: "kyiv", Description: "Kyiv or Kiev", Kind: KindSpelling, Weight: 1, Fold: true, Variants: []Variant{
			{Term: "Kyiv", Label: "ukrainian", Forms: []string{"Kyiv"}},
			{Term: "Kiev", Label: "russian", Forms: []string{"KIEV", "Kiev’s"}, Exceptions: []string{"chicken Kiev"}},
		}},
		{ID: "dpr", Kind: KindStatus, Weight: 0.5, Variants: []Variant{
			{Term: "DPR", Forms: []string{"DPR", "Donetsk People's Republic"}, Case: CaseExact},
		}},
	}
	if diff := cmp.Diff(want, lx.Groups()); diff != "" {
		t.Errorf("Groups() mismatch (-want +got):\n%s", diff)
	}
	canon := lx.Canon()
	for in, want := range map[string]string{"kiev": "kyiv", "kyiv": "kyiv", "kiev's": "kyiv", "dpr": "dpr", "donetsk": "donetsk"} {
		if got := canon(in); got != want {
			t.Errorf("canon(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	const ok = "[[group]]\nid = \"a\"\nkind = \"spelling\"\nvariant = [{ term = \"x\" }]\n"
	for _, tt := range []struct{ src, want string }{
		{"[[group]\n", "lexicon: toml:"},
		{"[[variant]]\ncanonical = \"kyiv\"\nforms = [\"kiev\"]\n", `unknown key "variant" (the [[variant]] format is replaced`},
		{"[[group]]\nid = \"a\"\nkind = \"spelling\"\nvariant = [{ term = \"x\", form = [\"y\"] }]\n", `unknown key "group.variant.form"`},
		{"[[group]]\nkind = \"spelling\"\nvariant = [{ term = \"x\" }]\n", "group 1: no id"},
		{ok + ok, `group "a": duplicate id`},
		{"[[group]]\nid = \"a\"\nvariant = [{ term = \"x\" }]\n", `group "a": no kind`},
		{"[[group]]\nid = \"a\"\nkind = \"spelling\"\n", `group "a": no variants`},
		{"[[group]]\nid = \"a\"\nkind = \"slang\"\nvariant = [{ term = \"x\" }]\n", `group "a": kind "slang" is not spelling, naming, status or verb`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nweight = 0.0\nvariant = [{ term = \"x\" }]\n", `group "a": weight 0 is outside (0, 1]`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nweight = 1.5\nvariant = [{ term = \"x\" }]\n", `weight 1.5 is outside (0, 1]`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nweight = nan\nvariant = [{ term = \"x\" }]\n", `weight NaN is outside (0, 1]`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nweight = \"high\"\nvariant = [{ term = \"x\" }]\n", "lexicon: toml:"},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ label = \"x\" }]\n", `group "a": variant 1: no term`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"said\" }, { term = \"Said\" }]\n", `group "a": duplicate variant term "Said"`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\", case = \"upper\" }]\n", `variant "x": case "upper" is not "exact"`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\", forms = [\"x\", \" \"] }]\n", `variant "x": empty form ""`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\", forms = [\"--\"] }]\n", `variant "x": empty form "--" (no word in it)`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\", forms = [\"Odessa, Texas\"] }]\n", `form "Odessa, Texas" has punctuation between words`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\", exceptions = [\"...\"] }]\n", `empty exception "..."`},
		{"[[group]]\nid = \"a\"\nkind = \"spelling\"\nvariant = [{ term = \"Kiev\", exceptions = [\"Kievan Rus\"] }]\n", `variant "Kiev": exception "Kievan Rus" holds none of its forms`},
		{"[[group]]\nid = \"a\"\nkind = \"spelling\"\nfold = true\nvariant = [{ term = \"Bila Tserkva\" }, { term = \"Belaya Tserkov\" }]\n", `group "a": fold needs a single-word first form, "Bila Tserkva" is not one`},
		// A form listed twice: in one variant, in two variants, in two
		// groups (fold or not), also when spelled differently.
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\", forms = [\"x\", \"X\"] }]\n", `form "X" of group "a" (variant "x") is also a form of group "a" (variant "x")`},
		{"[[group]]\nid = \"a\"\nkind = \"verb\"\nvariant = [{ term = \"x\" }, { term = \"y\", forms = [\"x\"] }]\n", `form "x" of group "a" (variant "y") is also a form of group "a" (variant "x")`},
		{ok + "[[group]]\nid = \"b\"\nkind = \"spelling\"\nfold = true\nvariant = [{ term = \"X\" }]\n", `form "X" of group "b" (variant "X") is also a form of group "a" (variant "x")`},
		{"[[group]]\nid = \"a\"\nkind = \"status\"\nvariant = [{ term = \"neo-Nazi\" }, { term = \"neo Nazi\" }]\n", `form "neo Nazi" of group "a" (variant "neo Nazi") is also a form`},
	} {
		_, err := ParseLexicon(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseLexicon(%q)\nerror = %v\nwant one containing %q", tt.src, err, tt.want)
		} else if !strings.HasPrefix(err.Error(), "lexicon: ") {
			t.Errorf("ParseLexicon(%q) error = %v, want a lexicon: prefix", tt.src, err)
		}
	}
}

func TestParseLexiconEmpty(t *testing.T) {
	lx, err := ParseLexicon("# nothing\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Groups()) != 0 || lx.Match("Kiev", nil) != nil || lx.Canon()("kiev") != "kiev" {
		t.Errorf("empty lexicon is not empty")
	}
	var zero Lexicon
	if zero.Match("Kiev", nil) != nil || zero.Canon()("kiev") != "kiev" || zero.Groups() != nil {
		t.Errorf("zero lexicon is not empty")
	}
}

// TestGroupsCopy checks that Groups returns a copy: the shared default
// cannot be changed through it.
func TestGroupsCopy(t *testing.T) {
	g := DefaultLexicon().Groups()
	g[0].ID = "changed"
	g[0].Variants[0].Forms[0] = "changed"
	again := DefaultLexicon().Groups()
	if again[0].ID == "changed" || again[0].Variants[0].Forms[0] == "changed" {
		t.Error("Groups shares its slices with the lexicon")
	}
}

func writeLexicon(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func groupIDs(lx *Lexicon) []string {
	var ids []string
	for _, g := range lx.Groups() {
		ids = append(ids, g.ID)
	}
	return ids
}

func TestLoadLexicons(t *testing.T) {
	def := groupIDs(DefaultLexicon())
	mine := writeLexicon(t, "mine.toml", `
[[group]]
id = "kyiv"
description = "mine"
kind = "spelling"
fold = true
variant = [{ term = "Kyiv", label = "mine" }, { term = "Kiev", label = "theirs" }]

[[group]]
id = "tbilisi"
kind = "spelling"
fold = true
variant = [{ term = "Tbilisi" }, { term = "Tiflis" }]
`)
	more := writeLexicon(t, "more.toml", `
[[group]]
id = "more"
kind = "verb"
variant = [{ term = "quipped" }]
`)

	if lx, err := LoadLexicons(nil); err != nil || lx != DefaultLexicon() {
		t.Errorf("LoadLexicons(nil) = %p, %v, want the default", lx, err)
	}

	lx, err := LoadLexicons([]string{"none"})
	if err != nil || len(lx.Groups()) != 0 || lx.Match("Kiev and Kyiv", nil) != nil || lx.Canon()("kiev") != "kiev" {
		t.Errorf("LoadLexicons(none) = %v, %v, want an empty lexicon", groupIDs(lx), err)
	}

	// Extending: kyiv replaced in place, tbilisi added at the end.
	lx, err = LoadLexicons([]string{mine})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(append(def[:len(def):len(def)], "tbilisi"), groupIDs(lx)); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if g := lx.Groups()[0]; g.ID != "kyiv" || g.Description != "mine" {
		t.Errorf("first group = %s %q, want mine in the place of kyiv", g.ID, g.Description)
	}
	hits := lx.Match("Kiev, Tiflis and Odessa", nil)
	want := []Hit{
		{Group: "kyiv", Variant: "Kiev", Label: "theirs", Start: 0, End: 4},
		{Group: "tbilisi", Variant: "Tiflis", Start: 6, End: 12},
		{Group: "odesa", Variant: "Odessa", Label: "russian", Start: 17, End: 23},
	}
	if diff := cmp.Diff(want, hits); diff != "" {
		t.Errorf("hits (-want +got):\n%s", diff)
	}
	if c := lx.Canon(); c("tiflis") != "tbilisi" || c("kiev") != "kyiv" || c("odessa") != "odesa" {
		t.Errorf("canon does not fold the merged lexicon")
	}
	if groupIDs(DefaultLexicon())[0] != "kyiv" || DefaultLexicon().Groups()[0].Description == "mine" {
		t.Error("extending changed the default")
	}

	// none, then files: only the files, in order.
	lx, err = LoadLexicons([]string{"none", mine, more})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"kyiv", "tbilisi", "more"}, groupIDs(lx)); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
}

func TestLoadLexiconsErrors(t *testing.T) {
	bad := writeLexicon(t, "bad.toml", "[[group]]\nid = \"x\"\nkind = \"spelling\"\nweight = 2.0\nvariant = [{ term = \"x\" }]\n")
	clash := writeLexicon(t, "clash.toml", "[[group]]\nid = \"capital\"\nkind = \"spelling\"\nvariant = [{ term = \"Kyiv\" }]\n")
	ok := writeLexicon(t, "ok.toml", "[[group]]\nid = \"x\"\nkind = \"verb\"\nvariant = [{ term = \"x\" }]\n")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{bad}, "lexicon " + bad + `: group "x": weight 2 is outside (0, 1]`},
		{[]string{ok, bad}, "lexicon " + bad + ":"},
		{[]string{clash}, "lexicon " + clash + `: form "Kyiv" of group "capital" (variant "Kyiv") is also a form of group "kyiv" (variant "Kyiv")`},
		{[]string{filepath.Join(t.TempDir(), "missing.toml")}, "missing.toml: no such file"},
		{[]string{ok, "none"}, `"none" must come first`},
	} {
		_, err := LoadLexicons(tt.args)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadLexicons(%q)\nerror = %v\nwant one containing %q", tt.args, err, tt.want)
		}
	}
	// The clash is the default's: without the default it is fine.
	if _, err := LoadLexicons([]string{"none", clash}); err != nil {
		t.Errorf("LoadLexicons(none, clash) = %v", err)
	}
}

// TestDefaultExcerpt checks the fuzz seed taken from the default.
func TestDefaultExcerpt(t *testing.T) {
	lx, err := ParseLexicon(defaultExcerpt("kyiv", "odesa", "donetsk-status"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"kyiv", "odesa", "donetsk-status"}, groupIDs(lx)); diff != "" {
		t.Errorf("excerpt groups (-want +got):\n%s", diff)
	}
}
