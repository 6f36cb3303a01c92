package corpus

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/internal/english"
)

// Dates outside these years are not believed: a news dump has no business
// with them, and they are what misread numbers usually turn into.
const (
	dateMinYear = 1900
	dateMaxYear = 2100
)

// dateMaxLen bounds the length of a date field worth parsing; the longest
// supported form ("Wednesday, September 24, 2025 at 11:59:59.999999 PM GMT+05:30")
// is well under it.
const dateMaxLen = 96

// ParseDate parses the value of a date field of a record. It understands ISO 8601 dates and
// date-times (2025-12-16, 2025-12-16T10:00:00Z, 2025-12-16 10:00:00, with or without zone / fractional seconds),
// RFC 3339, RFC 1123 / 1123Z, RFC 822/850, ANSIC/UnixDate, "Mon, 2 Jan 2006 15:04:05 -0700"-style RSS pubDate with
// single-digit days, MM/DD/YYYY (and M/D/YYYY), "January 2, 2006", "Jan 2, 2006", "2 January 2006", YYYY/MM/DD,
// YYYYMMDD, and Unix seconds (10 digits or fewer, possibly with a fractional part) and Unix milliseconds (13 digits).
// It returns the calendar day as written (the date in the value's own time zone), as a time.Time at 00:00 UTC,
// and false when the value is empty or not a date it understands. Years outside 1900..2100 are rejected.
//
// Month and weekday names are matched without regard to case here (unlike
// [FindDates]), and a time of day after a date may take the forms
// "15:04", "15:04:05.000", "3:04 PM", "3:04 p.m.", optionally preceded by
// "T", ",", or "at" and followed by a zone ("Z", "+01:00", "+0100", "+01",
// "GMT", "UTC+5:30", "+0000 UTC"). The zone never changes the day returned.
// The number 0 is taken for "no date", not for 1970-01-01.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > dateMaxLen {
		return time.Time{}, false
	}
	if t, ok, isNum := dateUnix(s); isNum {
		return t, ok
	}
	if y, m, d, ok := dateParseHand(s); ok {
		// dateValid lets year 0 through as "any year"; here it is a year.
		if y < dateMinYear || y > dateMaxYear || !dateValid(y, m, d) {
			return time.Time{}, false
		}
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	return dateParseLayouts(s)
}

// dateUnix reads s as Unix seconds (at most 10 integer digits) or Unix
// milliseconds (13 integer digits), either with an optional fractional part;
// eight digits that make a valid YYYYMMDD are that date.
// isNum reports whether s has the shape of a number at all, so that the
// caller does not try other forms on it.
func dateUnix(s string) (t time.Time, ok, isNum bool) {
	intEnd := len(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if i == 0 || i == len(s)-1 || intEnd != len(s) {
				return time.Time{}, false, false
			}
			intEnd = i
			continue
		}
		if !dateDigit(c) {
			return time.Time{}, false, false
		}
	}
	var sec int64
	for i := 0; i < intEnd; i++ {
		sec = sec*10 + int64(s[i]-'0')
	}
	switch {
	case intEnd == 8 && intEnd == len(s):
		// YYYYMMDD, as in many URLs and file names: a calendar date when it
		// is one, since Unix seconds of 8 digits would mean 1970–1973.
		y, m, d := int(sec/10000), time.Month(sec/100%100), int(sec%100)
		if y >= dateMinYear && y <= dateMaxYear && dateValid(y, m, d) {
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true, true
		}
	case intEnd == 13:
		sec /= 1000
	case intEnd > 10, sec == 0:
		// Too long, or the 0 that stands for "no date".
		return time.Time{}, false, true
	}
	y, m, d := time.Unix(sec, 0).UTC().Date()
	if y < dateMinYear || y > dateMaxYear {
		return time.Time{}, false, true
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true, true
}

// dateParseHand parses the forms that put the day before the time of day:
// ISO, YYYY/MM/DD, M/D/YYYY and the written forms (with an optional leading
// weekday), each followed by an optional time of day and zone.
func dateParseHand(s string) (y int, m time.Month, d int, ok bool) {
	var td TextDate
	var end int
	switch {
	case dateDigit(s[0]):
		td, end, ok = dateNumeric(s)
	case dateLetter(s[0]):
		td, end, ok = dateWritten(s)
	}
	if !ok {
		return 0, 0, 0, false
	}
	return td.Year, td.Month, td.Day, dateClockTail(s[end:])
}

// dateNumeric reads the dates of a date field that start with a digit:
// YYYY-MM-DD, YYYY/MM/DD, M/D/YYYY, M/D/YY and a written date with its day
// first ("2 December 2025"). It returns the date and where it ends.
func dateNumeric(s string) (TextDate, int, bool) {
	j := dateDigitsEnd(s, 0)
	switch {
	case j == 4 && j < len(s) && (s[j] == '-' || s[j] == '/'):
		return dateYMD(s)
	case j <= 2 && j < len(s) && s[j] == '/':
		return dateMDY(s, j)
	case j <= 2:
		return dateWithYear(dateDayFirst(s, 0, j, false))
	}
	return TextDate{}, 0, false
}

// dateYMD reads YYYY-MM-DD or YYYY/MM/DD at the start of s; one-digit
// months and days are let through.
func dateYMD(s string) (TextDate, int, bool) {
	sep := s[4]
	y := dateAtoi(s[:4])
	k := dateDigitsEnd(s, 5)
	if k-5 < 1 || k-5 > 2 || k >= len(s) || s[k] != sep {
		return TextDate{}, 0, false
	}
	m := time.Month(dateAtoi(s[5:k]))
	e := dateDigitsEnd(s, k+1)
	if e-(k+1) < 1 || e-(k+1) > 2 {
		return TextDate{}, 0, false
	}
	return TextDate{Year: y, Month: m, Day: dateAtoi(s[k+1 : e])}, e, true
}

// dateMDY reads M/D/YYYY, or M/D/YY with the POSIX pivot (00–68 are
// 2000–2068, 69–99 are 1969–1999), at the start of s, whose month is the
// digits s[:j].
func dateMDY(s string, j int) (TextDate, int, bool) {
	m := time.Month(dateAtoi(s[:j]))
	k := dateDigitsEnd(s, j+1)
	if k-(j+1) < 1 || k-(j+1) > 2 || k >= len(s) || s[k] != '/' {
		return TextDate{}, 0, false
	}
	d := dateAtoi(s[j+1 : k])
	e := dateDigitsEnd(s, k+1)
	var y int
	switch e - (k + 1) {
	case 4:
		y = dateAtoi(s[k+1 : e])
	case 2:
		y = 1900 + dateAtoi(s[k+1:e])
		if y < 1969 {
			y += 100
		}
	default:
		return TextDate{}, 0, false
	}
	return TextDate{Year: y, Month: m, Day: d}, e, true
}

// dateWritten reads a written date that starts with a letter: an optional
// weekday, then the day or the month first, and a year.
func dateWritten(s string) (TextDate, int, bool) {
	i, ok := dateAfterWeekday(s)
	if !ok {
		return TextDate{}, 0, false
	}
	if dateDigit(s[i]) {
		j := dateDigitsEnd(s, i)
		if j-i > 2 {
			return TextDate{}, 0, false
		}
		return dateWithYear(dateDayFirst(s, i, j, false))
	}
	return dateWithYear(dateMonthFirst(s, i, dateLettersEnd(s, i), false))
}

// dateAfterWeekday returns where the date starts in s, after an optional
// weekday: "Tue, ", "Tuesday ", "Tue. ". It is false when a weekday is not
// followed by white space and more text.
func dateAfterWeekday(s string) (int, bool) {
	i := dateLettersEnd(s, 0)
	if !dateWeekday(s[:i]) {
		return 0, true
	}
	k := i
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k < len(s) && s[k] == ',' {
		k++
	}
	if k = dateSkipSpaces(s, k); k == i || k >= len(s) {
		return 0, false
	}
	return k, true
}

// dateWithYear passes on a written date that a date field must give in
// full: one without a year ("15 December") is not a date there.
func dateWithYear(td TextDate, end int, ok bool) (TextDate, int, bool) {
	if !ok || td.Year == 0 {
		return TextDate{}, 0, false
	}
	return td, end, true
}

// dateLayouts are the forms that dateParseHand leaves alone: those with the
// year after the time of day, and those with two-digit years.
var dateLayouts = []string{
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
	"Mon Jan _2 15:04:05 -0700 2006",
	time.RFC850,
	"Monday, 2-Jan-06 15:04:05 MST",
	"Monday, 2-Jan-06 15:04:05 -0700",
	time.RFC822,
	time.RFC822Z,
	"2 Jan 06 15:04:05 MST",
	"2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04:05 MST",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04 MST",
	"Mon, 2 Jan 06 15:04 -0700",
}

// dateParseLayouts tries dateLayouts. Parsing in UTC keeps the wall clock as
// written whatever the zone: an unknown abbreviation gets a zero offset, a
// numeric one a fixed zone, and neither is ever replaced by the local zone.
func dateParseLayouts(s string) (time.Time, bool) {
	// Every layout starts with a letter or a digit and holds a colon.
	if (!dateLetter(s[0]) && !dateDigit(s[0])) || strings.IndexByte(s, ':') < 0 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		t, err := time.ParseInLocation(layout, s, time.UTC)
		if err != nil {
			continue
		}
		y, m, d := t.Date()
		if y < dateMinYear || y > dateMaxYear {
			return time.Time{}, false
		}
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// dateClockTail reports whether s, what follows a date, is empty or an
// optional separator ("T", ",", " ", " at ") then a time of day, an optional
// AM/PM and an optional zone.
func dateClockTail(s string) bool {
	if s == "" {
		return true
	}
	i, ok := dateClockStart(s)
	if !ok {
		return false
	}
	i, hour, ok := dateClock(s, i)
	if !ok {
		return false
	}
	if i, ok = dateMeridiem(s, i, hour); !ok || hour > 24 {
		return false
	}
	return dateZone(s, i)
}

// dateClockStart returns where the time of day starts in s, what follows a
// date, after its separator ("T", ",", " ", " at "), or false when s starts
// with none.
func dateClockStart(s string) (int, bool) {
	i := 0
	switch s[0] {
	case 'T', 't':
		i = 1
	case ',', ' ':
		if s[0] == ',' {
			i = 1
		}
		i = dateSkipSpaces(s, i)
		if strings.HasPrefix(s[i:], "at ") || strings.HasPrefix(s[i:], "AT ") {
			i = dateSkipSpaces(s, i+3)
		}
	default:
		return 0, false
	}
	return i, true
}

// dateClock reads hours, minutes, optional seconds and fraction at s[i] and
// returns where they end and the hour.
func dateClock(s string, i int) (end, hour int, ok bool) {
	j := dateDigitsEnd(s, i)
	if j-i < 1 || j-i > 2 || j >= len(s) || s[j] != ':' {
		return 0, 0, false
	}
	hour = dateAtoi(s[i:j])
	i = j + 1
	if j = dateDigitsEnd(s, i); j-i != 2 || dateAtoi(s[i:j]) > 59 {
		return 0, 0, false
	}
	i = j
	if i < len(s) && s[i] == ':' {
		if j = dateDigitsEnd(s, i+1); j-(i+1) != 2 || dateAtoi(s[i+1:j]) > 60 {
			return 0, 0, false
		}
		i = j
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			if j = dateDigitsEnd(s, i+1); j == i+1 {
				return 0, 0, false
			}
			i = j
		}
	}
	return i, hour, true
}

// dateMeridiem reads an optional AM/PM, as "PM", "pm", "p.m.", "P.M.", after
// a time of day ending at s[i] and returns where the time ends. It is false
// when there is one and hour is not on a 12-hour clock.
func dateMeridiem(s string, i, hour int) (int, bool) {
	k := dateSkipSpaces(s, i)
	if k < len(s) && (s[k]|0x20 == 'a' || s[k]|0x20 == 'p') {
		e := k + 1
		if e < len(s) && s[e] == '.' {
			e++
		}
		if e < len(s) && s[e]|0x20 == 'm' {
			e++
			if e < len(s) && s[e] == '.' {
				e++
			}
			// Not "AMT" or "PMST", which would be zones.
			if s[e-1] == '.' || dateBoundaryAfter(s, e) {
				if hour < 1 || hour > 12 {
					return 0, false
				}
				return e, true
			}
		}
	}
	return i, true
}

// dateZone reports whether s from i, what follows a time of day, is empty or
// a zone: "Z", "+01:00", "+0100", "+01", "GMT", "UTC+5:30", "+0000 UTC".
func dateZone(s string, i int) bool {
	i = dateSkipSpaces(s, i)
	if i == len(s) {
		return true
	}
	if s[i] == 'Z' || s[i] == 'z' {
		return i+1 == len(s)
	}
	if s[i] == '+' || s[i] == '-' {
		if i = dateOffsetEnd(s, i); i < 0 {
			return false
		}
		if i == len(s) {
			return true
		}
		// "+0000 UTC" or "+0900 +0900", as Go's time.Time.String writes.
		if i = dateSkipSpaces(s, i); i == len(s) {
			return true
		}
		if s[i] == '+' || s[i] == '-' {
			return dateOffsetEnd(s, i) == len(s)
		}
		e := dateUpperEnd(s, i)
		return e-i >= 1 && e-i <= 5 && e == len(s)
	}
	e := dateUpperEnd(s, i)
	if e-i < 1 || e-i > 5 {
		return false
	}
	if e < len(s) && (s[e] == '+' || s[e] == '-') {
		e = dateOffsetEnd(s, e) // "GMT+1", "UTC+05:30"
	}
	return e == len(s)
}

// dateOffsetEnd returns the end of a numeric zone offset at s[i] (a sign,
// then H, HH, HHMM or HH:MM), or -1.
func dateOffsetEnd(s string, i int) int {
	i++
	j := dateDigitsEnd(s, i)
	switch j - i {
	case 1, 2:
		if dateAtoi(s[i:j]) > 14 {
			return -1
		}
		if j < len(s) && s[j] == ':' {
			k := dateDigitsEnd(s, j+1)
			if k-(j+1) != 2 || dateAtoi(s[j+1:k]) > 59 {
				return -1
			}
			return k
		}
		return j
	case 4:
		if dateAtoi(s[i:i+2]) > 14 || dateAtoi(s[i+2:j]) > 59 {
			return -1
		}
		return j
	}
	return -1
}

// TextDate is a date written in running text.
type TextDate struct {
	Year   int // 0 when the text gives no year ("15 December")
	Month  time.Month
	Day    int
	Offset int // byte offset of the match in the text
}

// FindDates returns the dates written in an English text, in order of appearance:
// "December 2, 2025", "Dec. 2, 2025", "Dec 2 2025", "Tuesday, December 2, 2025", "2 December 2025",
// "2nd December 2025", "December 2nd", "15 December", "December 15" (no year), and ISO "2025-12-02".
// Month names must be capitalised ("may 5" is not a date; "May 5" is). Impossible days (February 30) are
// skipped. A month with a year but no day ("March 2022") is not a date. Numbers that are clearly not days
// ("December 2025" is month+year, so not a date; "15 December 2025" is).
//
// Offset is that of the date's first word (the day or the month; a leading
// weekday is not part of the match). A date whose year lies outside
// 1900..2100 is skipped rather than reported without a year. Day and month
// may be separated by spaces, tabs or no-break spaces but not by a line
// break; "2nd of December" is accepted too. Numbers that are part of a time,
// a decimal or a list ("10:30 December", "1.5 May", "May 5,000") are not days.
//
// It makes one pass over the text, looking only around its digits, and
// allocates nothing when it finds no date.
func FindDates(text string) []TextDate {
	var out []TextDate
	last := 0 // the end of the previous match
	for i := 0; i < len(text); {
		// Every date form holds a digit, and digits are rare in prose.
		for i < len(text) && text[i]-'0' > 9 {
			i++
		}
		if i == len(text) {
			break
		}
		j := dateDigitsEnd(text, i+1)
		if d, end, ok := dateAtDigits(text, i, j, last); ok {
			out = append(out, d)
			last, i = end, end
			continue
		}
		i = j
	}
	return out
}

// dateAtDigits reads the date, if any, that the digits text[i:j] belong to
// and that starts at or after last: a month and day with the month before the
// digits, a day and month, or an ISO date.
func dateAtDigits(text string, i, j, last int) (TextDate, int, bool) {
	if j-i <= 2 {
		// A month word before the day: "December 2", "Dec. 2".
		k := dateSkipSpacesBack(text, i)
		if k < i && k > last {
			e := k
			if text[e-1] == '.' {
				e--
			}
			m := e
			for m > last && e-m < 10 && dateLetter(text[m-1]) {
				m--
			}
			if m < e && dateBoundaryBefore(text, m) {
				if d, end, ok := dateMonthFirst(text, m, e, true); ok {
					return d, end, true
				}
			}
		}
	}
	if !dateBoundaryBefore(text, i) || dateInNumber(text, i) {
		return TextDate{}, 0, false
	}
	switch {
	case j-i == 4 && j < len(text) && text[j] == '-':
		return dateISO(text, i)
	case j-i <= 2:
		return dateDayFirst(text, i, j, true)
	}
	return TextDate{}, 0, false
}

// dateMonthFirst reads "December 2", "Dec. 2nd, 2025", "December 2 2025"
// whose month word is s[i:j].
func dateMonthFirst(s string, i, j int, strict bool) (TextDate, int, bool) {
	m, abbr := dateMonthWord(s[i:j], strict)
	if m == 0 || !dateBoundaryAfter(s, j) {
		return TextDate{}, 0, false
	}
	k := j
	if abbr && k < len(s) && s[k] == '.' {
		k++
	}
	q := dateSkipSpaces(s, k)
	if q == k {
		return TextDate{}, 0, false
	}
	e := dateDigitsEnd(s, q)
	if e-q < 1 || e-q > 2 {
		return TextDate{}, 0, false // no number, or "December 2025"
	}
	day := dateAtoi(s[q:e])
	p, ok := dateDayEnd(s, e)
	if !ok {
		return TextDate{}, 0, false
	}
	return dateFinish(s, i, p, m, day)
}

// dateDayFirst reads "2 December", "2nd December 2025", "2nd of Dec. 2025"
// whose day is the digits s[i:j].
func dateDayFirst(s string, i, j int, strict bool) (TextDate, int, bool) {
	day := dateAtoi(s[i:j])
	p, ok := dateDayEnd(s, j)
	if !ok {
		return TextDate{}, 0, false
	}
	q := dateSkipSpaces(s, p)
	if q == p || q >= len(s) {
		return TextDate{}, 0, false
	}
	if strings.HasPrefix(s[q:], "of") {
		if r := dateSkipSpaces(s, q+2); r > q+2 {
			q = r
		}
	}
	if q >= len(s) || !dateLetter(s[q]) {
		return TextDate{}, 0, false
	}
	k := dateLettersEnd(s, q)
	m, abbr := dateMonthWord(s[q:k], strict)
	if m == 0 || !dateBoundaryAfter(s, k) {
		return TextDate{}, 0, false
	}
	if abbr && k < len(s) && s[k] == '.' {
		k++
	}
	return dateFinish(s, i, k, m, day)
}

// dateDayEnd checks what follows a day number ending at e: an optional
// ordinal suffix, then nothing that makes the number part of something else
// (a word, a time, a decimal). It returns the end of the day.
func dateDayEnd(s string, e int) (int, bool) {
	if e+2 <= len(s) {
		switch s[e : e+2] {
		case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
			if dateBoundaryAfter(s, e+2) {
				return e + 2, true
			}
		}
	}
	if !dateBoundaryAfter(s, e) {
		return 0, false
	}
	if e+1 < len(s) && dateDigit(s[e+1]) {
		switch s[e] {
		case ':', '.', '/':
			return 0, false
		case ',':
			// "May 5,000" is a number; "December 2,2025" a date with a year.
			if dateDigitsEnd(s, e+1)-(e+1) != 4 {
				return 0, false
			}
		}
	}
	return e, true
}

// dateFinish completes a date of month m and day day that starts at start
// and whose day-and-month part ends at p, looking for a year after p. It
// returns the date and the end of the match.
func dateFinish(s string, start, p int, m time.Month, day int) (TextDate, int, bool) {
	y, end, found := dateYearAfter(s, p)
	if found && (y < dateMinYear || y > dateMaxYear) {
		return TextDate{}, 0, false
	}
	if !found {
		y, end = 0, p
	}
	if !dateValid(y, m, day) {
		return TextDate{}, 0, false
	}
	return TextDate{Year: y, Month: m, Day: day, Offset: start}, end, true
}

// dateYearAfter looks for a four-digit year after a day and month ending at
// p, separated from them by a comma, spaces or both.
func dateYearAfter(s string, p int) (year, end int, found bool) {
	q := p
	if q < len(s) && s[q] == ',' {
		q++
	}
	q = dateSkipSpaces(s, q)
	if q == p || q >= len(s) || !dateDigit(s[q]) {
		return 0, 0, false
	}
	e := dateDigitsEnd(s, q)
	if e-q != 4 || !dateBoundaryAfter(s, e) {
		return 0, 0, false
	}
	if e+1 < len(s) && dateDigit(s[e+1]) && (s[e] == '.' || s[e] == ',' || s[e] == ':' || s[e] == '/') {
		return 0, 0, false // "2025.5", "2,025,000"
	}
	return dateAtoi(s[q:e]), e, true
}

// dateISO reads "2025-12-02" at s[i].
func dateISO(s string, i int) (TextDate, int, bool) {
	e := i + 10
	if e > len(s) || s[i+4] != '-' || s[i+7] != '-' ||
		!dateDigit(s[i+5]) || !dateDigit(s[i+6]) || !dateDigit(s[i+8]) || !dateDigit(s[i+9]) {
		return TextDate{}, 0, false
	}
	if e < len(s) && (dateDigit(s[e]) || s[e] == '-' && e+1 < len(s) && dateDigit(s[e+1])) {
		return TextDate{}, 0, false
	}
	y, m, d := dateAtoi(s[i:i+4]), time.Month(dateAtoi(s[i+5:i+7])), dateAtoi(s[i+8:i+10])
	if y < dateMinYear || y > dateMaxYear || !dateValid(y, m, d) {
		return TextDate{}, 0, false
	}
	return TextDate{Year: y, Month: m, Day: d, Offset: i}, e, true
}

// dateInNumber reports whether the digits at s[i] continue a number or a
// time: "10:30", "3.15", "1,15", "12/15". A hyphen does not ("14-15
// December" is a range whose last day counts).
func dateInNumber(s string, i int) bool {
	if i < 2 || !dateDigit(s[i-2]) {
		return false
	}
	switch s[i-1] {
	case ':', '.', ',', '/':
		return true
	}
	return false
}

// dateMonthWord returns the month w names and whether w is an abbreviation
// (which may take a full stop), or 0. When strict, w must be capitalised as
// in running text ("May", not "may" or "MAY"); otherwise case is ignored.
func dateMonthWord(w string, strict bool) (time.Month, bool) {
	if len(w) < 3 || len(w) > 9 {
		return 0, false
	}
	if !strict {
		var buf [9]byte
		for i := 0; i < len(w); i++ {
			buf[i] = w[i] | 0x20
		}
		buf[0] &^= 0x20
		w = string(buf[:len(w)])
	}
	return english.Month(w)
}

// dateWeekday reports whether w names a day of the week, in any case.
func dateWeekday(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	buf[0] &^= 0x20
	return english.IsWeekday(string(buf[:len(w)]))
}

// dateValid reports whether day d exists in month m of year y; a year of 0
// stands for any year, so February 29 is valid in it.
func dateValid(y int, m time.Month, d int) bool {
	if m < time.January || m > time.December || d < 1 {
		return false
	}
	if y != 0 && (y < dateMinYear || y > dateMaxYear) {
		return false
	}
	return d <= dateDaysIn(y, m)
}

func dateDaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// InferDate picks an article's publication date from the dates written in it: the latest of them,
// where a date without a year takes the year that puts it closest to ref (the typical date of the rest
// of the dump). When ref is zero, dates without a year are ignored. It returns false when no date is usable.
//
// ref counts by its calendar day in its own location. Invalid dates (as a
// hand-made TextDate may hold) are ignored; a tie between two candidate years
// for a date without one goes to the earlier.
func InferDate(ds []TextDate, ref time.Time) (time.Time, bool) {
	var refDay time.Time
	if !ref.IsZero() {
		y, m, d := ref.Date()
		refDay = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	var best time.Time
	found := false
	for _, d := range ds {
		var t time.Time
		switch {
		case d.Year != 0:
			if !dateValid(d.Year, d.Month, d.Day) {
				continue
			}
			t = time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		case refDay.IsZero() || !dateValid(0, d.Month, d.Day):
			continue
		default:
			var ok bool
			if t, ok = dateNearestYear(d.Month, d.Day, refDay); !ok {
				continue
			}
		}
		if !found || t.After(best) {
			best, found = t, true
		}
	}
	return best, found
}

// dateNearestYear returns month m, day d of the year that puts it closest to ref.
func dateNearestYear(m time.Month, d int, ref time.Time) (time.Time, bool) {
	var best time.Time
	var bestDist time.Duration
	found := false
	// February 29 may be up to four years away; every other day within one.
	for y := ref.Year() - 4; y <= ref.Year()+4; y++ {
		if !dateValid(y, m, d) {
			continue
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if !found || dist < bestDist {
			best, bestDist, found = t, dist, true
		}
	}
	return best, found
}

func dateDigit(c byte) bool { return '0' <= c && c <= '9' }

func dateLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func dateDigitsEnd(s string, i int) int {
	for i < len(s) && dateDigit(s[i]) {
		i++
	}
	return i
}

func dateLettersEnd(s string, i int) int {
	for i < len(s) && dateLetter(s[i]) {
		i++
	}
	return i
}

func dateUpperEnd(s string, i int) int {
	for i < len(s) && 'A' <= s[i] && s[i] <= 'Z' {
		i++
	}
	return i
}

// dateAtoi converts a run of at most 18 ASCII digits.
func dateAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dateSkipSpaces skips spaces, tabs and the no-break, narrow no-break and
// thin spaces, but not line breaks.
func dateSkipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += len("\u00a0")
		case strings.HasPrefix(s[i:], "\u202f"), strings.HasPrefix(s[i:], "\u2009"):
			i += 3 // both are three bytes
		default:
			return i
		}
	}
	return i
}

// dateSkipSpacesBack is dateSkipSpaces backwards: it returns the start of
// the spaces that end at s[i].
func dateSkipSpacesBack(s string, i int) int {
	for i > 0 {
		switch {
		case s[i-1] == ' ' || s[i-1] == '\t':
			i--
		case strings.HasSuffix(s[:i], "\u00a0"):
			i -= len("\u00a0")
		case strings.HasSuffix(s[:i], "\u202f"), strings.HasSuffix(s[:i], "\u2009"):
			i -= 3 // both are three bytes
		default:
			return i
		}
	}
	return i
}

// dateWordRune reports whether r belongs to a word.
func dateWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// dateBoundaryBefore reports whether s[i] starts a word.
func dateBoundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return !dateLetter(c) && !dateDigit(c) && c != '_'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !dateWordRune(r)
}

// dateBoundaryAfter reports whether a word ends before s[i].
func dateBoundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if c := s[i]; c < utf8.RuneSelf {
		return !dateLetter(c) && !dateDigit(c) && c != '_'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !dateWordRune(r)
}
