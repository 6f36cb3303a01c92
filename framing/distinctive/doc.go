// Package distinctive finds the words and phrases distinctive of each
// outlet: those its articles use more often than the other outlets' do,
// beyond what chance and boilerplate give. It trades recall for
// confidence: an outlet of a few articles gets no terms, and a term must
// beat a permutation baseline as well as a z-score.
//
// # Method
//
// Each outlet is compared with all the other outlets together by the
// log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi
// and Quinn (2008), "Fightin' Words: Lexical Feature Selection and
// Evaluation for Identifying the Content of Political Conflict", Political
// Analysis 16(4), eqs. 16–22, applied to presence counts.
//
// Counts are of presence: a term counts once per article, however often the
// article repeats it, so that one article cannot make a word distinctive of
// its outlet. A term's count in a group of n articles is then binomial, y
// of n articles use it, and the Dirichlet prior of eq. 16 reduces to a
// Beta prior on that share. For a term w, outlet i and the rest j:
//
//	δ = log((y_i + a_i) / u_i) − log((y_j + a_j) / u_j),  u = n + a0 − y − a
//	σ² = 1/(y_i + a_i) + 1/u_i + 1/(y_j + a_j) + 1/u_j
//	z = δ / σ
//
// with n a group's articles, a the prior's pseudo-articles using w and a0
// all its pseudo-articles. The variance keeps the 1/u terms that Monroe et
// al. drop as negligible for token counts of rare words: presence shares of
// common words are far from small.
//
// The prior is the corpus-wide presence counts, scaled per group as eq. 16
// allows: a group of n of the corpus' N articles gets a0 = n and a = n·df/N,
// where df is the number of articles using w; each group's prior weighs as
// much as its own articles (prior weight 1) and shrinks its share half-way
// towards the corpus share. A prior of one fixed size for every comparison
// either swamps the outlets with a hundred articles (a0 the size of the
// corpus gives a word that 40% of such an outlet's articles use and 5% of
// the others' a z near 1) or barely shrinks the others' side (a tiny a0
// gives the others a pseudo-count near zero for a word no other outlet
// used, and z then jumps when one other article uses it); the per-group
// scale does neither.
//
// Terms are content words (corpus.NormalizeWord, then
// similarity.ContentTerm with the Canon option, which drops stop words and
// numbers and strips possessives) and bigrams of two content words that
// are adjacent tokens of one sentence with only spaces or a hyphen between
// them ("special operation"; "self-proclaimed" when neither half is a
// stop word). Bigrams catch the phrases framing is made of; unigrams and
// bigrams are scored alike.
//
// # Chance and boilerplate
//
// A z above MinZ is not enough when outlets of a few articles are compared
// with tens of thousands: any few articles share some rare words. So the
// outlet labels are shuffled across the articles Permutations times (outlet
// sizes kept, a seeded generator), and each outlet's baseline is the
// highest z any reportable term gets for it in any shuffle. Only terms above
// both MinZ and the baseline are reported: the baseline is a max-statistic
// permutation test, so the chance that any term of an outlet passes it when
// outlets do not differ is about 1/(Permutations+1). The maximum is taken
// over all terms that MinArticles articles use, not only over the terms
// above MinZ in the real labels: when few terms differ for real, the
// maximum over those few is far below the maximum over all, and words
// spread at random then pass (TestDistinctiveBaseline has such a corpus).
//
// A term must also be used by MinArticles articles of the outlet, and is
// dropped when it is
//   - part of the outlet's own name ("MENAFN", "TASS" and "RT" appear in
//     datelines): a unigram equal to a content word of the normalised name
//     (split at dots too, for "menafn.com"), or a bigram with such a half;
//   - boilerplate: used in 90% or more of the outlet's articles and fewer
//     than 5% of the others' (taglines, bylines, "Site icon ..."), which
//     also drops the words that all articles of a two- or three-article
//     outlet share;
//   - a unigram inside a reported bigram used by at least 90% as many of the
//     outlet's articles ("special" beside "special operation").
//
// An outlet with fewer than MinArticles articles, or the empty outlet name,
// has no terms; articles without an outlet still count among the others.
//
// # Cost
//
// Tokens are read once. A token's unigram id is found through a map from a
// 64-bit hash of its text (FNV-1a; a collision, about 10⁻⁷ likely among a
// million distinct tokens, would merge two words, the same two every run).
// Each article's bigram keys, each once, are sorted together to count the
// articles using each; only bigrams that MinArticles articles use get an
// id. Counts are then kept as postings, the ascending articles of each
// term, and scoring a labelling of the articles is one pass over them with
// a counter per outlet: each shuffle costs a pass over the postings, and
// no token is read again. Shuffles run on all cores. Tokens are read again
// only in the first few articles of an outlet that use each reported term,
// for how the term is written and for its example sentences.
package distinctive
