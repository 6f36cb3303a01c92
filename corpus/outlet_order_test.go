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
