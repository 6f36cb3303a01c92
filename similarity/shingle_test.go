package similarity

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
	"github.com/google/go-cmp/cmp"
)

// shingleRef is the obvious Shingles: each n-gram hashed from scratch, a
// map to de-duplicate, a sort. It pins the rolling computation.
func shingleRef(words []string, n int, canon Canon) []uint64 {
	if n < 1 {
		n = shingleDefaultN
	}
	if len(words) == 0 {
		return nil
	}
	n = min(n, len(words))
	seen := map[uint64]bool{}
	for i := 0; i+n <= len(words); i++ {
		var h uint64
		for _, w := range words[i : i+n] {
			if canon != nil {
				w = canon(w)
			}
			h = h*shinglePrime + xxhash.Sum64String(w)
		}
		seen[shingleMix(h^uint64(n)*shingleLenMix)] = true
	}
	out := make([]uint64, 0, len(seen))
	for h := range seen {
		out = append(out, h)
	}
	slices.Sort(out)
	return out
}

// shingleGrams returns the distinct n-grams of words as strings, what
// Shingles must count when no two of them collide.
func shingleGrams(words []string, n int) map[string]bool {
	if n < 1 {
		n = shingleDefaultN
	}
	n = min(n, len(words))
	grams := map[string]bool{}
	for i := 0; len(words) > 0 && i+n <= len(words); i++ {
		// Length-prefixed, so that no word's bytes can fake a boundary.
		var key strings.Builder
		for _, w := range words[i : i+n] {
			fmt.Fprintf(&key, "%d:%s", len(w), w)
		}
		grams[key.String()] = true
	}
	return grams
}

// shingleCheck asserts the properties of any Shingles result.
func shingleCheck(t *testing.T, words []string, n int, got []uint64) {
	t.Helper()
	for i := 1; i < len(got); i++ {
		if got[i-1] >= got[i] {
			t.Fatalf("Shingles(%q, %d) not strictly increasing at %d: %x >= %x", words, n, i, got[i-1], got[i])
		}
	}
	if want := len(shingleGrams(words, n)); len(got) != want {
		t.Fatalf("Shingles(%q, %d) has %d shingles, want %d distinct n-grams", words, n, len(got), want)
	}
}

var kyivCanon Canon = func(w string) string {
	switch w {
	case "kiev":
		return "kyiv"
	case "donbass":
		return "donbas"
	}
	return w
}

func TestShinglesEqual(t *testing.T) {
	tests := []struct {
		reason string
		a, b   string
		n      int
		canon  Canon
		equal  bool
	}{
		{"same text", "the talks in berlin", "the talks in berlin", 2, nil, true},
		{"order matters", "a b c", "c b a", 2, nil, false},
		{"order matters within one shingle", "a b", "b a", 2, nil, false},
		{"word boundaries are hashed", "ab c", "a bc", 2, nil, false},
		{"boundaries in a short text", "ab c", "a bc", 5, nil, false},
		{"repeats do not count", "a b a b a b", "a b a b", 2, nil, true},
		{"n < 1 means 5", "one two three four five six", "one two three four five six", 0, nil, true},
		{"short text against its prefix", "one two", "one two three", 5, nil, false},
		{"canon folds variants", "talks in kiev on donbass", "talks in kyiv on donbas", 2, kyivCanon, true},
		{"no canon keeps variants apart", "talks in kiev on donbass", "talks in kyiv on donbas", 2, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			a := Shingles(strings.Fields(tt.a), tt.n, tt.canon)
			b := Shingles(strings.Fields(tt.b), tt.n, tt.canon)
			if got := slices.Equal(a, b); got != tt.equal {
				t.Errorf("Shingles(%q) == Shingles(%q): %v, want %v", tt.a, tt.b, got, tt.equal)
			}
		})
	}
}

func TestShinglesCount(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want int
	}{
		{"", 5, 0},
		{"one", 5, 1},
		{"one two three four", 5, 1},
		{"one two three four five", 5, 1},
		{"one two three four five six", 5, 2},
		{"one two three four five six", 0, 2},
		{"one two three four five six", -3, 2},
		{"a a a a a a a a a a", 1, 1},
		// Two windows, the same words: one shingle.
		{"a a a a a a", 5, 1},
		{"a a a a a a a a a a", 3, 1},
		{"a b a b a b a b", 2, 2},
		{"a b c d e f g", 1, 7},
		{"a b c d e f g", 7, 1},
		{"a b c d e f g", 8, 1},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		got := Shingles(words, tt.n, nil)
		if len(got) != tt.want {
			t.Errorf("len(Shingles(%q, %d)) = %d, want %d", tt.text, tt.n, len(got), tt.want)
		}
		shingleCheck(t, words, tt.n, got)
	}
}

// TestShinglesReference compares the rolling hashes with hashes computed
// from scratch, on random texts long enough to use the bucket sort.
func TestShinglesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the talks in berlin moscow kyiv kiev envoy said on monday peace plan")
	for _, size := range []int{1, 3, 5, 6, 63, 64, 65, 200, 1000, 5000} {
		for _, n := range []int{1, 2, 5, 9, 40} {
			words := make([]string, size)
			for i := range words {
				words[i] = vocab[rng.IntN(len(vocab))]
			}
			for _, canon := range []Canon{nil, kyivCanon} {
				got := Shingles(words, n, canon)
				if diff := cmp.Diff(shingleRef(words, n, canon), got); diff != "" {
					t.Fatalf("Shingles(%d words, %d) mismatch (-want +got):\n%s", size, n, diff)
				}
				if canon == nil {
					shingleCheck(t, words, n, got)
				}
			}
		}
	}
}

func TestShinglesAllocs(t *testing.T) {
	if raceEnabled() {
		t.Skip("the race detector makes sync.Pool drop work space at random")
	}
	words := seedWords(t, 1004)
	Shingles(words, 5, nil) // warm the pool
	got := testing.AllocsPerRun(100, func() { Shingles(words, 5, nil) })
	if got != 1 {
		t.Errorf("Shingles allocates %v times per call, want 1", got)
	}
}

func raceEnabled() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" && s.Value == "true" {
			return true
		}
	}
	return false
}

// FuzzShingles checks that for any text and n the shingles are strictly
// increasing and as many as the distinct n-grams, and that a nil Canon is
// the identity.
func FuzzShingles(f *testing.F) {
	f.Add("the talks in berlin on monday", 2)
	f.Add("a b a b a b", 2)
	f.Add("ab c a bc", 1)
	f.Add("", 5)
	f.Add("one", 0)
	f.Fuzz(func(t *testing.T, text string, n int) {
		n %= 12
		words := strings.Fields(text)
		got := Shingles(words, n, nil)
		shingleCheck(t, words, n, got)
		same := Shingles(words, n, func(w string) string { return w })
		if diff := cmp.Diff(got, same); diff != "" {
			t.Fatalf("identity Canon changes the shingles (-nil +identity):\n%s", diff)
		}
	})
}

// seedWords returns the first n words of the seed dump (repeated if need
// be), lower-cased and split on spaces: realistic news text.
func seedWords(tb testing.TB, n int) []string {
	tb.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed texts: %v", err)
	}
	var all []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		all = append(all, strings.Fields(strings.ToLower(string(data)))...)
	}
	words := make([]string, n)
	for i := range words {
		words[i] = all[i%len(all)]
		if i >= len(all) {
			// Vary repeats so that long texts stay mostly distinct.
			words[i] += fmt.Sprint(i / len(all))
		}
	}
	return words
}

func BenchmarkShingles(b *testing.B) {
	for _, size := range []int{100, 1000, 10000} {
		words := seedWords(b, size+4)
		b.Run(fmt.Sprintf("%dwords", size), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Shingles(words, 5, nil)
			}
		})
	}
	words := seedWords(b, 1004)
	b.Run("1000words/canon", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Shingles(words, 5, kyivCanon)
		}
	})
}

// TestNGramHashesWindow: n is the window in words, one hash per start
// position; n < 1 means the default of 5.
func TestNGramHashesWindow(t *testing.T) {
	words := strings.Fields("peace talks in berlin went on for two more days")
	for _, tc := range []struct{ n, want int }{{1, 10}, {2, 9}, {5, 6}, {0, 6}, {-1, 6}, {10, 1}, {11, 1}} {
		if got := len(NGramHashes(words, tc.n)); got != tc.want {
			t.Errorf("NGramHashes of 10 words, n = %d: %d hashes, want %d", tc.n, got, tc.want)
		}
	}
}

func TestNGramHashesAreTheShingles(t *testing.T) {
	for _, text := range []string{"peace talks in berlin went on for two more days", "one two", ""} {
		words := strings.Fields(text)
		hs := NGramHashes(words, 5)
		if want := max(0, len(words)-4); len(words) >= 5 && len(hs) != want {
			t.Errorf("%q: %d hashes, want %d", text, len(hs), want)
		}
		set := slices.Clone(hs)
		slices.Sort(set)
		set = slices.Compact(set)
		if want := Shingles(words, 5, nil); !slices.Equal(set, want) && !(len(set) == 0 && len(want) == 0) {
			t.Errorf("%q: NGramHashes as a set = %x, Shingles = %x", text, set, want)
		}
	}
}
