package english

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestVerbs(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want VerbClass
	}{
		{"said", Speech | Neutral | Attributing | Common | Question},
		{"quipped", Speech | Question},
		{"stated", Speech | Neutral | Attributing},
		{"alleged", Speech | Doubting},
		{"revealed", Speech | Endorsing | Attributing},
		{"believes", Attributing},
		{"Said", 0}, // lower case only
		{"walked", 0},
	} {
		if got := Verb(tt.w); got != tt.want {
			t.Errorf("Verb(%q) = %b, want %b", tt.w, got, tt.want)
		}
	}
	if !IsSpeechVerb("asked") || IsSpeechVerb("believe") {
		t.Error("IsSpeechVerb: asked is one, believe is not")
	}
	common := Verbs(Common)
	slices.Sort(common)
	if !slices.Equal(common, []string{"said", "say", "says", "told"}) {
		t.Errorf("Verbs(Common) = %q", common)
	}
	stance := Verbs(Neutral | Doubting | Endorsing)
	slices.Sort(stance)
	if len(stance) != 31 || !slices.Contains(stance, "contends") || slices.Contains(stance, "asked") {
		t.Errorf("Verbs(Neutral|Doubting|Endorsing) = %q", stance)
	}
	if !Question.Is("asked") || Question.Is("revealed") || !Speech.Is("revealed") {
		t.Error("Question: asked is one, revealed is not")
	}
	// Every stance and question verb is a speech verb.
	for _, w := range append(stance, Verbs(Question)...) {
		if !IsSpeechVerb(w) {
			t.Errorf("%q reports with a stance but is no speech verb", w)
		}
	}
}

func TestTitles(t *testing.T) {
	for _, w := range []string{"Mr", "Mrs", "Dr", "Gen", "Lt", "Sen", "Msgr"} {
		if !IsTitle(w) {
			t.Errorf("IsTitle(%q) = false", w)
		}
	}
	for _, w := range []string{"mr", "MR", "Mr.", "St", "Mt", "President", ""} {
		if IsTitle(w) {
			t.Errorf("IsTitle(%q) = true", w)
		}
	}
	ts := Titles()
	if len(ts) == 0 || ts[0] != "Mr" {
		t.Errorf("Titles() = %q, want Mr first", ts)
	}
	ts[0] = "changed"
	if Titles()[0] != "Mr" {
		t.Error("Titles returns the package's own slice")
	}
}

func TestCalendar(t *testing.T) {
	for _, tt := range []struct {
		w    string
		m    time.Month
		abbr bool
	}{
		{"January", time.January, false},
		{"Sept", time.September, true},
		{"Sep", time.September, true},
		{"May", time.May, false},
		{"Dec", time.December, true},
		{"may", 0, false},
		{"DEC", 0, false},
		{"Monday", 0, false},
	} {
		if m, abbr := Month(tt.w); m != tt.m || abbr != tt.abbr {
			t.Errorf("Month(%q) = %v, %v; want %v, %v", tt.w, m, abbr, tt.m, tt.abbr)
		}
	}
	for w, want := range map[string]bool{"Tuesday": true, "Tues": true, "Thurs": true, "Sun": true, "tuesday": false, "May": false} {
		if got := IsWeekday(w); got != want {
			t.Errorf("IsWeekday(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"Tuesday": true, "tuesday": true, "December": true, "march": true,
		"May": true, "may": true, "Dec": false, "TUESDAY": false} {
		if got := IsCalendarName(w); got != want {
			t.Errorf("IsCalendarName(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"Dec": true, "Tues": true, "Sept": true, "Sun": true, "May": false, "December": false} {
		if got := IsCalendarAbbrev(w); got != want {
			t.Errorf("IsCalendarAbbrev(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"May": true, "may": true, "Sun": true, "sun": true, "March": false, "Sunday": false} {
		if got := HasOtherSense(w); got != want {
			t.Errorf("HasOtherSense(%q) = %v", w, got)
		}
	}
}

func TestPossessive(t *testing.T) {
	for w, want := range map[string]string{
		"Kiev’s":      "Kiev",
		"Zelenskyy's": "Zelenskyy",
		"KIEV'S":      "KIEV",
		"KIEV’S":      "KIEV",
		"envoys'":     "envoys",
		"Kiev’":       "Kiev",
		"a's":         "a",
		"Kiev‘s":      "Kiev‘s", // an opening quote, not an apostrophe
		"Kiev＇s":      "Kiev＇s",
		"'s":          "'s",
		"’s":          "’s",
		"'":           "'",
		"’":           "’",
		"Kievs":       "Kievs",
		"":            "",
	} {
		if got := TrimPossessive(w); got != want {
			t.Errorf("TrimPossessive(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestFoldApostrophes(t *testing.T) {
	for in, want := range map[string]string{
		"O’Connor": "O'Connor", "Hawaiʻi": "Hawai'i", "Rus`": "Rus'", "Kyiv": "Kyiv", "Zürich’s": "Zürich's",
	} {
		if got := FoldApostrophes(in); got != want {
			t.Errorf("FoldApostrophes(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"said\n", "said speech\nsaid neutral\n", "said shouting\n"} {
		if _, err := parseVerbs(src); err == nil {
			t.Errorf("parseVerbs(%q): no error", src)
		}
	}
	for _, src := range []string{"Mr Mrs\n", "Mr\nMr\n"} {
		if _, _, err := parseTitles(src); err == nil {
			t.Errorf("parseTitles(%q): no error", src)
		}
	}
	months := strings.Join([]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}, "\n")
	for _, src := range []string{"", months, months + "\nMonday\nTuesday\nWednesday\nThursday\nFriday\nSunday\nSaturday\n",
		strings.Replace(months, "January", "January Jan", 1) + "\nMonday Jan\nTuesday\nWednesday\nThursday\nFriday\nSaturday\nSunday\n"} {
		if _, err := parseCalendar(src); err == nil {
			t.Errorf("parseCalendar(%q): no error", src)
		}
	}
	if _, err := parseCalendar(months + "\nMonday\nTuesday\nWednesday\nThursday\nFriday\nSaturday\nSunday\n"); err != nil {
		t.Errorf("parseCalendar of names alone: %v", err)
	}
}

func TestIndex(t *testing.T) {
	x := newIndex[int]()
	for i, w := range []string{"Mr", "Messrs", "Dr"} {
		x.add(w, i+1)
	}
	for w, want := range map[string]int{"Mr": 1, "Messrs": 2, "Dr": 3, "": 0, "M": 0, "Mrs": 0, "Messrsx": 0, "mr": 0} {
		if got, ok := x.get(w); got != want || ok != (want != 0) {
			t.Errorf("get(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if empty := newIndex[bool](); empty.has("") || empty.has("a") {
		t.Error("an empty index has words")
	}
}

func TestRoles(t *testing.T) {
	for _, w := range []string{"president", "envoy", "aide", "senior", "general", "sheriff"} {
		if !IsRole(w) {
			t.Errorf("IsRole(%q) = false", w)
		}
	}
	for _, w := range []string{"President", "house", "court", "mr", "the", ""} {
		if IsRole(w) {
			t.Errorf("IsRole(%q) = true", w)
		}
	}
	for _, tc := range []struct {
		w                 string
		qualifier, inBody bool
	}{
		{"senior", true, false}, {"former", true, false}, {"special", true, true},
		{"general", false, true}, {"foreign", true, true}, {"envoy", false, false}, {"house", false, false},
	} {
		if Qualifier.Is(tc.w) != tc.qualifier || Body.Is(tc.w) != tc.inBody {
			t.Errorf("%q: qualifier %v, body %v; want %v, %v", tc.w, Qualifier.Is(tc.w), Body.Is(tc.w), tc.qualifier, tc.inBody)
		}
	}
	rs := Roles()
	if len(rs) == 0 || rs[0] != "president" {
		t.Errorf("Roles() = %q, want president first", rs)
	}
	rs[0] = "changed"
	if Roles()[0] != "president" {
		t.Error("Roles returns the package's own slice")
	}
	for _, src := range []string{"envoy\nenvoy\n", "envoy boss\n", "Envoy\n"} {
		if _, _, err := parseRoles(src); err == nil {
			t.Errorf("parseRoles(%q): no error", src)
		}
	}
}
