package discover

import (
	"testing"
)

// TestAssociationValues pins the bias-corrected Cramér's V (Bergsma 2013)
// on tables worked by hand: chi² of the outlets × {a, b} table of n
// articles over r outlets, phi² = max(0, chi²/n - (r-1)/(n-1)), the
// corrected dimensions k~ = 2 - 1/(n-1) and r~ = r - (r-1)²/(n-1), and
// V = sqrt(phi² / min(k~-1, r~-1)).
func TestAssociationValues(t *testing.T) {
	u := func(pairs ...int) []outletUses {
		var out []outletUses
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, outletUses{pairs[i], pairs[i+1]})
		}
		return out
	}
	for _, tt := range []struct {
		name string
		a, b []outletUses
		want float64
	}{
		// Rows (6,1), (2,3), (1,5): n = 18, chi² = 6.438095, phi² =
		// 0.240025, k~ = 1.941176, r~ = 2.764706: V = sqrt(0.240025/0.941176).
		{"three outlets, leaning", u(0, 6, 1, 2, 2, 1), u(0, 1, 1, 3, 2, 5), 0.5050014406181977},
		// Rows (8,1), (1,6): n = 16, chi² = 8.905014, phi² = 0.489897,
		// k~ = r~ = 1.933333.
		{"two outlets, leaning", u(0, 8, 1, 1), u(0, 1, 1, 6), 0.7244924573849532},
		// Rows (2,0), (0,1): n = 3, chi² = 3, phi² = 1/2, k~ = r~ = 3/2.
		{"three articles, each outlet one spelling", u(0, 2), u(1, 1), 1},
		// Rows (1,0), (0,1), (1,0): r~ = 3 - 4/2 = 1, nothing to measure.
		{"one article in each outlet", u(0, 1, 2, 1), u(1, 1), 0},
		{"one article in each of four outlets", u(0, 1, 2, 1), u(1, 1, 3, 1), 0},
	} {
		if v := association(tt.a, tt.b); !near(v, tt.want, 1e-6) {
			t.Errorf("%s: V = %v, want %v", tt.name, v, tt.want)
		}
		if v := association(tt.b, tt.a); !near(v, tt.want, 1e-6) {
			t.Errorf("%s, b against a: V = %v, want %v", tt.name, v, tt.want)
		}
	}
}
