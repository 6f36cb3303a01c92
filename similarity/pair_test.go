package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// TestComparePrepared: texts prepared once and compared with each other
// score what the measures give computed apart, and what ComparePair gives,
// the same either way round.
func TestComparePrepared(t *testing.T) {
	dump, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	canon := func(w string) string {
		if w == "kiev" {
			return "kyiv"
		}
		return w
	}
	opt := DedupOptions{Canon: canon}
	v := NewVocabulary(canon)
	var texts []Text
	for _, a := range dump.Articles {
		v.Add(a.Words())
		texts = append(texts, Text{Words: a.ComparedWords(), Title: a.Title})
	}
	prepared := make([]PreparedText, len(texts))
	for i, x := range texts {
		prepared[i] = Prepare(x, v, opt)
	}
	combined := map[[2]int]float64{}
	for i := range texts {
		for j := range texts {
			if i == j {
				continue
			}
			got := ComparePrepared(prepared[i], prepared[j])
			sa, sb := Shingles(texts[i].Words, 5, canon), Shingles(texts[j].Words, 5, canon)
			want := PairScores{Jaccard: Jaccard(sa, sb), ContainmentAB: Containment(sa, sb), ContainmentBA: Containment(sb, sa), Cosine: Cosine(v.Vector(texts[i].Words), v.Vector(texts[j].Words)), Shingles: [2]int{len(sa), len(sb)}}
			signer := NewSigner(128, 0)
			want.Estimate = Estimate(signer.Sign(sa), signer.Sign(sb))
			want.Title, want.HasTitle = TitleSimilarity(texts[i].Title, texts[j].Title, canon)
			want.Combined = Combine(want.Jaccard, max(want.ContainmentAB, want.ContainmentBA), want.Cosine, want.Title, want.HasTitle, true)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%d–%d prepared (-measures +prepared):\n%s", i, j, diff)
			}
			if diff := cmp.Diff(ComparePair(texts[i], texts[j], v, opt), got); diff != "" {
				t.Errorf("%d–%d (-ComparePair +prepared):\n%s", i, j, diff)
			}
			combined[[2]int{i, j}] = got.Combined
		}
	}
	for k, s := range combined {
		if r := combined[[2]int{k[1], k[0]}]; r != s || s <= 0 || s >= 1 {
			t.Errorf("%v scores %v, the other way %v", k, s, r)
		}
	}
}
