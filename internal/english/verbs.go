package english

import (
	_ "embed"
	"fmt"
)

//go:embed speech_verbs.txt
var speechVerbsTxt string

// VerbClass is a set of classes of a verb of speaking or reporting, as
// speech_verbs.txt gives them.
type VerbClass uint8

// Classes of verbs (see speech_verbs.txt).
const (
	// Speech verbs introduce or attribute quoted words: said, asked,
	// quipped.
	Speech VerbClass = 1 << iota
	// Neutral verbs report without judging: said, told, noted.
	Neutral
	// Doubting verbs put the claim on the speaker: claimed, alleged.
	Doubting
	// Endorsing verbs vouch for what is reported: confirmed, revealed.
	Endorsing
	// Attributing verbs, after a source noun ("officials", "a source"),
	// make it the source of what follows; they include verbs of belief
	// ("officials believe") that are not speech.
	Attributing
	// Common verbs are the commonest, which say nothing of a topic:
	// said, says, say, told.
	Common
	// Question verbs may follow a quoted question or exclamation as its
	// attribution, the sentence going on: “Why?” Trump asked.
	Question
)

var verbClassNames = map[string]VerbClass{
	"speech":      Speech,
	"neutral":     Neutral,
	"doubting":    Doubting,
	"endorsing":   Endorsing,
	"attributing": Attributing,
	"common":      Common,
	"question":    Question,
}

var verbs = mustVerbs(speechVerbsTxt)

// parseVerbs reads speech_verbs.txt: a lower-case word and its classes.
func parseVerbs(src string) (*index[VerbClass], error) {
	m := newIndex[VerbClass]()
	for _, l := range parseList(src) {
		w := l[0]
		if m.has(w) {
			return nil, fmt.Errorf("verb %q listed twice", w)
		}
		if len(l) == 1 {
			return nil, fmt.Errorf("verb %q has no class", w)
		}
		var c VerbClass
		for _, name := range l[1:] {
			k, ok := verbClassNames[name]
			if !ok {
				return nil, fmt.Errorf("verb %q: unknown class %q", w, name)
			}
			c |= k
		}
		m.add(w, c)
	}
	return m, nil
}

func mustVerbs(src string) *index[VerbClass] {
	m, err := parseVerbs(src)
	if err != nil {
		panic("english: speech_verbs.txt: " + err.Error())
	}
	return m
}

// Verb returns the classes of the lower-case word w, 0 if it is no verb
// of speaking or reporting.
func Verb(w string) VerbClass {
	c, _ := verbs.get(w)
	return c
}

// IsSpeechVerb reports whether the lower-case word w is a speech verb:
// one that introduces or attributes quoted words ("said", "asked").
func IsSpeechVerb(w string) bool { return Verb(w)&Speech != 0 }

// Is reports whether the lower-case word w is a verb of class c.
func (c VerbClass) Is(w string) bool { return Verb(w)&c != 0 }

// Verbs returns the words of the given classes (any of them), in no
// particular order.
func Verbs(c VerbClass) []string {
	var out []string
	verbs.all(func(w string, k VerbClass) {
		if k&c != 0 {
			out = append(out, w)
		}
	})
	return out
}
