package align

import (
	"sync"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// Cache keeps what [Compare] prepares of each article (its sentences for
// sentence similarity, its words and their n-gram hashes for passages), so
// that aligning every pair of a set of articles (an event's) prepares each
// article once instead of once per pair. It holds what it prepared until
// it is dropped: make one per set, and use it with one Canon and Shingle.
// It is safe for concurrent use.
type Cache struct {
	mu sync.Mutex
	m  map[*corpus.Article]*prepared
}

// prepared is what a Cache holds of one article, each part made once.
type prepared struct {
	sentOnce, gramOnce sync.Once
	sentences          []sentence
	grams              *grams
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{m: map[*corpus.Article]*prepared{}} }

// of returns the entry of a, made empty when there is none.
func (c *Cache) of(a *corpus.Article) *prepared {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.m[a]
	if p == nil {
		p = &prepared{}
		c.m[a] = p
	}
	return p
}

// sentences returns the sentences of a prepared with canon, made once when
// c is not nil.
func (c *Cache) sentences(a *corpus.Article, canon similarity.Canon) []sentence {
	if c == nil {
		return sentences(a, canon)
	}
	p := c.of(a)
	p.sentOnce.Do(func() { p.sentences = sentences(a, canon) })
	return p.sentences
}

// grams returns the grams of a under opt, made once when c is not nil.
func (c *Cache) grams(a *corpus.Article, opt Options) *grams {
	if c == nil {
		return gramsOf(a, opt)
	}
	p := c.of(a)
	p.gramOnce.Do(func() { p.grams = gramsOf(a, opt) })
	return p.grams
}
