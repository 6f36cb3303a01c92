package framing

import (
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
)

// FuzzParseLexicon: any input gives a lexicon or an error, never a panic;
// a lexicon's Canon maps every single-word form of a fold group to the
// group's first form, and every form, matched alone, is a hit of its own
// variant unless one of the variant's exceptions is the form itself.
func FuzzParseLexicon(f *testing.F) {
	f.Add(defaultExcerpt("kyiv", "odesa", "bila-tserkva", "volodymyr-zelenskyy", "donetsk-status", "annexation", "distancing"))
	f.Add("[[group]]\nid = \"kyiv\"\nkind = \"spelling\"\nfold = true\nvariant = [{ term = \"Kyiv\" }, { term = \"Kiev\", forms = [\"KIEV\", \"\"] }]\n")
	f.Add("[[group]]\nid = \"a\"\nkind = \"status\"\nvariant = [{ term = \"DPR\", case = \"exact\", exceptions = [\"DPR Korea\", \"dpr\"] }, { term = \"Kiev’s\" }]\n")
	f.Fuzz(func(t *testing.T, src string) {
		lx, err := ParseLexicon(src)
		if err != nil {
			return
		}
		canon := lx.Canon()
		for _, g := range lx.Groups() {
			var want string
			if g.Fold {
				want = corpus.NormalizeWord(g.Variants[0].Forms[0])
			}
			for _, v := range g.Variants {
				for _, form := range v.Forms {
					if g.Fold && len(corpus.Tokenize(form)) == 1 {
						w := corpus.NormalizeWord(form)
						if got := canon(w); got != want {
							t.Fatalf("canon(%q) = %q, want %q", w, got, want)
						}
					}
					hits := lx.Match(form, nil)
					if len(hits) == 1 && hits[0].Group == g.ID && hits[0].Variant == v.Term {
						continue
					}
					if !selfExcepted(form, v) {
						t.Fatalf("Match(%q) = %+v, want one hit of %s/%s", form, hits, g.ID, v.Term)
					}
				}
			}
		}
	})
}

// defaultExcerpt returns the groups of the default lexicon with the given
// ids: a seed of every feature small enough for the fuzzer to work on (the
// whole default, 50 kB, stalls its minimisation; unit tests cover it).
func defaultExcerpt(ids ...string) string {
	var b strings.Builder
	for _, g := range strings.Split(defaultLexicon, "\n[[group]]\n")[1:] {
		for _, id := range ids {
			if strings.HasPrefix(g, "id = \""+id+"\"\n") {
				b.WriteString("[[group]]\n" + g + "\n")
			}
		}
	}
	return b.String()
}

// selfExcepted reports whether an exception of v is the form itself.
func selfExcepted(form string, v Variant) bool {
	ft := normTokens(formTokens(form))
	for _, e := range v.Exceptions {
		et := normTokens(formTokens(e))
		if len(et) == len(ft) && len(offsetsIn(ft, et)) == 1 {
			return true
		}
	}
	return false
}

// FuzzMatch: for any text, the hits of the default lexicon are sorted,
// do not overlap, lie within the text on token boundaries, and are the
// same whether Match tokenises the text itself or is given the tokens.
func FuzzMatch(f *testing.F) {
	f.Add("Kiev’s mayor met Vladimir Zelensky in Odessa, Texas.")
	f.Fuzz(func(t *testing.T, text string) {
		lx := DefaultLexicon()
		toks := corpus.Tokenize(text)
		hits := lx.Match(text, toks)
		starts := map[int]bool{}
		ends := map[int]bool{}
		for _, sp := range toks {
			starts[int(sp.Start)] = true
			ends[int(sp.End)] = true
			w := text[sp.Start:sp.End]
			if got, want := string(appendNorm(nil, w)), corpus.NormalizeWord(w); got != want {
				t.Fatalf("appendNorm(%q) = %q, want %q", w, got, want)
			}
		}
		end := 0
		for _, h := range hits {
			if h.Start < end || h.End <= h.Start || h.End > len(text) {
				t.Fatalf("hit %+v out of order or bounds (previous end %d, text length %d)", h, end, len(text))
			}
			if !starts[h.Start] {
				t.Fatalf("hit %+v does not start a token", h)
			}
			if !ends[h.End] && !ends[h.End+len("'s")] && !ends[h.End+len("’s")] {
				t.Fatalf("hit %+v does not end a token (or its possessive)", h)
			}
			end = h.End
		}
		again := lx.Match(text, nil)
		if len(again) != len(hits) {
			t.Fatalf("Match with nil tokens gives %d hits, with tokens %d", len(again), len(hits))
		}
		for i := range hits {
			if hits[i] != again[i] {
				t.Fatalf("Match with nil tokens: hit %d = %+v, want %+v", i, again[i], hits[i])
			}
		}
	})
}
