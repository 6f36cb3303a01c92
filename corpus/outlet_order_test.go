package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOutletPrecedence: each rule is tried only when every earlier one
// gives nothing, on articles that more than one rule could name. The
// manifest matches every record here (all hold bbc.co.uk), so the field
// must beat it; the manifest beats the URL host; the URL host beats a
// Site icon marker, which beats a dateline; the first matching manifest
// row wins.
func TestOutletPrecedence(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"field-bbc","outlet":"Field Outlet","url":"https://www.bbc.co.uk/x","text":"(Reuters) - x"}`,
		`{"id":"manifest-bbc","url":"https://www.bbc.co.uk/x","text":"(Reuters) - x"}`,
		`{"id":"second-row","url":"https://www.bbc.co.uk/y","text":"x"}`,
		`{"id":"url","url":"https://www.cnn.com/x","text":"Site icon Icon Outlet\n(Reuters) - x"}`,
		`{"id":"icon","text":"Site icon Icon Outlet\n(Reuters) - x"}`,
		`{"id":"dateline","text":"KYIV, Ukraine (AP) — x"}`,
	}, "\n")
	rules := []OutletRule{
		{Pattern: "*-bbc", Outlet: "First Row"},
		{Pattern: "bbc.co.uk", Outlet: "Second Row"},
	}
	d := loadT(t, Options{Stdin: strings.NewReader(in), Outlets: rules}, "-")
	got := map[string]string{}
	for _, a := range d.Articles {
		got[a.ID] = a.Outlet + " (" + string(a.OutletFrom) + ")"
	}
	want := map[string]string{
		"field-bbc":    "Field Outlet (field)",
		"manifest-bbc": "First Row (manifest)",
		"second-row":   "Second Row (manifest)",
		"url":          "cnn.com (url)",
		"icon":         "Icon Outlet (marker)",
		"dateline":     "AP (marker)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestOutletNames: how each rule names an outlet, at the edges of its
// conditions.
func TestOutletNames(t *testing.T) {
	hosts := map[string]string{
		"https://m.bbc.co.uk/x":   "bbc.co.uk",
		"https://www.example.com": "example.com",
		"https://www.com/x":       "www.com", // only one dot: www is the name
		"https://m.com":           "m.com",
		"https://amp.www.cnn.com": "www.cnn.com", // one prefix dropped
		"https://localhost/x":     "",            // no dot: not a site
		"HTTPS://WWW.RT.COM/news": "rt.com",
		"  www.tass.com  ":        "tass.com",
		"http://%zz":              "",
	}
	for in, want := range hosts {
		if got := hostOutlet(in); got != want {
			t.Errorf("hostOutlet(%q) = %q, want %q", in, got, want)
		}
	}
	fields := map[string]string{
		"  Fox   News ":           "Fox News",
		"www.example.com":         "example.com",
		"https://example.com/":    "example.com",
		"Example.com Newsroom":    "Example.com Newsroom", // a space: a name
		"Yahoo!":                  "Yahoo!",
		"The Daily Telegraph Co.": "The Daily Telegraph Co.",
		"Inc.":                    "Inc.", // ends with a dot: not a domain
		"localhost":               "localhost",
	}
	for in, want := range fields {
		if got := fieldOutlet(in); got != want {
			t.Errorf("fieldOutlet(%q) = %q, want %q", in, got, want)
		}
	}
	datelines := map[string]string{
		"(MENAFN) Negotiators from":           "MENAFN",
		"KYIV, Ukraine (AP) — The talks":      "AP",
		"WASHINGTON (Reuters) - The talks":    "Reuters",
		"WASHINGTON (Reuters) – The talks":    "Reuters",
		"WASHINGTON (Reuters) — The talks":    "Reuters",
		"(Updated) The talks":                 "",
		"(Agence France Presse Ltd) - x":      "Agence France Presse Ltd",
		"(Agence France Presse Wire Ltd) - x": "",
		"(The Associated Press) The talks":    "",
		"(THE ASSOCIATED PRESS) The talks":    "THE ASSOCIATED PRESS",
		"the talks (AP) ended":                "",
	}
	for in, want := range datelines {
		if got := datelineOutlet(in); got != want {
			t.Errorf("datelineOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}
