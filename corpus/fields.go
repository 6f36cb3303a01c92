package corpus

import (
	"fmt"
	"sort"
	"strings"

	"github.com/valyala/fastjson"
)

// Role is what a field of a structured record means to us.
type Role string

const (
	RoleText   Role = "text"
	RoleTitle  Role = "title"
	RoleDate   Role = "date"
	RoleOutlet Role = "outlet"
	RoleURL    Role = "url"
	RoleID     Role = "id"
)

// Roles lists every role in the order fields are documented.
var Roles = []Role{RoleText, RoleTitle, RoleDate, RoleOutlet, RoleURL, RoleID}

// synonyms are the field names recognised for each role, in order of
// preference, compared after [fieldKey] folding.
var synonyms = map[Role][]string{
	RoleText:   {"text", "body", "content", "maintext", "content_original", "article", "full_text", "article_text", "story"},
	RoleTitle:  {"title", "headline"},
	RoleDate:   {"date", "published", "date_publish", "publishedAt", "pubDate", "published_at", "date_published", "datePublished", "publish_date", "pub_date"},
	RoleOutlet: {"outlet", "source", "publisher", "site", "source_domain", "sitename", "site_name", "source_name", "domain"},
	RoleURL:    {"url", "link", "src", "canonical_url", "source_url"},
	RoleID:     {"id", "uuid", "guid", "_id", "article_id", "doc_id"},
}

// fieldKey folds a field name for matching: case, '_' and '-' do not count.
func fieldKey(name string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(name) {
		switch r {
		case '_', '-', ' ':
			continue
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	return b.String()
}

// FieldMap overrides which field of a structured record plays a role, as in
// `--field text=body_html`. It implements flag.Value (and pflag.Value).
type FieldMap map[Role]string

func (m FieldMap) String() string {
	keys := make([]string, 0, len(m))
	for r := range m {
		keys = append(keys, string(r))
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + m[Role(k)]
	}
	return strings.Join(parts, ",")
}

// Set parses "role=field", for example "text=body_html".
func (m FieldMap) Set(s string) error {
	role, name, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf("field mapping %q: want ROLE=FIELD, e.g. text=body_html", s)
	}
	r := Role(strings.ToLower(strings.TrimSpace(role)))
	for _, known := range Roles {
		if r == known {
			m[r] = strings.TrimSpace(name)
			return nil
		}
	}
	return fmt.Errorf("field mapping %q: unknown role %q (want one of text, title, date, outlet, url, id)", s, role)
}

// Type is the flag type name shown in usage.
func (m FieldMap) Type() string { return "role=field" }

const numRoles = 6 // len(Roles)

// resolver picks, for a set of field names, which one plays each role.
type resolver struct {
	want   map[Role][]string     // folded candidate names per role, best first
	lookup map[string][]rolePref // the inverse: the roles a folded name may play
}

type rolePref struct {
	role int // index in Roles
	pref int // rank among the role's names; lower is preferred
}

func newResolver(override FieldMap) *resolver {
	r := &resolver{want: map[Role][]string{}, lookup: map[string][]rolePref{}}
	for ri, role := range Roles {
		if name, ok := override[role]; ok {
			r.want[role] = []string{fieldKey(name)}
		} else {
			for _, s := range synonyms[role] {
				r.want[role] = append(r.want[role], fieldKey(s))
			}
		}
		for pref, k := range r.want[role] {
			r.lookup[k] = append(r.lookup[k], rolePref{ri, pref})
		}
	}
	return r
}

// columns maps each role to the index of the header column that plays it,
// or -1. Matching is on folded names; an override names the field exactly
// (but case-insensitively).
func (r *resolver) columns(header []string) map[Role]int {
	idx := map[string]int{}
	for i, h := range header {
		k := fieldKey(h)
		if _, dup := idx[k]; !dup {
			idx[k] = i
		}
	}
	out := map[Role]int{}
	for _, role := range Roles {
		out[role] = -1
		for _, k := range r.want[role] {
			if i, ok := idx[k]; ok {
				out[role] = i
				break
			}
		}
	}
	return out
}

// fromFastObject fills the fields of rec from a parsed JSON object. A field
// of a role whose value has a type the role cannot use ("text": {…},
// "title": true, "id": {…}) is passed over with a warning naming it, when
// it would have been chosen over the field that was (or when none was).
func (r *resolver) fromFastObject(o *fastjson.Object, rec *record) {
	var found [numRoles]*fastjson.Value
	var rank [numRoles]int
	type wrong struct {
		key  string
		v    *fastjson.Value
		pref int
	}
	var bad [numRoles][]wrong
	o.Visit(func(k []byte, v *fastjson.Value) {
		for _, rp := range r.lookup[fieldKeyBytes(k)] {
			role := Roles[rp.role]
			if !typeFits(v, role) {
				// A name may match a role twice ("id" and "_id" fold alike).
				if n := len(bad[rp.role]); n == 0 || bad[rp.role][n-1].key != string(k) {
					bad[rp.role] = append(bad[rp.role], wrong{string(k), v, rp.pref})
				}
				continue
			}
			if (found[rp.role] == nil || rp.pref < rank[rp.role]) && fastString(v, role) != "" {
				found[rp.role], rank[rp.role] = v, rp.pref
			}
		}
	})
	for ri, role := range Roles {
		if found[ri] != nil {
			rec.set(role, fastString(found[ri], role))
		}
		for _, w := range bad[ri] {
			if found[ri] == nil || w.pref < rank[ri] {
				rec.diag(Warning, "field %q is %s, which gives no %s; ignored", w.key, describeJSON(w.v), role)
			}
		}
	}
}

// typeFits tells whether a JSON value's type can give a role's value:
// text is a string or an array of strings (paragraphs); a title a string or
// an array of strings; a date a string or a number (Unix time); an outlet
// or a URL a string or an object naming it (NewsAPI's "source"); an id a
// string or a number. null fits every role and gives nothing.
func typeFits(v *fastjson.Value, role Role) bool {
	t := v.Type()
	switch t {
	case fastjson.TypeNull, fastjson.TypeString:
		return true
	case fastjson.TypeNumber:
		return role == RoleDate || role == RoleID
	case fastjson.TypeObject:
		return (role == RoleOutlet || role == RoleURL) && fastString(v, role) != ""
	case fastjson.TypeArray:
		if role != RoleText && role != RoleTitle && role != RoleOutlet {
			return false
		}
		for _, e := range v.GetArray() {
			if e.Type() != fastjson.TypeString && e.Type() != fastjson.TypeNull {
				return false
			}
		}
		return true
	}
	return false // true, false
}

// describeJSON names a value's type for a diagnostic, with a short number
// or boolean as written.
func describeJSON(v *fastjson.Value) string {
	switch v.Type() {
	case fastjson.TypeObject:
		return "an object"
	case fastjson.TypeArray:
		return "an array of other than strings"
	case fastjson.TypeNumber:
		if s := v.MarshalTo(nil); len(s) <= 20 {
			return "the number " + string(s)
		}
		return "a number"
	}
	return "the boolean " + string(v.MarshalTo(nil))
}

// fieldKeyBytes is [fieldKey] for the common case of an ASCII key, without
// allocating more than the result.
func fieldKeyBytes(k []byte) string {
	var buf [64]byte
	out := buf[:0]
	for _, c := range k {
		switch {
		case c >= 0x80:
			return fieldKey(string(k))
		case c == '_' || c == '-' || c == ' ':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return string(out)
}

// fastString turns a JSON value into the string a role wants: numbers as
// written (Unix dates stay numeric), an object's "name" (a NewsAPI-style
// source: {"id": …, "name": …}), an array of strings joined as paragraphs.
func fastString(v *fastjson.Value, role Role) string {
	switch v.Type() {
	case fastjson.TypeString:
		return string(v.GetStringBytes())
	case fastjson.TypeNumber, fastjson.TypeTrue, fastjson.TypeFalse:
		return string(v.MarshalTo(nil))
	case fastjson.TypeObject:
		for _, k := range []string{"name", "title", "domain", "url", "id"} {
			if s := v.Get(k); s != nil && s.Type() == fastjson.TypeString {
				if str := string(s.GetStringBytes()); str != "" {
					return str
				}
			}
		}
	case fastjson.TypeArray:
		var parts []string
		for _, e := range v.GetArray() {
			if s := fastString(e, role); s != "" {
				parts = append(parts, s)
			}
		}
		sep := ", "
		if role == RoleText {
			sep = "\n\n"
		}
		return strings.Join(parts, sep)
	}
	return ""
}
