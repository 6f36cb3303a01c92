package english

import (
	_ "embed"
	"fmt"
	"strings"
	"time"
)

//go:embed calendar.txt
var calendarTxt string

// calendar is what calendar.txt says, by word as written.
type calendar struct {
	months   *index[monthWord] // every name and abbreviation of a month
	weekdays *index[bool]      // every name and abbreviation of a day
	names    *index[bool]      // full names, as written and in lower case
	abbrevs  *index[bool]      // abbreviations
	other    *index[bool]      // marked words, as written and in lower case
}

type monthWord struct {
	m    time.Month
	abbr bool
}

var cal = mustCalendar(calendarTxt)

// parseCalendar reads calendar.txt: twelve lines of months in order, then
// seven of days from Monday, each a name and its abbreviations, a final
// "*" marking a word that is also a common name or word.
func parseCalendar(src string) (*calendar, error) {
	c := &calendar{months: newIndex[monthWord](), weekdays: newIndex[bool](), names: newIndex[bool](), abbrevs: newIndex[bool](), other: newIndex[bool]()}
	lines := parseList(src)
	if len(lines) != 12+7 {
		return nil, fmt.Errorf("%d lines, want 12 months and 7 days", len(lines))
	}
	seen := map[string]bool{}
	for i, l := range lines {
		want := time.Month(i + 1).String()
		if i >= 12 {
			want = time.Weekday((i - 12 + 1) % 7).String()
		}
		for k, f := range l {
			w, marked := strings.CutSuffix(f, "*")
			if k == 0 && w != want {
				return nil, fmt.Errorf("line %d is %q, want %q", i+1, w, want)
			}
			if w == "" || seen[w] {
				return nil, fmt.Errorf("word %q empty or listed twice", f)
			}
			seen[w] = true
			if i < 12 {
				c.months.add(w, monthWord{time.Month(i + 1), k > 0})
			} else {
				c.weekdays.add(w, true)
			}
			if k == 0 {
				c.names.add(w, true)
				c.names.add(strings.ToLower(w), true)
			} else {
				c.abbrevs.add(w, true)
			}
			if marked {
				c.other.add(w, true)
				c.other.add(strings.ToLower(w), true)
			}
		}
	}
	return c, nil
}

func mustCalendar(src string) *calendar {
	c, err := parseCalendar(src)
	if err != nil {
		panic("english: calendar.txt: " + err.Error())
	}
	return c
}

// Month returns the month the word w names as written in running text
// ("May", "September", "Sept"; not "may" or "SEPT") and whether w is an
// abbreviation, which may take a full stop; 0 if w names no month.
func Month(w string) (m time.Month, abbr bool) {
	mw, _ := cal.months.get(w)
	return mw.m, mw.abbr
}

// IsWeekday reports whether w names a day of the week as written in running
// text: "Tuesday", "Tue", "Tues", "Sun".
func IsWeekday(w string) bool { return cal.weekdays.has(w) }

// IsCalendarName reports whether w, capitalised or in lower case, is the
// full name of a month or a day: "Tuesday", "december", "May".
func IsCalendarName(w string) bool { return cal.names.has(w) }

// IsCalendarAbbrev reports whether w, as written and without a full stop,
// abbreviates a month or a day: "Dec", "Tues", "Sun".
func IsCalendarAbbrev(w string) bool { return cal.abbrevs.has(w) }

// HasOtherSense reports whether the calendar word w, capitalised or in
// lower case, is also a common name or word (marked "*" in calendar.txt):
// "May" (Theresa May, "may"), "Sun" (the sun, The Sun). Callers that cannot
// tell the senses apart choose, as calendar.txt explains.
func HasOtherSense(w string) bool { return cal.other.has(w) }
