package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dateDay returns the UTC midnight of an ISO date, or the zero time for "".
func dateDay(t testing.TB, iso string) time.Time {
	t.Helper()
	if iso == "" {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", iso)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when the value must be rejected
	}{
		// ISO 8601 and RFC 3339.
		{"2025-12-16", "2025-12-16"},
		{"  2025-12-16\n", "2025-12-16"},
		{"2025-12-16T10:00:00Z", "2025-12-16"},
		{"2025-12-16T10:00:00.123Z", "2025-12-16"},
		{"2025-12-16T10:00:00.999999999Z", "2025-12-16"},
		{"2025-12-16t10:00:00z", "2025-12-16"},
		{"2025-12-16T10:00:00.123456+01:00", "2025-12-16"},
		{"2025-12-16T10:00:00+0100", "2025-12-16"},
		{"2025-12-16T10:00:00+01", "2025-12-16"},
		{"2025-12-16T10:00:00", "2025-12-16"},
		{"2025-12-16T10:00", "2025-12-16"},
		{"2025-12-16 10:00:00", "2025-12-16"},
		{"2025-12-16 10:00:00.5", "2025-12-16"},
		{"2025-12-16 10:00:00 +0000 UTC", "2025-12-16"},
		{"2025-12-16 10:00:00 UTC", "2025-12-16"},
		{"2025-1-6", "2025-01-06"},
		{"2024-02-29", "2024-02-29"},
		// The day as written, whatever the zone.
		{"2025-12-16T23:30:00-05:00", "2025-12-16"},
		{"2025-12-16T00:30:00+09:00", "2025-12-16"},
		{"2025-12-16T23:59:59.999-12:00", "2025-12-16"},
		// RFC 1123, 1123Z and RSS pubDate.
		{"Tue, 16 Dec 2025 10:00:00 GMT", "2025-12-16"},
		{"Tue, 16 Dec 2025 10:00:00 UTC", "2025-12-16"},
		{"Tue, 16 Dec 2025 23:30:00 EST", "2025-12-16"},
		{"Tue, 16 Dec 2025 23:30:00 -0500", "2025-12-16"},
		{"Tue, 2 Dec 2025 10:00:00 +0000", "2025-12-02"},
		{"Tue, 2 Dec 2025 10:00 +0000", "2025-12-02"},
		{"Tue, 02 Dec 2025 10:00:00 +0000", "2025-12-02"},
		{"2 Dec 2025 10:00:00 GMT", "2025-12-02"},
		{"Tue, 2 Dec 2025 10:00:00 GMT+1", "2025-12-02"},
		{"TUE, 02 DEC 2025 10:00:00 GMT", "2025-12-02"},
		// RFC 822, 822Z, 850.
		{"16 Dec 25 10:00 UTC", "2025-12-16"},
		{"16 Dec 25 10:00 -0700", "2025-12-16"},
		{"Tue, 2 Dec 25 10:00:00 +0000", "2025-12-02"},
		{"Tuesday, 16-Dec-25 10:00:00 UTC", "2025-12-16"},
		// ANSIC, UnixDate, RubyDate.
		{"Tue Dec 16 10:00:00 2025", "2025-12-16"},
		{"Tue Dec  2 10:00:00 2025", "2025-12-02"},
		{"Tue Dec 16 10:00:00 UTC 2025", "2025-12-16"},
		{"Tue Dec  2 23:30:00 EST 2025", "2025-12-02"},
		{"Tue Dec 16 23:30:00 -0500 2025", "2025-12-16"},
		// MM/DD/YYYY and M/D/YYYY.
		{"12/16/2025", "2025-12-16"},
		{"1/2/2026", "2026-01-02"},
		{"01/02/2026", "2026-01-02"},
		{"12/16/2025 10:00", "2025-12-16"},
		{"12/16/2025 3:04 PM", "2025-12-16"},
		{"12/16/2025, 11:59:59 p.m.", "2025-12-16"},
		// YYYY/MM/DD.
		{"2025/12/16", "2025-12-16"},
		{"2025/12/16 10:00:00", "2025-12-16"},
		// Written forms.
		{"December 16, 2025", "2025-12-16"},
		{"December 16 2025", "2025-12-16"},
		{"Dec 16, 2025", "2025-12-16"},
		{"Dec. 16, 2025", "2025-12-16"},
		{"Sept. 5, 2025", "2025-09-05"},
		{"May 5, 2025", "2025-05-05"},
		{"December 2nd, 2025", "2025-12-02"},
		{"16 December 2025", "2025-12-16"},
		{"2nd December 2025", "2025-12-02"},
		{"2 Jan 2026", "2026-01-02"},
		{"Tuesday, December 16, 2025", "2025-12-16"},
		{"Tuesday 16 December 2025", "2025-12-16"},
		{"December 16, 2025 at 3:04 p.m.", "2025-12-16"},
		{"December 16, 2025, 10:00 AM EST", "2025-12-16"},
		{"DECEMBER 16, 2025", "2025-12-16"},
		{"december 16 2025", "2025-12-16"},
		// Unix seconds and milliseconds.
		{"1765879200", "2025-12-16"},
		{"1765929599", "2025-12-16"},
		{"1765929600", "2025-12-17"},
		{"1765879200.5", "2025-12-16"},
		{"1765879200000", "2025-12-16"},
		{"1765929599999", "2025-12-16"},
		{"1765879200000.25", "2025-12-16"},
		{"86400", "1970-01-02"},
		// M/D/YY, as some US dumps write it.
		{"1/2/25", "2025-01-02"},
		{"7/23/17", "2017-07-23"},
		{"12/31/69", "1969-12-31"},
		{"12/31/68", "2068-12-31"},
		// Eight digits that make a calendar date are that date.
		{"20251216", "2025-12-16"},
		{"20251345", "1970-08-23"},

		// Rejects.
		{"", ""},
		{"   ", ""},
		{"yesterday", ""},
		{"13/45/2020", ""},
		{"02/30/2025", ""},
		{"1/2/2", ""},
		{"1/2/025", ""},
		{"2025-02-30", ""},
		{"2025-02-29", ""},
		{"2025-13-01", ""},
		{"2025-12", ""},
		{"2025-12-16T", ""},
		{"2025-12-16T25:00:00Z", ""},
		{"2025-12-16T10:60:00Z", ""},
		{"2025-12-16T10:00:00+25:00", ""},
		{"2025-12-16 foo", ""},
		{"2025-12-16T10:00:00Z junk", ""},
		{"1850-01-01", ""},
		{"0000-01-01", ""},
		{"1/1/0000", ""},
		{"January 1, 1850", ""},
		{"2101-01-01", ""},
		{"Mon, 01 Jan 1850 10:00:00 GMT", ""},
		{"16 December", ""},
		{"December 16", ""},
		{"December 2025", ""},
		{"Tuesday", ""},
		{"Tue Dec 16 10:00:00 1850", ""},
		{"0", ""},
		{"12345678901234", ""},
		{"99999999999", ""},
		{"9999999999", ""}, // 2286
		{"1765879200000000", ""},
		{"-1765879200", ""},
		{"1.2.3", ""},
		{".5", ""},
		{"2025-12-16" + strings.Repeat(" ", 100) + "x", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		want := dateDay(t, tt.want)
		if ok != (tt.want != "") {
			t.Errorf("ParseDate(%q) ok = %v, want %v (date %v)", tt.in, ok, !ok, got)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if ok && got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) location = %v, want UTC", tt.in, got.Location())
		}
	}
}

// TestParseDateGoFormats checks that what Go's own layouts write is read back
// as the day it was written in.
func TestParseDateGoFormats(t *testing.T) {
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.RFC822,
		time.RFC822Z, time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate,
		time.DateTime, time.DateOnly, "2006-01-02 15:04:05.999999999 -0700 MST",
	}
	zones := []*time.Location{
		time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 9*3600),
		time.FixedZone("IST", 5*3600+1800),
	}
	for _, layout := range layouts {
		for _, loc := range zones {
			for _, tm := range []time.Time{
				time.Date(2025, 12, 2, 0, 0, 0, 0, loc),
				time.Date(2025, 12, 16, 23, 59, 59, 999, loc),
				time.Date(2026, 1, 1, 9, 5, 7, 0, loc),
			} {
				s := tm.Format(layout)
				y, m, d := tm.Date()
				want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				got, ok := ParseDate(s)
				if !ok {
					t.Errorf("ParseDate(%q) failed", s)
					continue
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", s, diff)
				}
			}
		}
	}
}

func TestFindDates(t *testing.T) {
	type td = TextDate
	tests := []struct {
		name string
		text string
		want []TextDate
	}{
		{"month day year", "on December 2, 2025.", []td{{2025, 12, 2, 3}}},
		{"abbreviated with stop", "Dec. 2, 2025", []td{{2025, 12, 2, 0}}},
		{"abbreviated no comma", "Dec 2 2025", []td{{2025, 12, 2, 0}}},
		{"sept", "Sept. 30, 2025", []td{{2025, 9, 30, 0}}},
		{"weekday", "Tuesday, December 2, 2025", []td{{2025, 12, 2, 9}}},
		{"day month year", "on 2 December 2025", []td{{2025, 12, 2, 3}}},
		{"ordinal day first", "2nd December 2025", []td{{2025, 12, 2, 0}}},
		{"ordinal of", "the 2nd of December, 2025", []td{{2025, 12, 2, 4}}},
		{"ordinal month first", "by December 2nd.", []td{{0, 12, 2, 3}}},
		{"ordinal with year", "December 2nd, 2025", []td{{2025, 12, 2, 0}}},
		{"no year day first", "later on 15 December.", []td{{0, 12, 15, 9}}},
		{"no year month first", "on December 15 the", []td{{0, 12, 15, 3}}},
		{"iso", "updated 2025-12-02.", []td{{2025, 12, 2, 8}}},
		{"iso with time", "2025-12-02T10:00:00Z", []td{{2025, 12, 2, 0}}},
		{"iso in url", "https://x.org/2025-12-02-talks", []td{{2025, 12, 2, 14}}},
		{"comma no space", "December 2,2025", []td{{2025, 12, 2, 0}}},
		{"no-break spaces", "December\u00a02,\u00a02025", []td{{2025, 12, 2, 0}}},
		{"leading zero", "Dec 02, 2025", []td{{2025, 12, 2, 0}}},
		{"em dash before", "—May 5", []td{{0, 5, 5, 3}}},
		{"range", "14-15 December 2025", []td{{2025, 12, 15, 3}}},
		{"en dash range", "14–15 December", []td{{0, 12, 15, 5}}},
		{"several", "On 14 December talks began; by December 15, 2025 they ended (2025-12-16).",
			[]td{{0, 12, 14, 3}, {2025, 12, 15, 31}, {2025, 12, 16, 61}}},
		{"leap day no year", "February 29", []td{{0, 2, 29, 0}}},
		{"leap day leap year", "February 29, 2024", []td{{2024, 2, 29, 0}}},
		{"may at sentence start", "It may rain. May 5 is a Monday.", []td{{0, 5, 5, 13}}},
		{"time then date", "at 10:30 on May 5", []td{{0, 5, 5, 12}}},

		// Not dates.
		{"empty", "", nil},
		{"modal may", "prices may 5 times", nil},
		{"lower-case month", "on 2 december 2025", nil},
		{"all caps", "DECEMBER 2", nil},
		{"month year", "in March 2022 and December 2025", nil},
		{"month comma year", "December, 2025", nil},
		{"number sign", "No. 10 Downing Street", nil},
		{"time before month", "at 10:30 December talks", nil},
		{"decimal before month", "rose 1.5 May", nil},
		{"thousands", "May 5,000 people", nil},
		{"decimal after day", "May 5.5", nil},
		{"time after day", "May 10:30", nil},
		{"impossible day", "February 30", nil},
		{"impossible day year", "February 29, 2025", nil},
		{"day 31 of April", "31 April", nil},
		{"day zero", "December 0", nil},
		{"day too big", "December 32 and 45 March", nil},
		{"three digits", "December 100", nil},
		{"year out of range", "May 5, 1850", nil},
		{"day month old year", "5 May 1899 or 3 May 2101", nil},
		{"not month words", "Mayor 5, Junior 3, Decembers 2, Marching 4", nil},
		{"glued", "Dec2 2Dec", nil},
		{"am", "May 5am", nil},
		{"letter before", "éMay 5", nil},
		{"line break", "December\n2", nil},
		{"iso out of range", "1850-01-01 2025-13-01 2025-02-30", nil},
		{"iso glued", "12025-12-02 2025-12-021 2025-12-02-1 x2025-12-02", nil},
		{"article", "Article 5–style guarantees", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindDates(tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindDates(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestFindDatesNoAllocs(t *testing.T) {
	text := strings.Repeat("No dates here: 10:30, No. 10, may 5, March 2022, 1.5 May, Mayor 5. ", 20)
	if allocs := testing.AllocsPerRun(10, func() { FindDates(text) }); allocs != 0 {
		t.Errorf("FindDates allocated %v times on a text without dates", allocs)
	}
}

func TestInferDate(t *testing.T) {
	tests := []struct {
		name string
		ds   []TextDate
		ref  string
		want string // "" when no date is usable
	}{
		{"none", nil, "2025-12-15", ""},
		{"latest", []TextDate{{2025, 12, 2, 0}, {2025, 12, 5, 1}, {2025, 11, 30, 2}}, "", "2025-12-05"},
		{"year before ref", []TextDate{{0, 12, 30, 0}}, "2026-01-03", "2025-12-30"},
		{"year after ref", []TextDate{{0, 1, 2, 0}}, "2025-12-20", "2026-01-02"},
		{"same year", []TextDate{{0, 12, 14, 0}, {0, 12, 15, 9}}, "2025-12-15", "2025-12-15"},
		{"no ref ignores yearless", []TextDate{{0, 12, 30, 0}}, "", ""},
		{"no ref keeps dated", []TextDate{{0, 12, 30, 0}, {2025, 12, 2, 9}}, "", "2025-12-02"},
		{"yearless later than dated", []TextDate{{2025, 12, 2, 0}, {0, 12, 4, 9}}, "2025-12-03", "2025-12-04"},
		{"leap day", []TextDate{{0, 2, 29, 0}}, "2025-12-20", "2024-02-29"},
		{"invalid ignored", []TextDate{{2025, 2, 30, 0}, {0, 13, 1, 1}, {1850, 1, 1, 2}}, "2025-12-15", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := InferDate(tt.ds, dateDay(t, tt.ref))
			if ok != (tt.want != "") {
				t.Fatalf("InferDate ok = %v, want %v (date %v)", ok, !ok, got)
			}
			if diff := cmp.Diff(dateDay(t, tt.want), got); diff != "" {
				t.Errorf("InferDate mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferDateRefClock checks that only ref's calendar day counts.
func TestInferDateRefClock(t *testing.T) {
	ref := time.Date(2025, 7, 2, 23, 0, 0, 0, time.FixedZone("", -5*3600)) // July 3 in UTC
	got, ok := InferDate([]TextDate{{0, 1, 1, 0}}, ref)
	// From July 2, January 1 2025 is 182 days back and January 1 2026 183 ahead.
	if diff := cmp.Diff(dateDay(t, "2025-01-01"), got); !ok || diff != "" {
		t.Errorf("InferDate mismatch (ok %v) (-want +got):\n%s", ok, diff)
	}
}

func dateReadSeed(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSeedDates(t *testing.T) {
	text := dateReadSeed(t, "001_1c2c2081d55c5b3c.txt")
	ds := FindDates(text)
	want := []TextDate{{2025, 12, 2, strings.Index(text, "December 2, 2025")}}
	if diff := cmp.Diff(want, ds); diff != "" {
		t.Errorf("FindDates(seed 001) mismatch (-want +got):\n%s", diff)
	}
	got, ok := InferDate(ds, time.Time{})
	if diff := cmp.Diff(dateDay(t, "2025-12-02"), got); !ok || diff != "" {
		t.Errorf("InferDate(seed 001) mismatch (ok %v) (-want +got):\n%s", ok, diff)
	}

	text = dateReadSeed(t, "004_fa79ad35558de7c7.txt")
	ds = FindDates(text)
	if len(ds) != 3 {
		t.Errorf("FindDates(seed 004) = %v, want the three yearless dates", ds)
	}
	got, ok = InferDate(ds, dateDay(t, "2025-12-15"))
	if diff := cmp.Diff(dateDay(t, "2025-12-15"), got); !ok || diff != "" {
		t.Errorf("InferDate(seed 004) mismatch (ok %v) (-want +got):\n%s", ok, diff)
	}
	if _, ok := InferDate(ds, time.Time{}); ok {
		t.Errorf("InferDate(seed 004, no ref) found a date, want none")
	}
}

// TestSeedHeaderDates checks that the " date YYYY-MM-DD" header of the seeds
// that have one is among the dates found in them.
func TestSeedHeaderDates(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, p := range paths {
		text := dateReadSeed(t, filepath.Base(p))
		header, _, _ := strings.Cut(text, "\n")
		rest, ok := strings.CutPrefix(header, " date ")
		if !ok || len(rest) < 10 {
			continue
		}
		want, ok := ParseDate(rest[:10])
		if !ok {
			t.Errorf("%s: header date %q not parsed", p, rest[:10])
			continue
		}
		got, ok := InferDate(FindDates(header), time.Time{})
		if diff := cmp.Diff(want, got); !ok || diff != "" {
			t.Errorf("%s: header date mismatch (ok %v) (-want +got):\n%s", p, ok, diff)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-12-16T23:30:00-05:00", "Tue, 2 Dec 2025 10:00:00 +0000", "12/16/2025",
		"December 16, 2025", "1765879200000", "Tue Dec  2 10:00:00 2025",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if !ok {
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) = %v, false; want the zero time", s, got)
			}
			return
		}
		if got.Location() != time.UTC || !got.Equal(got.Truncate(24*time.Hour)) {
			t.Errorf("ParseDate(%q) = %v, want UTC midnight", s, got)
		}
		if y := got.Year(); y < 1900 || y > 2100 {
			t.Errorf("ParseDate(%q) = %v, year out of range", s, got)
		}
		iso := got.Format(time.DateOnly)
		if back, ok := ParseDate(iso); !ok || !back.Equal(got) {
			t.Errorf("ParseDate(%q) = %v, but ParseDate(%q) = %v, %v", s, got, iso, back, ok)
		}
	})
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"Tuesday, December 2, 2025, and 15 December", "2nd of Dec. 2025 at 10:30",
		"May 5,000 may 5 2025-12-02T10:00", "14–15 December\u00a02025",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ds := FindDates(text)
		prev := -1
		for _, d := range ds {
			if d.Offset <= prev || d.Offset >= len(text) {
				t.Fatalf("FindDates(%q): offset %d after %d, text length %d", text, d.Offset, prev, len(text))
			}
			prev = d.Offset
			if c := text[d.Offset]; !('0' <= c && c <= '9') && !('A' <= c && c <= 'Z') {
				t.Errorf("FindDates(%q): date %+v starts at %q", text, d, c)
			}
			if d.Year != 0 && (d.Year < 1900 || d.Year > 2100) {
				t.Errorf("FindDates(%q): date %+v has a year out of range", text, d)
			}
			y := d.Year
			if y == 0 {
				y = 2024 // a leap year, for February 29
			}
			if d.Month < time.January || d.Month > time.December || d.Day < 1 ||
				time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day {
				t.Errorf("FindDates(%q): invalid date %+v", text, d)
			}
		}
		for _, ref := range []time.Time{{}, time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC)} {
			got, ok := InferDate(ds, ref)
			if !ok {
				continue
			}
			if got.Location() != time.UTC || !got.Equal(got.Truncate(24*time.Hour)) {
				t.Errorf("InferDate(FindDates(%q)) = %v, want UTC midnight", text, got)
			}
			if y := got.Year(); y < 1900 || y > 2100 {
				t.Errorf("InferDate(FindDates(%q)) = %v, year out of range", text, got)
			}
		}
	})
}

func BenchmarkFindDates(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var sb strings.Builder
	for _, p := range paths {
		sb.WriteString(dateReadSeed(b, filepath.Base(p)))
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindDates(text)
	}
}

func BenchmarkParseDate(b *testing.B) {
	values := []string{
		"2025-12-16T10:00:00Z", "Tue, 2 Dec 2025 10:00:00 +0000", "12/16/2025",
		"December 16, 2025", "1765879200", "Tue Dec 16 10:00:00 2025", "yesterday",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range values {
			ParseDate(v)
		}
	}
}
