package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileIDs are ids of testdata/bad/hostile.jsonl: an ESC[2J that clears
// the screen, an OSC sequence ended by BEL that retitles the window, a tab,
// a newline and a CR, a right-to-left override, a formula.
var hostileIDs = []string{
	"esc\x1b[2Jclear",
	"osc\x1b]0;retitled\x07id",
	"tab\tid\nnl\rcr",
	"rtl\u202egnp.exe",
	`=HYPERLINK("http://evil.example")`,
	"+1", "-2", "@SUM(A1)",
}

// hostileDir returns a folder holding testdata/bad/hostile.jsonl, a file
// whose name holds an ESC sequence and whose second line is not JSON, a
// gold file of the hostile ids and a pairs file of hostile fields.
func hostileDir(t *testing.T) (dump, gold, pairs string) {
	t.Helper()
	root := t.TempDir()
	dump = filepath.Join(root, "dump")
	if err := os.Mkdir(dump, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/bad/hostile.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		filepath.Join(dump, "hostile.jsonl"):                    string(data),
		filepath.Join(dump, "name\x1b]0;owned\x07\u202e.jsonl"): `{"id":"named","text":"A record in a file with a hostile name.","date":"2025-12-14"}` + "\nnot json \x1b[2J\u202e\n",
	}
	var g strings.Builder
	g.WriteString("id,event\n")
	cw := csv.NewWriter(&g)
	for i, id := range hostileIDs {
		cw.Write([]string{id, []string{"e\x1b[2J", "<script>"}[i/6]})
	}
	cw.Flush()
	gold = filepath.Join(root, "gold.csv")
	files[gold] = g.String()
	pairs = filepath.Join(root, "pairs.jsonl")
	files[pairs] = `{"id":"esc\u001b[2J","outlet":"<script>alert(1)</script>","note":"=HYPERLINK(\"x\")\ttab\u202e","text_1":"Talks in Berlin ended without a deal.","text_2":"Talks in Berlin ended without a deal on Sunday."}` + "\n" +
		`{"id":"a|b","text_1":"=1+2","text_2":"@SUM(A1)"}` + "\n" +
		"not json \x1b[2J\n"
	for path, text := range files {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dump, gold, pairs
}

// TestHostileOutput runs every command in every format on hostile input
// and checks what reaches the terminal: no control character but the
// newline, no bidi control, on stdout or stderr; no CSV cell that starts a
// formula; no raw < in Markdown; JSON that is valid and keeps the data;
// HTML that escapes it.
func TestHostileOutput(t *testing.T) {
	dump, gold, pairs := hostileDir(t)
	a, b := hostileIDs[0], hostileIDs[1]
	commands := [][]string{
		{"inspect", dump},
		{"dedup", dump},
		{"events", dump},
		{"eval", "events", "--gold", gold, dump},
		{"eval", "dedup", "--gold", gold, dump},
		{"framing", dump},
		{"similarity", "--in", dump, a, b},
		{"similarity", "--in", dump, a, "missing\x1b[2J\u202e"},
		{"diff", "--in", dump, a, b},
		{"diff", "--in", dump, hostileIDs[2], hostileIDs[3]},
		{"pairs", pairs},
	}
	number := regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	for _, columns := range []string{"", "80"} {
		t.Setenv("COLUMNS", columns)
		for _, cmd := range commands {
			for _, format := range []string{"table", "markdown", "json", "csv", "html"} {
				args := append(append([]string{}, cmd...), "--format", format)
				name := strings.Join(append(cmd[:1:1], format, "COLUMNS="+columns), " ")
				var out, errOut bytes.Buffer
				code := run(args, nil, &out, &errOut)
				checkTerminalSafe(t, name+" stdout", out.Bytes())
				checkTerminalSafe(t, name+" stderr", errOut.Bytes())
				supported := (format != "html" || cmd[0] == "diff" || cmd[0] == "framing") && (format != "csv" || cmd[0] != "diff")
				if strings.HasPrefix(cmd[len(cmd)-1], "missing") {
					supported = false // an id not in the dump: its error on stderr is what is checked
				}
				if want := map[bool]int{true: 0, false: 2}[supported]; code != want {
					t.Errorf("%s: exit %d, want %d: %s", name, code, want, errOut.String())
				}
				if code != 0 {
					continue
				}
				switch format {
				case "csv":
					r := csv.NewReader(&out)
					r.FieldsPerRecord = -1
					recs, err := r.ReadAll()
					if err != nil {
						t.Errorf("%s: CSV does not parse: %v", name, err)
					}
					for _, rec := range recs {
						for _, cell := range rec {
							if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) && !number.MatchString(cell) {
								t.Errorf("%s: CSV cell %q starts a formula", name, cell)
							}
						}
					}
				case "markdown":
					if i := bytes.IndexByte(out.Bytes(), '<'); i >= 0 {
						t.Errorf("%s: raw < in Markdown: %q", name, out.Bytes()[max(0, i-20):min(out.Len(), i+20)])
					}
					if bytes.Contains(out.Bytes(), []byte("[click](")) {
						t.Errorf("%s: a link of the data in Markdown", name)
					}
				case "json":
					for _, doc := range jsonDocs(out.Bytes(), cmd[0] == "pairs") {
						if !json.Valid(doc) {
							t.Errorf("%s: invalid JSON: %s", name, doc)
						}
					}
				case "html":
					if bytes.Contains(out.Bytes(), []byte("<script>alert")) {
						t.Errorf("%s: a raw <script> from the data in the page", name)
					}
					// framing heads a column with each outlet; the diff of a
					// and b names a's outlet.
					shows := cmd[0] == "framing" || cmd[len(cmd)-1] == b
					if shows && !bytes.Contains(out.Bytes(), []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) {
						t.Errorf("%s: the page does not show the outlet <script>alert(1)</script> escaped", name)
					}
				}
			}
		}
	}
	// The data is not lost on the way: JSON keeps every hostile id, and
	// CSV shows the formulas as text.
	var out, errOut bytes.Buffer
	if code := run([]string{"inspect", "--format", "json", dump}, nil, &out, &errOut); code != 0 {
		t.Fatalf("inspect --format json: exit %d: %s", code, errOut.String())
	}
	var doc struct{ Articles []struct{ ID string } }
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, x := range doc.Articles {
		ids[x.ID] = true
	}
	for _, id := range hostileIDs {
		if !ids[id] {
			t.Errorf("inspect --format json lost the id %q (has %v)", id, ids)
		}
	}
	out.Reset()
	run([]string{"inspect", "--format", "csv", dump}, nil, &out, &errOut)
	for _, want := range []string{`"'=HYPERLINK(""http://evil.example"")"`, "'+1,", "'@SUM(A1),", `esc\x1b[2Jclear`, `rtl\u202egnp.exe`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("inspect --format csv lacks %s:\n%s", want, out.String())
		}
	}
}

// jsonDocs splits JSON output into its documents: one, or one a line for
// JSON Lines.
func jsonDocs(b []byte, lines bool) [][]byte {
	if !lines {
		return [][]byte{b}
	}
	return bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n"))
}

// checkTerminalSafe fails when b holds a byte that moves a terminal: a
// control character but the newline (C0, DEL, C1), a bidi control, or
// invalid UTF-8.
func checkTerminalSafe(t *testing.T, name string, b []byte) {
	t.Helper()
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		bad := (r == utf8.RuneError && n == 1) || (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
		if bad {
			t.Errorf("%s: %U at byte %d: %q", name, r, i, b[max(0, i-30):min(len(b), i+30)])
			return
		}
		i += n
	}
}
