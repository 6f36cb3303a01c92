// Package discover finds spelling variants without a lexicon: the
// spellings of one name that outlets write differently ("Kiev" and "Kyiv").
// It trades recall for precision: a pair needs a close transliteration
// skeleton, complementary use by outlets and shared contexts (or aligned
// substitutions), so variants that are other words (Nikolaev/Mykolaiv)
// are found only through substitutions, and names one edit apart (Iran,
// Iraq) are kept apart.
//
// Variants looks for names that outlets spell differently ("Kiev"
// and "Kyiv", "Donbass" and "Donbas", "Zelensky", "Zelenskyy" and
// "Zelenskiy") knowing no pair in advance. It relies on three facts about
// such variants: they are romanisations of one name, so their letters
// differ where transliteration systems disagree; each outlet follows its
// own style guide, so an outlet sticks to one spelling; and they name the
// same thing, so the words around them are alike.
//
// 1. Candidates. One pass over the tokens logs every capitalised word
// (first rune upper case, at least three letters, not all capitals,
// nothing but letters and inner apostrophes; a possessive "’s" or "'s" is
// stripped, so "Kiev’s" counts as "Kiev", and typographic apostrophes are
// "'"): its doc, its position, whether it is the first word of its
// sentence and which name follows it. Lower-case words are counted in a
// sample of the docs (every k-th doc, about two million tokens; all docs
// of a smaller corpus), which estimates well enough the frequency of any
// word frequent enough to matter, for a fraction of the cost. A spelling
// is a candidate when at least MinArticles articles use it (default 2), it
// is seen capitalised mid-sentence, and more often so than in lower case
// ("Weapon" in title-case headlines is a common word, "Kiev" is not).
//
// 2. Skeleton. Each candidate is reduced to a transliteration skeleton
// (see skeleton): lower case, common diacritics and apostrophes (the soft
// sign; not one after an initial letter, O'Connor is not Connor) dropped,
// the letters romanisations disagree on folded (kh→x,
// zh→z, sh/sch/shch→S, ch/tch→C, ts/tz and c before e/i/y→c, other c, ck
// and q→k, g/gh/h→h, ph→f, th→t, w→v, x→ks), each run of vowels, y and j
// one vowel class "a", doubled letters collapsed. Russian- and
// Ukrainian-derived spellings of a name differ mostly in vowels (Kharkov,
// Kharkiv; Artyomovsk, Artemivsk; Zelensky, Zelenskyy, Zelenskiy), g/h
// (Lugansk, Luhansk), doubled letters (Odessa, Odesa; Donbass, Donbas),
// zh/z and the ending -ye/-ia (Zaporozhye, Zaporizhzhia): all vanish in
// the skeleton. Two spellings are close when their consonants (the
// skeleton without vowels) are equal and at most one gap between (or
// around) them holds a vowel in one skeleton and none in the other
// (Vladimir, Volodymyr: v·l·d·m·r, a vowel before the l only in the
// second). Plain edit distance is not enough: Kiev and Kyiv are two edits
// apart, Kiev and Kiel one, yet the skeletons of Kiev and Kyiv are both
// k·v and Kiel's is k·l. Requiring equal consonants keeps apart distinct
// names a letter apart (Iran/Iraq, Paris/Peru, Berlin/Bern, Moscow/Mosul,
// Austria/Australia), at a price: Nikolaev/Mykolaiv (N against M; the
// Ukrainian name is another word, not another romanisation) is not paired
// by its skeleton, only through Substitutions (3c). Spellings are bucketed
// by skeleton and each looks up its own bucket and those of its skeleton
// with one vowel gap toggled: no comparison of all pairs, work linear in
// the vocabulary. Never paired: forms equal but for case, and a word with
// its English inflection (Iraq/Iraqi, Israel/Israeli, Somali/Somalia,
// Ukraine/Ukrainian, Europe/European: -s, -es, -n, -an, -ian, -ese, -i,
// -a and plurals, after a final e, a or y of the stem; a doubled final s,
// Donbas/Donbass, is not one) or a Slavic surname with its feminine
// (Denisov/Denisova, Zelensky/Zelenska).
//
// 3. Confirmation. Close skeletons also join different names, so a pair
// must show both (a) and (b).
//
// (a) Complementary use: in the table of outlets × spellings (articles of
// each outlet using each spelling; an article with both counts in both
// columns) the outlet must decide the spelling. The strength of that is
// the bias-corrected Cramér's V (Bergsma 2013): 0 when spelling and outlet
// are independent (Iran and Iraq, both written by every outlet), 1 when
// each outlet uses one spelling only. The correction removes what chance
// alone gives small tables: two articles in two outlets score 0, not 1,
// and one outlet alone never shows anything. The pair needs V ≥ 0.5, the
// conventional bound of a strong association: the outlet then accounts
// for at least a quarter of the variation in spelling.
//
// (b) Shared contexts: the words within three tokens of a spelling (stop
// words, numbers and words under three letters left out) make a vector,
// each word weighted (1 + ln tf) · ln(T / (1 + f)), f its frequency among
// the T tokens of the docs, so that the words found next to every name
// weigh little. Words are keyed by their skeleton, so that the spellings
// an outlet chooses for the names around a name (Donbass, Donbas) do not
// hide a shared context; the two spellings themselves are left out. At
// most 1,000 occurrences of a spelling, spread evenly over the docs, are
// read. Three tokens either side give a handful of words per occurrence,
// too few to overlap when a spelling has under ten occurrences; a pair
// with such a spelling compares whole sentences instead (at most fifteen
// tokens either side, and proportionally fewer occurrences). The pair
// needs a cosine of at least 0.1: unrelated names share at most a few of
// their topic's commonest words, which the weighting makes light, so that
// a tenth asks for an overlap of specific words while allowing for sparse
// data, where even one name's vectors have low cosines. In a large corpus
// that is not enough: with hundreds of occurrences a vector also holds
// its topic's generic words, and any two frequent names of a topic reach
// a tenth or more. So the cosine must also exceed the background: the
// mean cosine of each spelling with the ten names nearest the other in
// occurrences (among the spellings whose vectors were built; names of
// other skeletons). B must be closer to A than names as frequent as B
// usually are. With fewer than ten such names (a small corpus) there is
// no background to measure, and none is required.
//
// (c) Substitutions: single words that aligned sentences of one event show
// replacing each other (opt.Substitutions, counted both ways) have by
// definition shared a context: with one substitution or more, (b) holds
// whatever the cosine, and the pair is a candidate even if its consonants
// differ by one edit (Nikolaev/Mykolaiv), provided each has three
// consonants or more. (a) is still required.
//
// First names are special: "Vladimir" is Putin's name in every outlet and
// also, in Russian outlets, Zelensky's; as a whole it shows no
// complementary use with "Volodymyr". Conversely Antony (Blinken) and
// António (Guterres) may share contexts and differ in outlets while
// naming different people. So when both spellings are mostly followed by
// a name (first names), (a) and (b) are tested on the occurrences of each
// followed by a name seen after both (compared by consonants, so Zelensky
// and Zelenskyy are one), that name left out of the contexts; first names
// with no following name in common are never paired. The counts reported
// for such spellings are of those occurrences only.
//
// 4. Output. A pair's score is the geometric mean of its skeleton
// similarity (1 for equal skeletons, 1 - 1/(2(c+1)) for one vowel gap
// toggled among c consonants, lower for pairs from substitutions), V, and
// its context evidence, the cosine's excess over the background as a share
// of what it could be, (cos - bg)/(1 - bg) (or 1 - 1/(1+n) for n
// substitutions if higher); times m/(m+1), m the articles of the rarer
// spelling, as confidence grows with evidence. Pairs are joined into
// groups (Zelensky, Zelenskyy and Zelenskiy make one) by complete
// linkage: best supported pairs first (articles of the rarer spelling,
// then score), two groups joining only if every spelling of one is
// confirmed with every spelling of the other, so that a chain of short
// close names (Kane, Kan, Kenya) does not make one group and a rare
// misspelling does not keep a spelling from its main variant. A group's
// score is the mean of its pairs'. Groups are sorted by score, then total
// articles, then spellings. Each lists its spellings (most articles first,
// as written), the articles of each outlet using each, and one example
// sentence per spelling: its first occurrence, in doc order, in an outlet
// not yet shown, if any.
//
// Cost: one pass over the tokens, with a map lookup per capitalised word
// (and per lower-case word of the sampled docs); the rest works on the
// vocabulary of capitalised words and on at most 1,000 occurrences of
// each spelling in a pair that passes (a), read in doc order. The result
// depends only on docs and opt.
package discover
