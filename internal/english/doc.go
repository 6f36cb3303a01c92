// Package english holds the English words and word shapes that several
// stages of compare read: verbs of speaking and reporting, titles and
// words of office before a name, the names of months and days, and
// possessive endings and apostrophes. Each list is kept once, as an
// embedded data file of one word a line (speech_verbs.txt, titles.txt,
// roles.txt, calendar.txt), and each
// caller asks for what it needs by class; thresholds and the patterns
// built on these words stay with the callers.
//
// The lists are closed and small: they trade recall for precision. A
// speech verb missing from speech_verbs.txt is simply not recognised, and
// nothing here stems, tags parts of speech or knows another language. A
// word in two roles (a month that is also a surname, "May") is marked in
// the data (HasOtherSense), and each caller decides what it takes it for.
//
// Where callers read a list differently on purpose, the difference is a
// class of the data, not a second list: sentence splitting takes the
// verbs that may follow a quoted question (Question), quote attribution
// every speech verb (Speech), sourcing its classes of stance.
//
// Lookups take words as written (titles, calendar words) or in lower case
// (verbs); most other words are turned away by their length and first
// byte before a map is read, and nothing allocates. The data is parsed once, when
// the package is initialised; a malformed file panics then, and the tests
// catch it.
package english
