package corpus

import "testing"

// TestURLDatePathOnly: a date is read from a URL's path only, not from its
// query or fragment.
func TestURLDatePathOnly(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/2016/09/20/story":              "2016-09-20",
		"https://example.com/news?from=/2016/09/20/":        "",
		"https://example.com/news#/2016/09/20/":             "",
		"https://example.com/a/2016-09-20/b?x=/2017/01/02/": "2016-09-20",
	} {
		got := ""
		if d, ok := urlDate(in); ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("urlDate(%q) = %q, want %q", in, got, want)
		}
	}
}
