package distinctive

import (
	"cmp"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
	"github.com/newsfold/compare/internal/english"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// Term is a term distinctive of an outlet.
type Term struct {
	Term     string         // as most often written by the outlet
	Z        float64        // z-score of the log-odds ratio
	Articles int            // articles of the outlet using it
	Others   int            // articles of other outlets using it
	Examples []text.Example // up to two sentences of the outlet using it
}

// Outlet are the terms distinctive of one outlet.
type Outlet struct {
	Outlet   string
	Articles int
	Terms    []Term // most distinctive first
}

// Options tune [Terms]. The zero value gives the defaults.
type Options struct {
	// Top is the most terms reported per outlet (default 15).
	Top int
	// MinZ is the least z-score of a reported term (default 1.96, a
	// two-sided 5% level for one term).
	MinZ float64
	// MinArticles is the fewest articles of the outlet that must use a
	// term (default 3, whatever the size of the corpus: two articles
	// sharing a rare word is too often one story told twice).
	MinArticles int
	// Permutations is the number of label shuffles for the chance baseline
	// (default 20); a negative number turns the baseline off.
	Permutations int
	// Seed seeds the shuffles; the result depends only on it and the input.
	Seed uint64
	// Canon folds spelling variants of normalised words (see
	// similarity.Canon); nil is the identity.
	Canon func(string) string
}

// Defaults and fixed parameters of Terms; see the package comment.
const (
	defaultTop          = 15
	defaultMinZ         = 1.96
	defaultMinArticles  = 3
	defaultPermutations = 20

	priorWeight       = 1.0  // each group's prior, in units of its own size
	boilerplateShare  = 0.9  // share of the outlet's articles ...
	boilerplateOthers = 0.05 // ... and of the others' for boilerplate
	subsumeShare      = 0.9  // a bigram this common hides its unigram
	surfaceSample     = 5    // articles read to find how a term is written
)

// withDefaults returns o with the zero fields set to their defaults.
func (o Options) withDefaults() Options {
	if o.Top <= 0 {
		o.Top = defaultTop
	}
	if o.MinZ <= 0 {
		o.MinZ = defaultMinZ
	}
	if o.MinArticles <= 0 {
		o.MinArticles = defaultMinArticles
	}
	if o.Permutations == 0 {
		o.Permutations = defaultPermutations
	}
	return o
}

// Terms returns, for each outlet of docs sorted by name, the terms
// its articles use distinctively more often than the other outlets' do,
// most distinctive first. See the package comment for the method.
func Terms(docs []text.Doc, opt Options) []Outlet {
	opt = opt.withDefaults()
	v := newVocab(similarity.Canon(opt.Canon))
	st := &stats{opt: opt, v: v, c: v.count(docs, opt.MinArticles), nDocs: float64(len(docs))}
	st.group(docs)

	// Real labels: every term with z > MinZ, per outlet.
	found := make([][]score, len(st.groups))
	eval := make([]bool, len(st.groups))
	for gi, g := range st.groups {
		eval[gi] = g.eval
	}
	st.tally(st.labels, eval, func(g int32, s score) {
		if s.z > opt.MinZ {
			found[g] = append(found[g], s)
		}
	})
	active := make([]bool, len(st.groups))
	for gi := range found {
		active[gi] = len(found[gi]) > 0
	}
	base := st.baselines(active)

	out := make([]Outlet, 0, len(st.groups))
	for gi, g := range st.groups {
		if g.name == "" {
			continue
		}
		ot := Outlet{Outlet: g.name, Articles: len(g.docs)}
		if active[gi] {
			ot.Terms = st.report(docs, int32(gi), found[gi], max(opt.MinZ, base[gi]))
		}
		out = append(out, ot)
	}
	return out
}

// score is a term's z-score for an outlet.
type score struct {
	id int32
	y  int32 // articles of the outlet using the term
	z  float64
}

// group is the articles of one outlet.
type group struct {
	name string
	docs []int32 // indices into docs, in input order
	eval bool    // whether terms are found for it
	self []int32 // unigram ids of the words of its name
}

// stats holds what scoring needs.
type stats struct {
	opt    Options
	v      *vocab
	c      *counts
	nDocs  float64
	groups []*group  // by outlet name
	labels []int32   // the group of each article
	size   []float64 // the articles of each group
}

// group groups docs by outlet.
func (st *stats) group(docs []text.Doc) {
	by := map[string]*group{}
	for i := range docs {
		g := by[docs[i].Outlet]
		if g == nil {
			g = &group{name: docs[i].Outlet}
			by[g.name] = g
			st.groups = append(st.groups, g)
		}
		g.docs = append(g.docs, int32(i))
	}
	slices.SortFunc(st.groups, func(a, b *group) int { return strings.Compare(a.name, b.name) })
	st.labels = make([]int32, len(docs))
	st.size = make([]float64, len(st.groups))
	for gi, g := range st.groups {
		for _, a := range g.docs {
			st.labels[a] = int32(gi)
		}
		st.size[gi] = float64(len(g.docs))
		if g.name != "" && len(g.docs) >= st.opt.MinArticles && len(g.docs) < len(docs) {
			g.eval = true
			g.self = st.v.nameTerms(g.name)
		}
	}
}

// vocab maps token texts to term ids. Ids are dense: the unigrams
// first, in order of first use, then the bigrams that enough articles use,
// in order of their two unigrams' ids.
type vocab struct {
	canon similarity.Canon
	raw   map[uint64]int32 // hash of a token's text → unigram id, or -1
	uni   map[string]int32 // content term → unigram id
	words []string         // content term of each unigram id
	bi    map[uint64]int32 // bigramKey of two unigram ids → bigram id
	pairs [][2]int32       // unigram ids of bigram id len(words)+i
}

// hash returns the 64-bit FNV-1a hash of s.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// newVocab returns an empty vocabulary folding words with canon.
func newVocab(canon similarity.Canon) *vocab {
	return &vocab{canon: canon, raw: map[uint64]int32{}, uni: map[string]int32{}}
}

// unigram returns the id of the token text raw, or -1 if it is not a
// content word.
func (v *vocab) unigram(raw string) int32 {
	h := hash(raw)
	if id, ok := v.raw[h]; ok {
		return id
	}
	id := int32(-1)
	if t, ok := similarity.ContentTerm(corpus.NormalizeWord(raw), v.canon); ok {
		id, ok = v.uni[t]
		if !ok {
			id = int32(len(v.words))
			v.uni[t] = id
			v.words = append(v.words, t)
		}
	}
	v.raw[h] = id
	return id
}

// bigramKey is the map key of the bigram of unigram ids a and b.
func bigramKey(a, b int32) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// halves returns the unigram ids of term id if it is a bigram.
func (v *vocab) halves(id int32) (a, b int32, ok bool) {
	if int(id) < len(v.words) {
		return 0, 0, false
	}
	p := v.pairs[int(id)-len(v.words)]
	return p[0], p[1], true
}

// key returns the term of id: a content word, or two joined by a space.
func (v *vocab) key(id int32) string {
	if a, b, ok := v.halves(id); ok {
		return v.words[a] + " " + v.words[b]
	}
	return v.words[id]
}

// scan calls fn for each term occurrence of d: fn(a, -1, i) for the
// unigram a at token i, fn(a, b, i) for the bigram of unigrams a and b at
// tokens i-1 and i. Unknown words are added to v.
func (v *vocab) scan(d *text.Doc, fn func(a, b int32, i int)) {
	ns := d.NumSentences()
	si, prevSi := 0, -1
	prev := int32(-1) // unigram id of the previous token, -1 if none
	for i := range d.NumTokens() {
		t := d.Token(i)
		for si < ns && d.Sentence(si).End <= t.Start {
			si++
		}
		if len(d.Chrome) > 0 && d.InChrome(t.Start) {
			prev = -1 // site chrome is not what the outlet wrote
			continue
		}
		id := v.unigram(d.Slice(t.Start, t.End))
		if id < 0 {
			prev = -1
			continue
		}
		fn(id, -1, i)
		if prev >= 0 && si == prevSi && text.PhraseGap(d.Slice(d.Token(i-1).End, t.Start)) {
			fn(prev, id, i)
		}
		prev, prevSi = id, si
	}
}

// nameTerms returns the ids of the content words of an outlet's name,
// whole and split at dots.
func (v *vocab) nameTerms(name string) []int32 {
	var ids []int32
	add := func(w string) {
		t, ok := similarity.ContentTerm(w, v.canon)
		if !ok {
			return
		}
		if id, ok := v.uni[t]; ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, s := range corpus.Tokenize(name) {
		w := corpus.NormalizeWord(name[s.Start:s.End])
		add(w)
		if strings.Contains(w, ".") {
			for part := range strings.SplitSeq(w, ".") {
				add(part)
			}
		}
	}
	return ids
}

// counts are the term counts of a corpus.
type counts struct {
	df    []int32 // by term: the articles using it
	start []int   // by term: where its postings start in post; one more at the end
	post  []int32 // the articles using each term used by minDF articles, ascending
}

// postings returns the articles using term id, if minDF articles do.
func (c *counts) postings(id int32) []int32 { return c.post[c.start[id]:c.start[id+1]] }

// count reads the terms of each article. Terms used by fewer than minDF
// articles can never be reported: bigrams of them get no id and no term
// of them gets postings.
func (v *vocab) count(docs []text.Doc, minDF int) *counts {
	n := len(docs)
	// Each article's unigram ids and bigram keys, each once.
	unis, bis := make([][]int32, n), make([][]uint64, n)
	var uniBuf []int32
	var biBuf []uint64
	var stamp []int32 // by unigram: 1 + the last article using it
	var seen pairSet
	nbi := 0
	for a := range docs {
		mark := int32(a + 1)
		uniBuf, biBuf = uniBuf[:0], biBuf[:0]
		v.scan(&docs[a], func(x, y int32, _ int) {
			if y >= 0 {
				biBuf = append(biBuf, bigramKey(x, y))
				return
			}
			if int(x) >= len(stamp) {
				stamp = append(stamp, make([]int32, int(x)+1-len(stamp))...)
			}
			if stamp[x] != mark {
				stamp[x] = mark
				uniBuf = append(uniBuf, x)
			}
		})
		unis[a] = slices.Clone(uniBuf)
		bis[a] = slices.Clone(biBuf[:seen.dedup(biBuf)])
		nbi += len(bis[a])
	}

	// Bigrams: the article count of each key, from a sorted copy; ids for
	// those used by minDF articles.
	nu := len(v.words)
	c := &counts{df: make([]int32, nu)}
	for _, ids := range unis {
		for _, id := range ids {
			c.df[id]++
		}
	}
	sorted := sortBigramKeys(bis, nbi, nu)
	v.bi = map[uint64]int32{}
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		if j-i >= minDF {
			a, b := int32(sorted[i]/uint64(nu)), int32(sorted[i]%uint64(nu))
			v.bi[bigramKey(a, b)] = int32(nu + len(v.pairs))
			v.pairs = append(v.pairs, [2]int32{a, b})
			c.df = append(c.df, int32(j-i))
		}
		i = j
	}

	// Postings, filled article after article so each is ascending.
	c.start = make([]int, len(c.df)+1)
	for id, df := range c.df {
		c.start[id+1] = c.start[id]
		if int(df) >= minDF {
			c.start[id+1] += int(df)
		}
	}
	c.post = make([]int32, c.start[len(c.df)])
	fill := slices.Clone(c.start[:len(c.df)])
	for a := range n {
		for _, id := range unis[a] {
			if int(c.df[id]) >= minDF {
				c.post[fill[id]] = int32(a)
				fill[id]++
			}
		}
		for _, k := range bis[a] {
			if id, ok := v.bi[k]; ok {
				c.post[fill[id]] = int32(a)
				fill[id]++
			}
		}
	}
	return c
}

// pairSet removes repeated keys from short lists.
type pairSet struct {
	slot []uint64 // key + 1, 0 for empty
}

// dedup moves the distinct keys of ks to its front, in order of first
// appearance, and returns their number.
func (s *pairSet) dedup(ks []uint64) int {
	size := 16
	for size < 2*len(ks) {
		size *= 2
	}
	if len(s.slot) < size {
		s.slot = make([]uint64, size)
	}
	slot := s.slot[:size]
	clear(slot)
	n := 0
	for _, k := range ks {
		i := int(k*0x9E3779B97F4A7C15>>40) & (size - 1)
		for slot[i] != 0 && slot[i] != k+1 {
			i = (i + 1) & (size - 1)
		}
		if slot[i] == 0 {
			slot[i] = k + 1
			ks[n] = k
			n++
		}
	}
	return n
}

// sortBigramKeys returns the n pair keys of keys (unigram ids below nu) as
// a*nu+b, sorted: a least-significant-digit radix sort, 11 bits a pass.
func sortBigramKeys(keys [][]uint64, n, nu int) []uint64 {
	a := make([]uint64, 0, n)
	var top uint64
	for _, ks := range keys {
		for _, k := range ks {
			a = append(a, (k>>32)*uint64(nu)+k&math.MaxUint32)
			top = max(top, a[len(a)-1])
		}
	}
	const bits = 11
	tmp := make([]uint64, len(a))
	var count [1 << bits]int
	for shift := 0; top>>shift > 0; shift += bits {
		clear(count[:])
		for _, k := range a {
			count[k>>shift&(1<<bits-1)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, k := range a {
			d := k >> shift & (1<<bits - 1)
			tmp[count[d]] = k
			count[d]++
		}
		a, tmp = tmp, a
	}
	return a
}

// z returns the z-score of the log-odds ratio of a term used by y of the
// outlet's ni articles and df of all.
func (st *stats) z(y, df int32, ni float64) float64 {
	p := float64(df) / st.nDocs // the prior's share
	yi, yj := float64(y), float64(df-y)
	nj := st.nDocs - ni
	ai, aj := priorWeight*ni*p, priorWeight*nj*p // pseudo-articles using it
	ui := ni + priorWeight*ni - yi - ai          // and not using it
	uj := nj + priorWeight*nj - yj - aj
	if ui <= 0 || uj <= 0 {
		return 0 // every article uses the term
	}
	delta := math.Log((yi + ai) * uj / ((yj + aj) * ui))
	return delta / math.Sqrt(1/(yi+ai)+1/ui+1/(yj+aj)+1/uj)
}

// eligible reports whether the term id, used by y of group g's articles,
// may be reported for g: not boilerplate, not the outlet's name.
func (st *stats) eligible(g int32, id, y int32) bool {
	ni := st.size[g]
	if float64(y) >= boilerplateShare*ni && float64(st.c.df[id]-y) < boilerplateOthers*(st.nDocs-ni) {
		return false
	}
	self := st.groups[g].self
	if len(self) == 0 {
		return true
	}
	if a, b, ok := st.v.halves(id); ok {
		return !slices.Contains(self, a) && !slices.Contains(self, b)
	}
	return !slices.Contains(self, id)
}

// tally counts the articles of each group using each term, the groups
// given by labels (one per article), and calls fn(g, s) for each term
// that MinArticles articles of an active group g use, more than the corpus
// does, and that g may report. Terms are visited in id order.
func (st *stats) tally(labels []int32, active []bool, fn func(g int32, s score)) {
	cnt := make([]int32, len(st.groups))
	minA := int32(st.opt.MinArticles)
	eval := func(id, g, y int32) { // y >= minA
		df := st.c.df[id]
		if !active[g] || float64(y)*st.nDocs <= st.size[g]*float64(df) || !st.eligible(g, id, y) {
			return
		}
		fn(g, score{id, y, st.z(y, df, st.size[g])})
	}
	for id := range int32(len(st.c.df)) {
		post := st.c.postings(id)
		for _, a := range post {
			cnt[labels[a]]++
		}
		if len(post) < len(cnt) {
			// Rare terms: the groups are those of the postings.
			for _, a := range post {
				g := labels[a]
				if y := cnt[g]; y >= minA {
					eval(id, g, y)
				}
				cnt[g] = 0
			}
			continue
		}
		for g, y := range cnt {
			if y >= minA {
				eval(id, int32(g), y)
			}
			cnt[g] = 0
		}
	}
}

// baselines returns, for each active group, the highest z of a term it
// may report under any of the label shuffles (-Inf if none).
func (st *stats) baselines(active []bool) []float64 {
	base := make([]float64, len(st.groups))
	for i := range base {
		base[i] = math.Inf(-1)
	}
	np := st.opt.Permutations
	if np <= 0 || !slices.Contains(active, true) {
		return base
	}
	maxes := make([][]float64, np)
	newLabels := func() []int32 { return make([]int32, len(st.labels)) }
	fanout.EachWith(np, runtime.GOMAXPROCS(0), newLabels, func(labels []int32, p int) {
		copy(labels, st.labels)
		rng := rand.New(rand.NewPCG(st.opt.Seed, uint64(p)+1))
		rng.Shuffle(len(labels), func(i, j int) { labels[i], labels[j] = labels[j], labels[i] })
		best := make([]float64, len(st.groups))
		for i := range best {
			best[i] = math.Inf(-1)
		}
		st.tally(labels, active, func(g int32, s score) { best[g] = max(best[g], s.z) })
		maxes[p] = best
	})
	for _, m := range maxes {
		for gi, z := range m {
			base[gi] = max(base[gi], z)
		}
	}
	return base
}

// report returns the reported terms of group g among its scored terms:
// those above threshold, without subsumed unigrams, the Top most
// distinctive, with how they are written and example sentences.
func (st *stats) report(docs []text.Doc, g int32, found []score, threshold float64) []Term {
	var above []score
	for _, s := range found {
		if s.z > threshold {
			above = append(above, s)
		}
	}
	slices.SortFunc(above, func(a, b score) int {
		if c := cmp.Compare(b.z, a.z); c != 0 {
			return c
		}
		return strings.Compare(st.v.key(a.id), st.v.key(b.id))
	})
	var top []score
	for _, s := range above {
		if len(top) == st.opt.Top {
			break
		}
		if !st.subsumed(s, above) {
			top = append(top, s)
		}
	}
	if len(top) == 0 {
		return nil
	}
	return st.describe(docs, g, top)
}

// subsumed reports whether the unigram s is part of a bigram in above used
// by at least subsumeShare as many of the outlet's articles.
func (st *stats) subsumed(s score, above []score) bool {
	if _, _, ok := st.v.halves(s.id); ok {
		return false
	}
	for _, b := range above {
		x, y, ok := st.v.halves(b.id)
		if ok && (x == s.id || y == s.id) && float64(b.y) >= subsumeShare*float64(s.y) {
			return true
		}
	}
	return false
}

// use gathers how a reported term is written and where.
type use struct {
	sample   []int32        // the first articles of the outlet using it
	forms    map[string]int // its written forms in them
	examples []text.Example
	lastDoc  int32 // the last article it was seen in, -1 before
}

// describe reads the first surfaceSample articles of group g using each
// term of top, and returns the terms as Terms.
func (st *stats) describe(docs []text.Doc, g int32, top []score) []Term {
	uses := make([]use, len(top))
	index := make(map[int32]int, len(top))
	var arts []int32
	for k, s := range top {
		u := &uses[k]
		*u = use{forms: map[string]int{}, lastDoc: -1}
		index[s.id] = k
		for _, a := range st.c.postings(s.id) {
			if st.labels[a] == g {
				u.sample = append(u.sample, a)
				if len(u.sample) == surfaceSample {
					break
				}
			}
		}
		arts = append(arts, u.sample...)
	}
	slices.Sort(arts)
	for _, a := range slices.Compact(arts) {
		d := &docs[a]
		st.v.scan(d, func(x, y int32, last int) {
			id, first := x, last
			if y >= 0 {
				var ok bool
				if id, ok = st.v.bi[bigramKey(x, y)]; !ok {
					return
				}
				first = last - 1
			}
			k, ok := index[id]
			if !ok || !slices.Contains(uses[k].sample, a) {
				return
			}
			u := &uses[k]
			u.forms[written(d, first, last)]++
			if u.lastDoc == a || len(u.examples) == text.MaxExamples {
				return
			}
			u.lastDoc = a
			s := d.SentenceAt(int(d.Token(first).Start))
			if !slices.ContainsFunc(u.examples, func(e text.Example) bool { return e.Sentence == s }) {
				u.examples = append(u.examples, text.Example{Doc: d.ID, Outlet: d.Outlet, Sentence: s})
			}
		})
	}
	out := make([]Term, len(top))
	for k, s := range top {
		out[k] = Term{
			Term:     mostFrequentForm(uses[k].forms, st.v.key(s.id)),
			Z:        s.z,
			Articles: int(s.y),
			Others:   int(st.c.df[s.id] - s.y),
			Examples: uses[k].examples,
		}
	}
	return out
}

// written returns tokens first..last of d as written: a final
// possessive removed (as similarity.ContentTerm removes it) and the gap
// of a bigram written as one hyphen or one space.
func written(d *text.Doc, first, last int) string {
	w := english.TrimPossessive(d.Word(last))
	if first == last {
		return w
	}
	sep := " "
	if strings.Contains(d.Slice(d.Token(first).End, d.Token(last).Start), "-") {
		sep = "-"
	}
	return d.Word(first) + sep + w
}

// mostFrequentForm returns the most frequent key of forms, the smallest on
// ties, or def if forms is empty.
func mostFrequentForm(forms map[string]int, def string) string {
	best, n := def, 0
	for f, c := range forms {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}
