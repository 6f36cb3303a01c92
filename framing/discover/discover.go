package discover

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
	"github.com/newsfold/compare/internal/english"
)

// Variant is a spelling variant found without a lexicon.
type Variant struct {
	Terms    []string                  // the spellings, most used first, as written (e.g. "Kiev", "Kyiv")
	Outlets  map[string]map[string]int // term -> outlet -> articles using it
	Score    float64                   // confidence in [0,1]
	Evidence []text.Example            // one example sentence per spelling, from different outlets where possible
}

// Options configures Variants.
type Options struct {
	MinArticles int // fewest articles a spelling must appear in (default 2)
	// Substitutions are extra candidate pairs harvested from aligned
	// sentences of one event (package align); may be nil. The same pair
	// may come more than once: the counts add up.
	Substitutions []Substitution
}

// Substitution is a change of words that aligned sentences of two
// articles show: From in one where To stands in the other, Count times.
// It has the fields of align.Substitution, which converts to it.
type Substitution struct {
	From, To string
	Count    int
}

// Thresholds of discovery; the package comment (doc.go) gives the reasons.
const (
	defaultMinArticles = 2         // default Options.MinArticles
	minLetters         = 3         // fewest letters of a candidate spelling or a context word
	minConsonants      = 2         // fewest consonants of a skeleton
	minSubstConsonants = 3         // fewest consonants of a pair from substitutions only
	minAssociation     = 0.5       // bias-corrected Cramér's V of outlet × spelling
	minCosine          = 0.1       // cosine of the context vectors
	window             = 3         // context words either side
	maxContextOccs     = 1000      // occurrences read per spelling for its context
	sparseOccs         = 10        // fewer occurrences read whole sentences as context
	references         = 10        // names a variant must be closer than
	wideWindow         = 15        // sentence context words either side, at most
	lowerSample        = 2_000_000 // about how many tokens are read for lower-case words
)

// occ is a capitalised token: its doc, its index in the doc's words and
// the spelling of the name right after it (-1 if none).
type occ struct{ doc, tok, next int32 }

// spelling is a capitalised word as written (possessive stripped).
type spelling struct {
	form       string
	occs       []occ // in doc order
	articles   int   // docs using it
	midCap     int   // occurrences not at the start of a sentence
	beforeName int   // occurrences followed by a name

	lower   string       // lower-case form (candidates)
	skel    string       // transliteration skeleton (candidates)
	cons    string       // skeleton without vowels (candidates, and names after first names)
	outlets []outletUses // articles by outlet id (candidates)
	ctx     [2]vector    // context vectors (narrow, wide), once built
}

type outletUses struct{ outlet, articles int }

// discovery is the state of one Variants call.
type discovery struct {
	*scan
	docs        []text.Doc
	docOutlet   []int // outlet id of each doc
	outletNames []string
}

// pair is a candidate pair of spellings (indices, a < b).
type pair struct{ a, b int }

// confirmed is an accepted pair with its score; anchors are the names
// (consonants) after the spellings when only the occurrences before them
// were compared (first names).
type confirmed struct {
	pair
	score   float64
	anchors map[string]bool
}

// Variants finds spelling variants among the capitalised words of docs.
func Variants(docs []text.Doc, opt Options) []Variant {
	minArticles := opt.MinArticles
	if minArticles <= 0 {
		minArticles = defaultMinArticles
	}
	dc := &discovery{scan: scanDocs(docs), docs: docs, docOutlet: make([]int, len(docs))}
	outletID := map[string]int{}
	for i := range docs {
		id, ok := outletID[docs[i].Outlet]
		if !ok {
			id = len(dc.outletNames)
			outletID[docs[i].Outlet] = id
			dc.outletNames = append(dc.outletNames, docs[i].Outlet)
		}
		dc.docOutlet[i] = id
	}

	// Candidates, bucketed by skeleton.
	var cands []int
	bySkel := map[string][]int{}
	byLower := map[string]int{}
	for i := range dc.spellings {
		s := &dc.spellings[i]
		if s.articles < minArticles || s.midCap == 0 {
			continue
		}
		s.lower = strings.ToLower(s.form)
		if s.midCap <= dc.lowerCount(s.lower) {
			continue
		}
		s.skel = skeleton(s.form)
		s.cons = consonants(s.skel)
		if len(s.cons) < minConsonants {
			continue
		}
		s.outlets = dc.outletCounts(s.occs)
		cands = append(cands, i)
		bySkel[s.skel] = append(bySkel[s.skel], i)
		if _, ok := byLower[s.lower]; !ok {
			byLower[s.lower] = i // the first of forms equal but for case
		}
	}

	// Close pairs: the same skeleton, or one vowel gap toggled.
	seen := map[pair]bool{}
	var pairs []pair
	add := func(a, b int) {
		p := pair{min(a, b), max(a, b)}
		if a != b && !seen[p] && dc.spellings[a].lower != dc.spellings[b].lower {
			seen[p] = true
			pairs = append(pairs, p)
		}
	}
	for _, i := range cands {
		s := &dc.spellings[i]
		for _, j := range bySkel[s.skel] {
			add(i, j)
		}
		for _, t := range vowelToggles(s.skel) {
			for _, j := range bySkel[t] {
				add(i, j)
			}
		}
	}
	// Pairs from substitutions: both single words and candidates.
	subst := map[pair]int{}
	for _, sub := range opt.Substitutions {
		a, okA := byLower[substWord(sub.From)]
		b, okB := byLower[substWord(sub.To)]
		if okA && okB && a != b && sub.Count > 0 {
			subst[pair{min(a, b), max(a, b)}] += sub.Count
		}
	}
	for p := range subst {
		sa, sb := &dc.spellings[p.a], &dc.spellings[p.b]
		if sa.cons == sb.cons || (min(len(sa.cons), len(sb.cons)) >= minSubstConsonants && editDistance.Distance(sa.cons, sb.cons) <= 1) {
			add(p.a, p.b)
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	acc := dc.confirm(pairs, subst)
	return dc.groups(acc)
}

// confirm returns the pairs that pass the tests of complementary use and
// shared contexts. Contexts are built only for the spellings of pairs
// that pass the first, all in one sweep over the docs.
func (dc *discovery) confirm(pairs []pair, subst map[pair]int) []confirmed {
	type check struct {
		pair
		v     float64
		first bool // two first names: compared before shared names
	}
	var checks []check
	var need [2][]int // spellings whose narrow, wide contexts are needed
	needed := [2]map[int]bool{{}, {}}
	for _, p := range pairs {
		sa, sb := &dc.spellings[p.a], &dc.spellings[p.b]
		if inflected(sa.lower, sb.lower) {
			continue
		}
		if dc.firstName(sa) && dc.firstName(sb) {
			checks = append(checks, check{pair: p, first: true})
			continue
		}
		v := association(sa.outlets, sb.outlets)
		if v < minAssociation {
			continue
		}
		checks = append(checks, check{pair: p, v: v})
		w := b2i(sparse(sa.occs) || sparse(sb.occs))
		for _, x := range []int{p.a, p.b} {
			if !needed[w][x] {
				needed[w][x] = true
				need[w] = append(need[w], x)
			}
		}
	}
	for w, ids := range need {
		lists := make([][]occ, len(ids))
		for i, x := range ids {
			lists[i] = dc.spellings[x].occs
		}
		for i, v := range dc.vectors(lists, false, w == 1) {
			dc.spellings[ids[i]].ctx[w] = v
		}
	}

	// Spellings with a vector of each kind, by occurrences: references.
	var refs [2][]*spelling
	for w, ids := range need {
		for _, x := range ids {
			refs[w] = append(refs[w], &dc.spellings[x])
		}
		slices.SortFunc(refs[w], func(x, y *spelling) int {
			return cmp.Or(cmp.Compare(len(x.occs), len(y.occs)), cmp.Compare(x.form, y.form))
		})
	}

	var out []confirmed
	for _, c := range checks {
		sa, sb := &dc.spellings[c.a], &dc.spellings[c.b]
		n := subst[c.pair]
		skip := []int32{dc.keyOf(sa.skel), dc.keyOf(sb.skel)}
		var anchors map[string]bool
		w := b2i(sparse(sa.occs) || sparse(sb.occs))
		v, ctxA, ctxB := c.v, sa.ctx[w], sb.ctx[w]
		m := min(sa.articles, sb.articles)
		if c.first {
			if anchors = dc.sharedNext(sa, sb); anchors == nil {
				continue
			}
			oa, ob := dc.anchored(sa, anchors), dc.anchored(sb, anchors)
			outA, outB := dc.outletCounts(oa), dc.outletCounts(ob)
			if v = association(outA, outB); v < minAssociation {
				continue
			}
			w = b2i(sparse(oa) || sparse(ob))
			vs := dc.vectors([][]occ{oa, ob}, true, w == 1)
			ctxA, ctxB = vs[0], vs[1]
			m = min(totalArticles(outA), totalArticles(outB))
		}
		cos := cosine(ctxA, ctxB, skip...)
		if cos < minCosine && n == 0 {
			continue
		}
		bg := background(ctxA, ctxB, sa, sb, refs[w], w, skip)
		if cos <= bg && n == 0 {
			continue
		}
		ev := 0.0
		if bg < 1 {
			ev = max(0, (cos-bg)/(1-bg))
		}
		if n > 0 {
			ev = max(ev, 1-1/float64(1+n))
		}
		score := math.Cbrt(skeletonSimilarity(sa, sb)*v*ev) * float64(m) / float64(m+1)
		out = append(out, confirmed{pair: c.pair, score: min(1, max(0, score)), anchors: anchors})
	}
	return out
}

// background is the cosine names of the frequency of a and b share with
// them anyway: the mean cosine of x (a's vector, of kind w) with the
// references names nearest to b in occurrences (from refs, sorted
// by occurrences; names of other skeletons), or of y with those nearest
// to a, whichever is higher. It is 0 when there are fewer names than that
// (a small corpus).
func background(x, y vector, a, b *spelling, refs []*spelling, w int, skip []int32) float64 {
	bg := 0.0
	for _, side := range []struct {
		v     vector
		other *spelling
	}{{x, b}, {y, a}} {
		n := len(side.other.occs)
		i, _ := slices.BinarySearchFunc(refs, n, func(s *spelling, n int) int { return cmp.Compare(len(s.occs), n) })
		lo, hi := i-1, i
		sum, found := 0.0, 0
		for found < references && (lo >= 0 || hi < len(refs)) {
			// The nearer in occurrences of the next below and above.
			var r *spelling
			if hi >= len(refs) || (lo >= 0 && n-len(refs[lo].occs) <= len(refs[hi].occs)-n) {
				r, lo = refs[lo], lo-1
			} else {
				r, hi = refs[hi], hi+1
			}
			if r.cons != a.cons && r.cons != b.cons {
				sum += cosine(side.v, r.ctx[w], skip...)
				found++
			}
		}
		if found < references {
			return 0
		}
		bg = max(bg, sum/float64(found))
	}
	return bg
}

// groups joins the confirmed pairs into variants, sorted. Joining is by
// complete linkage: pairs are taken best supported first (by the
// articles of the rarer spelling, then score), and two groups join only
// if every spelling of one is confirmed with every spelling of the other,
// so that a chain of close names (Kane, Kan, Kenya) does not become one
// variant, and a rare misspelling does not keep a spelling from the one it
// varies most.
func (dc *discovery) groups(acc []confirmed) []Variant {
	support := func(c confirmed) int { return min(dc.spellings[c.a].articles, dc.spellings[c.b].articles) }
	slices.SortStableFunc(acc, func(x, y confirmed) int {
		return cmp.Or(cmp.Compare(support(y), support(x)), cmp.Compare(y.score, x.score))
	})
	score := make(map[pair]float64, len(acc))
	for _, c := range acc {
		score[c.pair] = c.score
	}
	type group struct {
		members []int
		scores  []float64
	}
	groupOf := map[int]*group{}
	var order []*group
	anchors := map[int]map[string]bool{} // spelling -> names after it that make it a variant
	for _, c := range acc {
		ga, gb := groupOf[c.a], groupOf[c.b]
		if ga != nil && ga == gb {
			continue
		}
		ma, mb := []int{c.a}, []int{c.b}
		if ga != nil {
			ma = ga.members
		}
		if gb != nil {
			mb = gb.members
		}
		var scores []float64
		complete := true
		for _, x := range ma {
			for _, y := range mb {
				s, ok := score[pair{min(x, y), max(x, y)}]
				complete = complete && ok
				scores = append(scores, s)
			}
		}
		if !complete {
			continue
		}
		g := &group{}
		order = append(order, g)
		for _, old := range []*group{ga, gb} {
			if old != nil {
				g.scores = append(g.scores, old.scores...)
				old.members = nil
			}
		}
		g.members = append(slices.Clone(ma), mb...)
		g.scores = append(g.scores, scores...)
		for _, x := range g.members {
			groupOf[x] = g
		}
		for _, x := range []int{c.a, c.b} {
			if c.anchors != nil {
				if anchors[x] == nil {
					anchors[x] = map[string]bool{}
				}
				maps.Copy(anchors[x], c.anchors)
			}
		}
	}

	type member struct {
		s        *spelling
		occs     []occ
		outlets  []outletUses
		articles int
	}
	var out []Variant
	total := map[string]int{} // first term -> articles of the group
	for _, g := range order {
		if len(g.members) == 0 {
			continue // joined into a later group
		}
		var ms []member
		for _, x := range g.members {
			s := &dc.spellings[x]
			m := member{s: s, occs: s.occs, outlets: s.outlets}
			if a := anchors[x]; a != nil {
				m.occs = dc.anchored(s, a)
				m.outlets = dc.outletCounts(m.occs)
			}
			m.articles = totalArticles(m.outlets)
			ms = append(ms, m)
		}
		slices.SortFunc(ms, func(x, y member) int {
			return cmp.Or(cmp.Compare(y.articles, x.articles), cmp.Compare(x.s.form, y.s.form))
		})
		d := Variant{Outlets: map[string]map[string]int{}}
		shown := map[int]bool{}
		n := 0
		for _, m := range ms {
			term := strings.Clone(m.s.form)
			d.Terms = append(d.Terms, term)
			byOutlet := map[string]int{}
			for _, o := range m.outlets {
				byOutlet[dc.outletNames[o.outlet]] = o.articles
			}
			d.Outlets[term] = byOutlet
			d.Evidence = append(d.Evidence, dc.evidence(m.occs, shown))
			n += m.articles
		}
		sum := 0.0
		for _, s := range g.scores {
			sum += s
		}
		d.Score = sum / float64(len(g.scores))
		total[d.Terms[0]] = n
		out = append(out, d)
	}
	slices.SortFunc(out, func(x, y Variant) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(total[y.Terms[0]], total[x.Terms[0]]), slices.Compare(x.Terms, y.Terms))
	})
	return out
}

// evidence is the sentence of the first of occs in an outlet not in
// shown, else of the first of occs; it adds the outlet to shown.
func (dc *discovery) evidence(occs []occ, shown map[int]bool) text.Example {
	pick := occs[0]
	for _, o := range occs {
		if !shown[dc.docOutlet[o.doc]] {
			pick = o
			break
		}
	}
	shown[dc.docOutlet[pick.doc]] = true
	d := &dc.docs[pick.doc]
	return text.Example{Doc: d.ID, Outlet: d.Outlet, Sentence: d.SentenceAt(int(d.Token(int(pick.tok)).Start))}
}

// outletCounts returns the articles of each outlet among occs (in doc
// order), by outlet id.
func (dc *discovery) outletCounts(occs []occ) []outletUses {
	m := map[int]int{}
	last := int32(-1)
	for _, o := range occs {
		if o.doc != last {
			last = o.doc
			m[dc.docOutlet[o.doc]]++
		}
	}
	out := make([]outletUses, 0, len(m))
	for id, n := range m {
		out = append(out, outletUses{id, n})
	}
	slices.SortFunc(out, func(x, y outletUses) int { return cmp.Compare(x.outlet, y.outlet) })
	return out
}

// totalArticles is the total of articles in outlet counts.
func totalArticles(outlets []outletUses) int {
	n := 0
	for _, o := range outlets {
		n += o.articles
	}
	return n
}

// association is the bias-corrected Cramér's V (Bergsma 2013) of the
// outlets × {a, b} table of article counts: 0 when the outlet says nothing
// of the spelling, 1 when each outlet uses one spelling only.
func association(a, b []outletUses) float64 {
	type row struct{ a, b float64 }
	var rows []row
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i].outlet < b[j].outlet):
			rows = append(rows, row{float64(a[i].articles), 0})
			i++
		case i >= len(a) || b[j].outlet < a[i].outlet:
			rows = append(rows, row{0, float64(b[j].articles)})
			j++
		default:
			rows = append(rows, row{float64(a[i].articles), float64(b[j].articles)})
			i++
			j++
		}
	}
	var na, nb float64
	for _, r := range rows {
		na += r.a
		nb += r.b
	}
	n := na + nb
	if len(rows) < 2 || na == 0 || nb == 0 || n < 3 {
		return 0
	}
	chi2 := 0.0
	for _, r := range rows {
		t := r.a + r.b
		ea, eb := t*na/n, t*nb/n
		chi2 += (r.a-ea)*(r.a-ea)/ea + (r.b-eb)*(r.b-eb)/eb
	}
	k, rr := 2.0, float64(len(rows))
	phi2 := max(0, chi2/n-(k-1)*(rr-1)/(n-1))
	kc := k - (k-1)*(k-1)/(n-1)
	rc := rr - (rr-1)*(rr-1)/(n-1)
	den := min(kc-1, rc-1)
	if den <= 0 {
		return 0
	}
	return min(1, math.Sqrt(phi2/den))
}

// scan holds what the pass over the tokens found.
type scan struct {
	spellings []spelling
	vocab     map[string]int   // written form -> spellings index
	lowerID   map[string]int32 // lower-case word -> index in lowerN
	lowerN    []int32          // occurrences of lower-case words in the sampled docs
	sample    int              // every sample-th doc is read for lower-case words
	tokens    int              // tokens of all docs

	wordKey map[string]int32 // context word as written -> key (contextWord), filled on demand
	keyID   map[string]int32 // skeleton -> key
	keyFreq []int            // key -> occurrences of its commonest form
}

// capToken is a capitalised token as the scan logs it: spelling, doc,
// token index (its high bits flags) and the spelling of the name after it.
type capToken struct{ id, doc, tok, next int32 }

const (
	capMid  = 1 << 30 // not at the start of a sentence
	tokMask = capMid - 1
)

// scanDocs makes the one pass over the tokens of docs.
func scanDocs(docs []text.Doc) *scan {
	sc := &scan{vocab: map[string]int{}, lowerID: map[string]int32{}, wordKey: map[string]int32{}, keyID: map[string]int32{}}
	var forms []string // of the spellings, by id
	for i := range docs {
		sc.tokens += docs[i].NumTokens()
	}
	sc.sample = max(1, sc.tokens/lowerSample)
	var log capLog
	for di := range docs {
		d := &docs[di]
		ns := d.NumSentences()
		si, lastSent := 0, -1
		countLower := di%sc.sample == 0
		prevEnd := int32(-1) // where the last token ends, if it was a name
		for ti := range d.NumTokens() {
			sp := d.Token(ti)
			// Sentence-initial: the first token of its sentence.
			initial := false
			if ns == 0 {
				initial = ti == 0 || afterBreak(d.Slice(0, sp.Start), int(sp.Start))
			} else {
				for si < ns && d.Sentence(si).End <= sp.Start {
					si++
				}
				if si >= ns || d.Sentence(si).Start > sp.Start {
					initial = true // outside every sentence
				} else if si != lastSent {
					initial = true
					lastSent = si
				}
			}
			w := d.Slice(sp.Start, sp.End)
			c := w[0]
			upper := false
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				upper = true
			case c < utf8.RuneSelf:
				continue // a digit or '_'
			default:
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) {
					upper = true
				} else if !unicode.IsLower(r) {
					continue
				}
			}
			if !upper {
				if countLower && len(w) >= minLetters {
					w = english.TrimPossessive(w)
					if id, ok := sc.lowerID[w]; ok {
						sc.lowerN[id]++
					} else {
						sc.lowerID[strings.Clone(w)] = int32(len(sc.lowerN))
						sc.lowerN = append(sc.lowerN, 1)
					}
				}
				continue
			}
			w = english.TrimPossessive(w)
			if (initial && commonInitial(w)) || !nameLike(w) {
				prevEnd = -1
				continue
			}
			w = english.FoldApostrophes(w) // O’Connor is O'Connor
			id, ok := sc.vocab[w]
			if !ok {
				w = strings.Clone(w) // keys compared in the map stay close together
				id = len(forms)
				sc.vocab[w] = id
				forms = append(forms, w)
			}
			if prevEnd >= 0 && prevEnd+1 == sp.Start && d.Slice(prevEnd, sp.Start) == " " {
				log.last().next = int32(id)
			}
			flags := int32(0)
			if !initial {
				flags = capMid
			}
			log.add(capToken{int32(id), int32(di), int32(ti) | flags, -1})
			prevEnd = sp.End
		}
	}
	sc.spellings = make([]spelling, len(forms))
	for i, f := range forms {
		sc.spellings[i].form = f
	}
	sc.index(&log)
	return sc
}

// capLog is the log of capitalised tokens, in chunks (never copied as it
// grows).
type capLog struct {
	chunks [][]capToken
	n      int
}

const capChunk = 1 << 16

func (l *capLog) add(c capToken) {
	if len(l.chunks) == 0 || len(l.chunks[len(l.chunks)-1]) == capChunk {
		l.chunks = append(l.chunks, make([]capToken, 0, capChunk))
	}
	k := len(l.chunks) - 1
	l.chunks[k] = append(l.chunks[k], c)
	l.n++
}

func (l *capLog) last() *capToken {
	c := l.chunks[len(l.chunks)-1]
	return &c[len(c)-1]
}

// index fills the occurrences and counts of the spellings from the log
// (in doc order); the occurrences of all spellings share one array.
func (sc *scan) index(log *capLog) {
	start := make([]int32, len(sc.spellings)+1)
	for _, ch := range log.chunks {
		for _, c := range ch {
			start[c.id+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	all := make([]occ, log.n)
	next := slices.Clone(start[:len(sc.spellings)])
	type counts struct{ articles, midCap, beforeName, lastDoc int32 }
	cs := make([]counts, len(sc.spellings))
	for i := range cs {
		cs[i].lastDoc = -1
	}
	for k, ch := range log.chunks {
		for _, c := range ch {
			all[next[c.id]] = occ{c.doc, c.tok & tokMask, c.next}
			next[c.id]++
			n := &cs[c.id]
			if n.lastDoc != c.doc {
				n.lastDoc = c.doc
				n.articles++
			}
			if c.tok&capMid != 0 {
				n.midCap++
			}
			if c.next >= 0 {
				n.beforeName++
			}
		}
		log.chunks[k] = nil // done with it
	}
	for i := range sc.spellings {
		s := &sc.spellings[i]
		s.occs = all[start[i]:start[i+1]:start[i+1]]
		s.articles, s.midCap, s.beforeName = int(cs[i].articles), int(cs[i].midCap), int(cs[i].beforeName)
	}
}

// lowerCount is the estimated occurrences of the lower-case word w in all docs.
func (sc *scan) lowerCount(w string) int {
	if id, ok := sc.lowerID[w]; ok {
		return int(sc.lowerN[id]) * sc.sample
	}
	return 0
}

// afterBreak reports whether the word at off starts a sentence by the text
// before it (for docs without sentence spans): nothing, or a terminator or
// line break, before it but for spaces and opening quotes.
func afterBreak(text string, off int) bool {
	for off > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:off])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?':
			return true
		case unicode.IsSpace(r) || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Ps, r) || r == '"' || r == '\'':
			off -= size
		default:
			return false
		}
	}
	return true
}

// commonInitial reports whether w is a function word that often starts a
// sentence: not a name, and too common to be worth a lookup.
func commonInitial(w string) bool {
	switch w {
	case "The", "And", "But", "For", "This", "That", "They", "She", "His", "Her",
		"Its", "Their", "There", "These", "Those", "When", "While", "What", "Who",
		"After", "With", "From", "Some", "Many", "Most", "One", "Two", "Our",
		"However", "According", "Although", "Since", "Because", "Even", "Also",
		"Still", "Yet", "Now", "Then", "Here", "How", "Why", "Where", "Not",
		"All", "Both", "Each", "Such", "Other", "Instead", "Before", "During",
		"Under", "Over", "Despite", "Among", "Only", "Just", "Last", "More",
		"Asked", "Meanwhile", "Yes", "You", "Can", "Will", "Did", "Does", "Was",
		"Are", "Has", "Had", "Have", "Would", "Could", "Should", "Let", "Every":
		return true
	}
	return false
}

// nameLike reports whether w (first rune upper case) may be a name: at
// least minLetters letters, a lower-case one among them (not an acronym),
// nothing but letters and inner apostrophes.
func nameLike(w string) bool {
	letters, lower := 0, false
	for i, r := range w {
		switch {
		case 'a' <= r && r <= 'z':
			letters++
			lower = true
		case 'A' <= r && r <= 'Z':
			letters++
		case i > 0 && english.IsApostrophe(r):
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			lower = lower || unicode.IsLower(r)
		default:
			return false
		}
	}
	return letters >= minLetters && lower
}

// substWord is the lower-case form of a one-word side of a substitution,
// or "" when it has more words.
func substWord(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return ""
	}
	return strings.ToLower(english.FoldApostrophes(english.TrimPossessive(s)))
}

// firstName reports whether most occurrences of s are followed by a name.
func (dc *discovery) firstName(s *spelling) bool { return 2*s.beforeName > len(s.occs) }

// nameKey returns the key of the name spelling id as it follows a first
// name: its consonants.
func (dc *discovery) nameKey(id int32) string {
	s := &dc.spellings[id]
	if s.cons == "" {
		s.cons = consonants(skeleton(s.form))
	}
	return s.cons
}

// sharedNext returns the keys of the names seen right after both a and b,
// nil if none.
func (dc *discovery) sharedNext(a, b *spelling) map[string]bool {
	inA := map[string]bool{}
	for _, o := range a.occs {
		if o.next >= 0 {
			inA[dc.nameKey(o.next)] = true
		}
	}
	var shared map[string]bool
	for _, o := range b.occs {
		if o.next >= 0 {
			if k := dc.nameKey(o.next); inA[k] {
				if shared == nil {
					shared = map[string]bool{}
				}
				shared[k] = true
			}
		}
	}
	return shared
}

// anchored returns the occurrences of s followed by one of the names.
func (dc *discovery) anchored(s *spelling, names map[string]bool) []occ {
	var out []occ
	for _, o := range s.occs {
		if o.next >= 0 && names[dc.nameKey(o.next)] {
			out = append(out, o)
		}
	}
	return out
}

// sparse reports whether occs are too few for narrow contexts.
func sparse(occs []occ) bool { return len(occs) < sparseOccs }

// vectors returns the context vector of each list of occurrences: the
// context words within window tokens of (at most maxContextOccs
// of) them, or with wide within their sentence (at most wideWindow
// tokens either side, and as many fewer occurrences), weighed by weigh.
// All lists are read in one sweep in doc order. With skipNext the word
// right after each occurrence is left out (the name that selected the
// occurrences).
func (dc *discovery) vectors(lists [][]occ, skipNext, wide bool) []vector {
	// The occurrences to read, bucketed by doc.
	type read struct{ tok, list int32 }
	start := make([]int32, len(dc.docs)+1)
	most := maxContextOccs
	if wide {
		most = maxContextOccs * window / wideWindow // as many words
	}
	each := func(f func(o occ, list int)) {
		for i, occs := range lists {
			step := 1.0
			if len(occs) > most {
				step = float64(len(occs)) / float64(most)
			}
			for k := 0.0; int(k) < len(occs); k += step {
				f(occs[int(k)], i)
			}
		}
	}
	each(func(o occ, _ int) { start[o.doc+1]++ })
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	reads := make([]read, start[len(dc.docs)])
	next := slices.Clone(start[:len(dc.docs)])
	each(func(o occ, list int) {
		reads[next[o.doc]] = read{o.tok, int32(list)}
		next[o.doc]++
	})

	words := make([][]int32, len(lists)) // context word keys of each list
	for doc := range dc.docs {
		d := &dc.docs[doc]
		for _, r := range reads[start[doc]:start[doc+1]] {
			tok := int(r.tok)
			lo, hi := max(0, tok-window), min(d.NumTokens(), tok+window+1)
			if wide {
				lo, hi = sentenceTokens(d, tok)
			}
			for t := lo; t < hi; t++ {
				if t == tok || (skipNext && t == tok+1) {
					continue
				}
				w := d.Word(t)
				if len(w) < minLetters || ('0' <= w[0] && w[0] <= '9') || commonWord(w) {
					continue // the commonest non-words, before a lookup
				}
				if id := dc.contextWord(w); id >= 0 {
					words[r.list] = append(words[r.list], id)
				}
			}
		}
	}
	out := make([]vector, len(lists))
	for i, ws := range words {
		out[i] = dc.weigh(ws)
	}
	return out
}

// sentenceTokens returns the tokens [lo, hi) of the sentence of token
// tok of d, at most wideWindow either side of it.
func sentenceTokens(d *text.Doc, tok int) (lo, hi int) {
	lo, hi = max(0, tok-wideWindow), min(d.NumTokens(), tok+wideWindow+1)
	off := d.Token(tok).Start
	n := d.NumSentences()
	i := sort.Search(n, func(k int) bool { return d.Sentence(k).End >= off+1 })
	if i == n || d.Sentence(i).Start > off {
		return lo, hi
	}
	s := d.Sentence(i)
	for lo < tok && d.Token(lo).Start < s.Start {
		lo++
	}
	for hi > tok+1 && d.Token(hi-1).Start >= s.End {
		hi--
	}
	return lo, hi
}

// contextWord returns the key of the token w as a context word, -1 when
// it is none (a stop word, a number, under three letters). The key stands
// for the skeleton of the word in lower case; its frequency is that of
// its commonest form seen.
func (sc *scan) contextWord(w string) int32 {
	if id, ok := sc.wordKey[w]; ok {
		return id
	}
	id := sc.newContextWord(w)
	sc.wordKey[strings.Clone(w)] = id
	return id
}

func (sc *scan) newContextWord(raw string) int32 {
	w := english.TrimPossessive(raw)
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || utf8.RuneCountInString(w) < minLetters {
		return -1
	}
	w = strings.ToLower(corpus.NormalizeWord(w))
	if stopWords[w] {
		return -1
	}
	id := sc.keyOf(skeleton(w))
	f := sc.lowerCount(w)
	// Capitalised uses count too: the written forms the scan saw.
	for _, form := range []string{w, capitalise(w)} {
		if s, ok := sc.vocab[form]; ok {
			f += len(sc.spellings[s].occs)
		}
	}
	sc.keyFreq[id] = max(sc.keyFreq[id], f)
	return id
}

// keyOf returns the key of a skeleton.
func (sc *scan) keyOf(skel string) int32 {
	id, ok := sc.keyID[skel]
	if !ok {
		id = int32(len(sc.keyFreq))
		sc.keyID[skel] = id
		sc.keyFreq = append(sc.keyFreq, 0)
	}
	return id
}

// weigh turns the keys of the context words of a spelling into its
// vector: each key weighs (1 + ln tf) · ln(T/(1+f)). It sorts keys.
func (sc *scan) weigh(keys []int32) vector {
	slices.Sort(keys)
	var v vector
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		if idf := math.Log(float64(sc.tokens) / float64(1+sc.keyFreq[keys[i]])); idf > 0 {
			v = append(v, keyWeight{keys[i], (1 + math.Log(float64(j-i))) * idf})
		}
		i = j
	}
	return v
}

// vector is a weighted bag of context words, by key.
type vector []keyWeight

type keyWeight struct {
	key    int32
	weight float64
}

func capitalise(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// cosine is the cosine of x and y, leaving out the keys in skip.
func cosine(x, y vector, skip ...int32) float64 {
	var dot, nx, ny float64
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case j >= len(y) || (i < len(x) && x[i].key < y[j].key):
			if !slices.Contains(skip, x[i].key) {
				nx += x[i].weight * x[i].weight
			}
			i++
		case i >= len(x) || y[j].key < x[i].key:
			if !slices.Contains(skip, y[j].key) {
				ny += y[j].weight * y[j].weight
			}
			j++
		default:
			if !slices.Contains(skip, x[i].key) {
				nx += x[i].weight * x[i].weight
				ny += y[j].weight * y[j].weight
				dot += x[i].weight * y[j].weight
			}
			i++
			j++
		}
	}
	if nx == 0 || ny == 0 {
		return 0
	}
	return max(0, min(1, dot/math.Sqrt(nx*ny)))
}

// commonWord reports whether w is one of the commonest stop words, as
// written: a quick test before a map lookup.
func commonWord(w string) bool {
	switch w {
	case "the", "and", "that", "for", "with", "was", "said", "his", "are", "has",
		"have", "from", "but", "not", "this", "they", "had", "were", "their",
		"been", "who", "will", "would", "about", "which", "its", "more", "her",
		"she", "one", "also", "after", "than", "there", "when", "what", "out",
		"all", "into", "some", "can", "could", "other", "over", "two", "says",
		"The", "But", "And", "This", "That", "They", "She", "His", "Her", "Its":
		return true
	}
	return false
}

// stopWords are English function words and the commonest verbs of
// reporting, never context.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		the and for that with from this was were are has have had not but
		its his her their our your they them she him who whom whose which what
		when where why how all any both each few more most other some such
		than too very can will just should would could may might must shall
		also into onto over under about after before between through during
		against above below out off again further then once here there
		been being did does doing according while because
		until upon within without among amid via per one two three new
		last first year years week weeks day days time like only own same
		these those there then now yet even still ever many much being
		mr mrs ms dr its it's i'm he's she's they're we're don't didn't
		is it an as at be by he if in no of on or so to up us we do
	`) {
		m[w] = true
	}
	for _, w := range english.Verbs(english.Common) { // said, told
		m[w] = true
	}
	return m
}()

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// digraphs are the letter groups skeleton folds, longest first, with
// their classes.
var digraphs = []struct {
	from string
	to   byte
}{
	{"shch", 'S'}, {"sch", 'S'}, {"tch", 'C'}, {"sh", 'S'}, {"ch", 'C'},
	{"kh", 'x'}, {"zh", 'z'}, {"ts", 'c'}, {"tz", 'c'}, {"ph", 'f'},
	{"th", 't'}, {"gh", 'h'}, {"ck", 'k'},
}

// skeleton returns the transliteration skeleton of w: lower case, common
// diacritics dropped, the letters romanisations disagree on folded (see
// digraphs; g and h are one class, w is v, q is k, x is ks, c is k but
// before e, i and y where it is ts), each run of vowels (with y and j)
// the vowel class "a", doubled letters collapsed, apostrophes (the soft
// sign) dropped, but for one right after an initial letter (O'Connor is
// not Connor). Consonant classes are bytes other than "a"; letters outside
// ASCII that foldLatin leaves are kept whole.
func skeleton(w string) string {
	w = foldLatin(strings.ToLower(w))
	var b strings.Builder
	b.Grow(len(w))
	var last byte
	emit := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
next:
	for i := 0; i < len(w); {
		rest := w[i:]
		for _, d := range digraphs {
			if strings.HasPrefix(rest, d.from) {
				emit(d.to)
				i += len(d.from)
				continue next
			}
		}
		c := rest[0]
		i++
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j':
			emit('a')
		case 'g', 'h':
			emit('h')
		case 'w':
			emit('v')
		case 'q':
			emit('k')
		case 'x':
			emit('k')
			emit('s')
		case 'c':
			if len(rest) > 1 && (rest[1] == 'e' || rest[1] == 'i' || rest[1] == 'y') {
				emit('c')
			} else {
				emit('k')
			}
		case '\'':
			if i == 2 {
				emit('\'')
			}
		default:
			if c < utf8.RuneSelf {
				emit(c)
				continue
			}
			_, size := utf8.DecodeRuneInString(rest)
			b.WriteString(rest[:size])
			last = 0
			i += size - 1
		}
	}
	return b.String()
}

// foldLatin drops the diacritics of common Latin letters and turns
// typographic apostrophes into "'".
func foldLatin(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if english.IsApostrophe(r) {
			b.WriteByte('\'')
		} else if f, ok := latinFold[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var latinFold = func() map[rune]string {
	m := map[rune]string{}
	for _, row := range []struct{ from, to string }{
		{"àáâãäåāăą", "a"}, {"çćĉċč", "c"}, {"ďđ", "d"}, {"èéêëēĕėęě", "e"},
		{"ĝğġģ", "g"}, {"ĥħ", "h"}, {"ìíîïĩīĭįı", "i"}, {"ĵ", "j"}, {"ķ", "k"},
		{"ĺļľŀł", "l"}, {"ñńņňŉ", "n"}, {"òóôõöøōŏő", "o"}, {"ŕŗř", "r"},
		{"śŝşš", "s"}, {"ţťŧ", "t"}, {"ùúûüũūŭůűų", "u"}, {"ŵ", "w"},
		{"ýÿŷ", "y"}, {"źżž", "z"}, {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"},
	} {
		for _, r := range row.from {
			m[r] = row.to
		}
	}
	return m
}()

// consonants returns skel without its vowel class.
func consonants(skel string) string {
	return strings.ReplaceAll(skel, "a", "")
}

// vowelToggles returns the skeletons made from skel by adding or removing
// the vowel of one gap between (or around) its consonants.
func vowelToggles(skel string) []string {
	var out []string
	for i := 0; i <= len(skel); i++ {
		switch {
		case i < len(skel) && skel[i] == 'a':
			out = append(out, skel[:i]+skel[i+1:])
		case i == 0 || skel[i-1] != 'a':
			out = append(out, skel[:i]+"a"+skel[i:])
		}
	}
	return out
}

// editDistance is the Levenshtein distance of strutil, counted in runes:
// a skeleton keeps letters outside ASCII whole.
var editDistance = metrics.NewLevenshtein()

// skeletonSimilarity is 1 for equal skeletons, 1 - 1/(2(c+1)) for
// skeletons of c consonants a vowel gap apart, lower for pairs from
// substitutions only.
func skeletonSimilarity(a, b *spelling) float64 {
	c := float64(max(len(a.cons), len(b.cons)))
	return max(0, 1-float64(editDistance.Distance(a.skel, b.skel))/(2*(c+1)))
}

// inflected reports whether one of the lower-case words a and b is the
// other with an English inflection (Iraq/Iraqi, Ukraine/Ukrainian), or
// they are the masculine and feminine of a Slavic surname (Denisov/
// Denisova, Zelensky/Zelenska).
func inflected(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	stems := []string{a}
	if n := len(a); n > 3 && strings.ContainsRune("eay", rune(a[n-1])) {
		stems = append(stems, a[:n-1])
	}
	for _, st := range stems {
		suf, ok := strings.CutPrefix(b, st)
		if !ok {
			continue
		}
		switch suf {
		case "s":
			if !strings.HasSuffix(st, "s") { // Donbas, Donbass: a doubled s
				return true
			}
		case "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "a", "as":
			return true
		}
	}
	// -sky, -skyy, -skiy, -skyi, -ski, -skii against -ska.
	for _, x := range [][2]string{{a, b}, {b, a}} {
		stem, ok := strings.CutSuffix(x[1], "ska")
		if m := strings.TrimRight(x[0], "iy"); ok && stem != "" && len(m) < len(x[0]) && m == stem+"sk" {
			return true
		}
	}
	return len(a) == len(b) && a < b && inflected(b, a) // of one length, either may be the stem (Marie, Maria)
}
