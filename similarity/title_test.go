package similarity

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// titleCases are pairs of titles with the range their score must fall in;
// FuzzTitleSimilarity is seeded from them.
var titleCases = []struct {
	reason   string
	a, b     string
	canon    Canon
	min, max float64
	ok       bool
}{
	{"identical", "Trump Plans Meeting on Arizona Birth Bill", "Trump Plans Meeting on Arizona Birth Bill", nil, 1, 1, true},
	{"case and typographic quotes fold", "Putin’s Envoys Meet in Moscow", "putin's envoys meet in MOSCOW", nil, 1, 1, true},
	{"pure reordering", "Zelenskyy and Witkoff hold talks in Berlin", "In Berlin, Witkoff and Zelenskyy hold talks", nil, 1, 1, true},
	{"reordered with other small words", "US envoys meet Putin in Moscow", "In Moscow, Putin meets with the US envoys", nil, 0.75, 1, true},
	{"lightly edited spelling", "Zelensky meets US envoys in Berlin", "Zelenskyy meets US envoys in Berlin", nil, 0.85, 1, true},
	{"canon folds variants", "Talks in Kiev on the Donbass", "Talks in Kyiv on the Donbas", topicalKyiv, 1, 1, true},
	{"same event, rewritten", "Russia and Ukraine hold peace talks in Berlin", "Peace talks between Ukraine and Russia open in Berlin", nil, 0.6, 0.95, true},
	{"same subject, other event", "Trump signs tax bill", "Trump vetoes defence bill", nil, 0.3, 0.7, true},
	{"unrelated", "Heavy snow closes roads across the Alps", "Central bank leaves interest rates unchanged", nil, 0, 0.2, true},
	{"unrelated, shared stop words", "What the talks in Berlin mean for the war", "What the storm in the Alps means for skiers", nil, 0, 0.35, true},
	{"stop words only, identical", "What now?", "What now?", nil, 1, 1, true},
	{"stop words only against content", "What now?", "Peace now", nil, 0.3, 0.8, true},
	{"numbers only", "2025", "2025", nil, 1, 1, true},
	{"one letter", "A", "B", nil, 0, 0, true},
	{"empty", "", "Peace talks in Berlin", nil, 0, 0, false},
	{"both empty", "", "", nil, 0, 0, false},
	{"punctuation only", "— ? !", "Peace talks", nil, 0, 0, false},
	{"canon drops every word", "MENAFN", "MENAFN", topicalKyiv, 0, 0, false},
}

func TestTitleSimilarity(t *testing.T) {
	for _, tt := range titleCases {
		got, ok := TitleSimilarity(tt.a, tt.b, tt.canon)
		if ok != tt.ok || got < tt.min || got > tt.max {
			t.Errorf("%s: TitleSimilarity(%q, %q) = %.3f, %v; want [%.2f, %.2f], %v",
				tt.reason, tt.a, tt.b, got, ok, tt.min, tt.max, tt.ok)
		}
		back, bok := TitleSimilarity(tt.b, tt.a, tt.canon)
		if back != got || bok != ok {
			t.Errorf("%s: not symmetric: %v, %v then %v, %v", tt.reason, got, ok, back, bok)
		}
	}
}

// FuzzTitleSimilarity checks, for any two strings, that the score is in
// [0, 1] and 0 when not ok, that it is symmetric, and that a title with
// words scores exactly 1 against itself. The Canon folds and drops words,
// to cover that path too.
func FuzzTitleSimilarity(f *testing.F) {
	for _, tt := range titleCases {
		f.Add(tt.a, tt.b)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		got, ok := TitleSimilarity(a, b, topicalKyiv)
		if got < 0 || got > 1 || !ok && got != 0 {
			t.Fatalf("TitleSimilarity(%q, %q) = %v, %v", a, b, got, ok)
		}
		back, bok := TitleSimilarity(b, a, topicalKyiv)
		if back != got || bok != ok {
			t.Fatalf("not symmetric: (%q, %q) = %v, %v; reversed %v, %v", a, b, got, ok, back, bok)
		}
		for _, s := range []string{a, b} {
			self, sok := TitleSimilarity(s, s, topicalKyiv)
			if sok && self != 1 || !sok && self != 0 {
				t.Fatalf("TitleSimilarity(%q, itself) = %v, %v; want 1 (or 0 with no words)", s, self, sok)
			}
			if ok && !sok {
				t.Fatalf("%q has words against %q but not against itself", s, a+"|"+b)
			}
		}
	})
}

// BenchmarkTitleSimilarity measures comparing two titles, at typical and
// long title lengths.
func BenchmarkTitleSimilarity(b *testing.B) {
	pairs := []struct {
		name string
		a, b string
	}{
		{"8words", "Zelensky meets US envoys in Berlin for talks", "US envoys and Zelenskyy hold peace talks in Berlin"},
		{"25words", "Russian President Vladimir Putin meets US envoys Steve Witkoff and Jared Kushner in Moscow to discuss the US-drafted peace plan for Ukraine, Kremlin says",
			"Kremlin says Putin held five hours of talks with Witkoff and Kushner on the peace plan, with no compromise yet on territory in the Donbas region"},
	}
	for _, p := range pairs {
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := TitleSimilarity(p.a, p.b, topicalKyiv); !ok {
					b.Fatal("not ok")
				}
			}
		})
	}
}

func ExampleTitleSimilarity() {
	kyiv := func(w string) string {
		if w == "kiev" {
			return "kyiv"
		}
		return w
	}
	titles := [][2]string{
		{"Witkoff and Kushner meet Putin in Moscow", "In Moscow, Putin meets Witkoff and Kushner"},
		{"Zelensky arrives in Kiev", "Zelenskyy arrives in Kyiv"},
		{"Peace talks resume in Berlin", "Heavy snow closes Alpine roads"},
		{"", "Peace talks resume in Berlin"},
	}
	for _, p := range titles {
		score, ok := TitleSimilarity(p[0], p[1], kyiv)
		fmt.Printf("%.2f %v\n", score, ok)
	}
	// Output:
	// 0.88 true
	// 0.82 true
	// 0.11 true
	// 0.00 false
}

// TestTitleAgreesWithStrutil holds the prepared Title to the strutil-based
// TitleSimilarity on random titles, with repeats, non-ASCII letters,
// one-letter and stop-word-only titles, and spelling variants.
func TestTitleAgreesWithStrutil(t *testing.T) {
	words := []string{"Kiev", "Kyiv", "talks", "in", "Berlin", "the", "Zelensky", "Зеленский", "über", "a", "of", "2025",
		"peace", "peace", "U.S.", "envoy", "Donbass", "Donbas", "é", "x", "–", "‘No", "compromise’"}
	canon := func(w string) string {
		if w == "kiev" {
			return "kyiv"
		}
		return w
	}
	r := rand.New(rand.NewPCG(5, 6))
	title := func() string {
		ws := make([]string, r.IntN(9))
		for i := range ws {
			ws[i] = words[r.IntN(len(words))]
		}
		return strings.Join(ws, " ")
	}
	for _, tt := range titleCases {
		want, wantOK := TitleSimilarity(tt.a, tt.b, tt.canon)
		// Written so that a NaN fails ("one letter" has no bigram on either side).
		if got, gotOK := NewTitle(tt.a, tt.canon).Similarity(NewTitle(tt.b, tt.canon)); gotOK != wantOK || !(math.Abs(want-got) <= 1e-12) {
			t.Errorf("%s: Title.Similarity = %v, %v; TitleSimilarity = %v, %v", tt.reason, got, gotOK, want, wantOK)
		}
	}
	for range 3000 {
		a, b := title(), title()
		for _, c := range []Canon{nil, canon} {
			want, wantOK := TitleSimilarity(a, b, c)
			got, gotOK := NewTitle(a, c).Similarity(NewTitle(b, c))
			if wantOK != gotOK || !(math.Abs(want-got) <= 1e-12) {
				t.Fatalf("%q vs %q: Title.Similarity = %v, %v; TitleSimilarity = %v, %v", a, b, got, gotOK, want, wantOK)
			}
		}
	}
}

// TestJoinTitles holds JoinTitles to NewTitle of the joined texts.
func TestJoinTitles(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	words := []string{"Kiev", "talks", "in", "Berlin", "the", "Зеленский", "über", "a", "2025", "peace", "U.S.", "é", "x", "–"}
	text := func() string {
		ws := make([]string, r.IntN(7))
		for i := range ws {
			ws[i] = words[r.IntN(len(words))]
		}
		return strings.Join(ws, " ")
	}
	for range 3000 {
		a, b := text(), text()
		want := NewTitle(a+" "+b, nil)
		got := JoinTitles(NewTitle(a, nil), NewTitle(b, nil))
		if !slices.Equal(want.content, got.content) || !slices.Equal(want.words, got.words) || !slices.Equal(want.bigrams, got.bigrams) {
			t.Fatalf("JoinTitles(%q, %q) = %+v, want %+v", a, b, got, want)
		}
	}
}
