// Package framing describes how outlets tell a story: the spelling and
// naming variants they choose, the terms distinctive of each, and how
// each attributes what it reports.
//
// It holds the lexicon of variant groups (lexicon.toml, embedded as the
// default and replaceable or extendable by the user; see [ParseLexicon]),
// its matching on article text ([Lexicon.Match]) and [Analyze], which runs
// every analysis over a dump and per event. The analyses are packages of
// their own, each with its method in its doc.go:
//
//   - discover finds spelling variants without a lexicon;
//   - distinctive finds the terms distinctive of each outlet;
//   - sourcing counts named and anonymous sources, agencies cited and
//     reporting verbs.
//
// They read articles as text.Doc and report sentences as text.Example.
// Package text sits below framing and the three analyses, so that Analyze
// can call them and they share one Doc without an import cycle; Doc and
// Example are aliases of its types here, for callers of Analyze. Options
// name the analyses' own options and discover.Substitution, to which the
// substitutions of package align convert. English words (speech verbs,
// titles, possessives) come from internal/english.
//
// What an outlet wrote is its titles and bodies: a Doc ([NewDoc]) reads
// the title as its first sentence, and a headline-only article is its
// title. Articles of no known outlet are counted ([Analysis.Unknown]) and
// read by no analysis, not pooled into an outlet that does not exist.
// Short sentences repeated across an outlet's stories are its chrome, by
// the loader's rule ([text.MarkChrome]), and give no distinctive terms.
// A lexicon group's labels apply from its [Group.Since], when it has one.
//
// The lexicon trades recall for precision: a form matches whole words
// only, with no inflection but the possessive, so a variant a lexicon does
// not list is found only by discovery.
package framing
