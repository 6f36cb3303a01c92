package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// TestCache: aligning every pair of the seeds through one cache gives
// what aligning each pair afresh gives, and the cache holds each
// article's sentences and grams once.
func TestCache(t *testing.T) {
	var arts []*corpus.Article
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		arts = append(arts, load(t, seedPath(t, id)))
	}
	cached := opt
	cached.Cache = NewCache()
	for i := range arts {
		for j := range arts {
			if i == j {
				continue
			}
			want := Compare(arts[i], arts[j], opt)
			got := Compare(arts[i], arts[j], cached)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%d–%d through the cache (-afresh +cached):\n%s", i, j, diff)
			}
		}
	}
	if n := len(cached.Cache.m); n != len(arts) {
		t.Errorf("the cache holds %d articles, want %d", n, len(arts))
	}
	for a, p := range cached.Cache.m {
		if p.sentences == nil || p.grams == nil {
			t.Errorf("%s: sentences or grams not kept", a.ID)
		}
	}
}
