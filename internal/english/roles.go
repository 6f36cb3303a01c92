package english

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed roles.txt
var rolesTxt string

// RoleClass is a set of classes of a word of office, as roles.txt gives
// them.
type RoleClass uint8

// Classes of roles (see roles.txt).
const (
	// Qualifier words qualify an office without being one: senior,
	// former, special.
	Qualifier RoleClass = 1 << iota
	// Body words also open the names of bodies: General Staff, Foreign
	// Ministry, Press Association.
	Body
)

var roleClassNames = map[string]RoleClass{"qualifier": Qualifier, "body": Body}

var roleList, roles = mustRoles(rolesTxt)

// parseRoles reads roles.txt: a lower-case word, then its classes.
func parseRoles(src string) ([]string, *index[RoleClass], error) {
	var list []string
	set := newIndex[RoleClass]()
	for _, l := range parseList(src) {
		w := l[0]
		switch {
		case w != strings.ToLower(w):
			return nil, nil, fmt.Errorf("role %q: lower case only", w)
		case set.has(w):
			return nil, nil, fmt.Errorf("role %q listed twice", w)
		}
		var c RoleClass
		for _, name := range l[1:] {
			k, ok := roleClassNames[name]
			if !ok {
				return nil, nil, fmt.Errorf("role %q: unknown class %q", w, name)
			}
			c |= k
		}
		list = append(list, w)
		set.add(w, c)
	}
	return list, set, nil
}

func mustRoles(src string) ([]string, *index[RoleClass]) {
	list, set, err := parseRoles(src)
	if err != nil {
		panic("english: roles.txt: " + err.Error())
	}
	return list, set
}

// IsRole reports whether the lower-case word w names an office or role
// written before a name and not part of it: "president", "envoy", "aide",
// "senior".
func IsRole(w string) bool { return roles.has(w) }

// Is reports whether the lower-case word w is a role of class c.
func (c RoleClass) Is(w string) bool {
	k, _ := roles.get(w)
	return k&c != 0
}

// Roles returns the words of IsRole, in the order of roles.txt.
func Roles() []string { return slices.Clone(roleList) }
