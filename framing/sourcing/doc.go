// Package sourcing counts how each outlet attributes what it reports: to
// named people, to anonymous sources, to other news agencies, and with
// which reporting verbs. It reads fixed English cues token by token and
// parses nothing, trading recall for speed and predictability: an
// attribution phrased in a way the cues do not list is not counted.
//
// # Method
//
// Each sentence is read once, token by token, against fixed English cue
// lists. All counts are occurrences over the outlet's articles, not
// articles, so rates are counts divided by Articles:
//
//   - Named counts sentences that attribute to a named source: a reporting
//     verb (the neutral, doubting and endorsing classes below) right after a
//     capitalised word ("Ushakov said", "the Kremlin said"; not a pronoun or
//     other stop word, nor a common noun such as "Officials" opening the
//     sentence, nor a name ending a phrase such as "a figure in Kyiv told"),
//     or right before a capitalised name that ends the clause ("said top
//     Kremlin aide Yury Ushakov, who"; not "said Monday", not "said Russian
//     forces had", and never after "told", whose object is the listener),
//     or "according to" a capitalised name that is not followed by a
//     common noun ("according to Reuters", not "according to US
//     officials"). An agency that "said" counts here and in Cited.
//   - Anonymous counts sentences that attribute to an unnamed source: "people
//     familiar with", "individuals with direct knowledge of", an
//     anonymity adjective before a source noun ("unnamed US officials", "a
//     responsible source", "an unidentified official"), "anonymity",
//     "anonymously", "not authorized to speak", "declined to be named",
//     "source(s)" with a reporting verb or "close"/"familiar" after it or
//     "according to", "citing" or "its" before it, "according to" a source
//     noun ("according to US officials"), and a reporting verb whose
//     subject is a plural "officials", "diplomats", "insiders", "sources"
//     ("US officials have said") or "a/an/one" official, diplomat, aide,
//     insider, figure or negotiator ("a senior figure in Kyiv told"). A
//     sentence counts once for Named and once for Anonymous however many
//     cues it holds.
//   - Cited counts, once per sentence and agency, the news agencies and
//     outlets of a fixed list (Reuters, AP, AFP, TASS, Axios, ...; aliases
//     such as "Associated Press" and "French Press Agency" fold to one name)
//     when they are cited: in a dateline "(Reuters)", after "according to",
//     "told", "citing", "quoted", "reported by", "in an interview with",
//     "said on", or before "reported", "said", "wrote", "learned", "report",
//     "news agency" and the like ("Axios characterized", "TASS news agency
//     reported"). A mention in a photo credit ("Sputnik via AFP") is not a
//     citation. Beyond the list, "according to" a capitalised run that holds
//     a media word ("according to the Kyiv Times") or is followed by one
//     ("according to Strana outlet") cites that run; a bare capitalised run
//     after "according to" is most often a person and counts as Named
//     only.
//   - Verbs counts reporting-verb tokens by class (the classes of
//     internal/english's speech_verbs.txt): "neutral" (said, says,
//     say, told, tells, stated, added, adds, noted, explained, wrote,
//     writes, announced), "doubting" (claimed, claims after a name or a
//     pronoun, alleged as a verb, alleges, insisted, asserted, contended),
//     "endorsing" (confirmed, acknowledged, revealed and their present
//     forms) and "distancing" (so-called, self-proclaimed, self-styled,
//     purported, purportedly, allegedly, and alleged after a determiner or
//     preposition: "the alleged attack"). All four keys are always present.
//
// Examples are the outlet's first two sentences of anonymous sourcing, a
// sentence repeated word for word (a syndicated copy) once.
//
// The cues are case-folded over ASCII only, so each article costs one copy
// of its text and one map lookup per token; articles are read on all cores
// and merged in input order, so the result does not depend on scheduling.
// The lists are English; other languages count nothing.
package sourcing
