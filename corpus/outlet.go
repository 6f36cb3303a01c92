package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"
)

// OutletRule is one line of an outlets manifest: articles whose id, file
// name or URL match Pattern belong to Outlet. A pattern holding a glob
// character (* ? [) is matched with [path.Match] against each of them (and
// the URL's host); any other pattern matches as a case-insensitive substring.
//
// A pattern `outlet:NAME` is an alias instead: an article whose outlet,
// however found (a field, the manifest, a URL host, a marker), is NAME
// (letter case and runs of white space aside) belongs to Outlet. It merges
// the names a field already gives one outlet: `outlet:FOX,Fox News`.
type OutletRule struct {
	Pattern string
	Outlet  string
}

// ReadOutlets parses an outlets manifest: CSV rows `pattern,outlet`, an
// optional header row `pattern,outlet`, blank lines and lines starting with
// '#' ignored.
func ReadOutlets(r io.Reader, name string) ([]OutletRule, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var rules []OutletRule
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rules, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(row) != 2 || strings.TrimSpace(row[0]) == "" || strings.TrimSpace(row[1]) == "" {
			return nil, fmt.Errorf("%s:%d: want `pattern,outlet`, got %d fields", name, line, len(row))
		}
		p := strings.TrimPrefix(strings.TrimSpace(row[0]), "\ufeff")
		if len(rules) == 0 && strings.EqualFold(p, "pattern") && strings.EqualFold(strings.TrimSpace(row[1]), "outlet") {
			continue
		}
		if alias, ok := strings.CutPrefix(p, aliasPrefix); ok {
			if fieldOutlet(alias) == "" {
				return nil, fmt.Errorf("%s:%d: alias %q names no outlet", name, line, p)
			}
		} else if strings.ContainsAny(p, "*?[") {
			if _, err := path.Match(p, ""); err != nil {
				return nil, fmt.Errorf("%s:%d: bad pattern %q: %w", name, line, p, err)
			}
		}
		rules = append(rules, OutletRule{Pattern: p, Outlet: strings.TrimSpace(row[1])})
	}
}

// aliasPrefix starts the pattern of an alias rule.
const aliasPrefix = "outlet:"

// alias returns the outlet name an alias rule renames, or false for a
// pattern rule.
func (r OutletRule) alias() (string, bool) {
	name, ok := strings.CutPrefix(r.Pattern, aliasPrefix)
	return fieldOutlet(name), ok
}

// resolveAlias renames outlet by the first alias rule naming it.
func resolveAlias(rules []OutletRule, outlet string) (string, bool) {
	for _, r := range rules {
		if name, ok := r.alias(); ok && strings.EqualFold(name, outlet) {
			return r.Outlet, true
		}
	}
	return outlet, false
}

func (r OutletRule) match(subjects ...string) bool {
	if _, ok := r.alias(); ok {
		return false
	}
	glob := strings.ContainsAny(r.Pattern, "*?[")
	for _, s := range subjects {
		if s == "" {
			continue
		}
		if glob {
			if ok, _ := path.Match(r.Pattern, s); ok {
				return true
			}
		} else if containsFold(s, r.Pattern) {
			return true
		}
	}
	return false
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// hostOutlet names an outlet by the host of its URL, without www., m. and
// the like: https://www.bbc.co.uk/news/1 -> bbc.co.uk.
func hostOutlet(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" || !strings.Contains(u.Hostname(), ".") {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "www2.", "www3.", "m.", "amp.", "mobile."} {
		if strings.HasPrefix(h, p) && strings.Count(h, ".") > 1 {
			h = h[len(p):]
			break
		}
	}
	return h
}

// fieldOutlet tidies an outlet field: white space folded, and a domain
// ("www.example.com", "https://example.com/") named as [hostOutlet] names it.
func fieldOutlet(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if !strings.Contains(s, " ") && strings.Contains(s, ".") && !strings.HasSuffix(s, ".") {
		if h := hostOutlet(s); h != "" {
			return h
		}
	}
	return s
}

// urlDatePattern matches the dates news sites put in article paths:
// /2016/09/20/, /2016-09-20/, /20160920/ (the last only between slashes).
var urlDatePattern = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/`)

// urlDate returns the publication day written in a URL's path.
func urlDate(raw string) (time.Time, bool) {
	if raw == "" {
		return time.Time{}, false
	}
	p := raw
	if u, err := url.Parse(raw); err == nil {
		p = u.EscapedPath()
	}
	m := urlDatePattern.FindStringSubmatch(p)
	if m == nil {
		return time.Time{}, false
	}
	if m[1] == "" {
		m = []string{m[0], m[4], m[5], m[6]}
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	return t, err == nil
}

// dateline finds the agency or outlet marker that opens a story:
// "(MENAFN) …", "KYIV, Ukraine (AP) — …", "WASHINGTON (Reuters) - …".
// The place before the parenthesis is in capitals; the name is at most four
// words with no digits.
var dateline = regexp.MustCompile(`^(?:[\p{Lu}][\p{Lu}\p{L}.' ,-]{0,60}?\s+)?\(([\p{L}][\p{L}&.' ]{0,30}[\p{L}.])\)\s*(?:[-—–:]\s*)?\S`)

func datelineOutlet(first string) string {
	m := dateline.FindStringSubmatch(first)
	if m == nil {
		return ""
	}
	name := m[1]
	if strings.Count(name, " ") > 3 {
		return ""
	}
	// "(Updated)" or "(Photo)" and the like are not outlets: an outlet
	// marker is either all capitals (MENAFN, AP, AFP) or a known proper name
	// followed by the dash of a dateline.
	open := strings.Index(m[0], "(")
	rest := strings.TrimSpace(m[0][open+len(name)+2:])
	if strings.ToUpper(name) != name && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") {
		return ""
	}
	return name
}
