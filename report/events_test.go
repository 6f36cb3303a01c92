package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEventsTable: the events of more than one article in one table, the
// singletons after them in another, and no empty table or heading for
// either.
func TestEventsTable(t *testing.T) {
	const multi = `┌───────┬──────────┬──────────┬──────────────┬───────────────────┐
│ event │ articles │ headline │    label     │        ids        │
├───────┼──────────┼──────────┼──────────────┼───────────────────┤
│ e1    │ 2        │          │ Berlin talks │ 000_1e9a 002_b7b8 │
└───────┴──────────┴──────────┴──────────────┴───────────────────┘
`
	const single = `
singletons (1):
┌───────┬──────┬──────────┬──────────┬────────────────┐
│ event │ date │ article  │ headline │     label      │
├───────┼──────┼──────────┼──────────┼────────────────┤
│ e2    │      │ 001_1c2c │          │ Moscow meeting │
└───────┴──────┴──────────┴──────────┴────────────────┘
`
	es := sampleEvents()
	tests := []struct {
		name string
		es   Events
		want string
	}{
		{"both", es, multi + single},
		{"no singleton", es[:1], multi},
		{"singletons only", es[1:], "no event has more than one article\n" + single},
	}
	for _, tc := range tests {
		if got := render(t, Table, New(nil, tc.es)); got != tc.want {
			t.Errorf("%s (-want +got):\n%s", tc.name, cmp.Diff(tc.want, got))
		}
	}
}
