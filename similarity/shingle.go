package similarity

import (
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
)

// A shingle is the hash of n consecutive words. Each word is hashed once
// with xxhash (so word boundaries are part of the input: ("ab", "c") and
// ("a", "bc") hash differently), and the n-gram hash is a polynomial in the
// word hashes modulo 2^64,
//
//	H(w[i:i+n]) = Σ_j h(w[i+j])·P^(n-1-j),
//
// which rolls from one window to the next in O(1) and depends on word order.
// The polynomial is then finalised with its length by an avalanche mix, so
// that every bit of a shingle is usable as a hash by [Signer].
const (
	shingleDefaultN = 5
	shinglePrime    = 0x9e3779b97f4a7c15 // odd, so P^k is invertible mod 2^64
	shingleLenMix   = 0xc2b2ae3d27d4eb4f
)

// Shingles returns the sorted, de-duplicated 64-bit hashes of the word
// n-grams of words, each word first passed through canon when canon is not
// nil. A text with fewer than n words but at least one yields one shingle of
// all its words, so short texts still compare; no words yield nil. n < 1
// means 5.
//
// Words are hashed, not joined: no string is built per shingle. The result
// is the only allocation (work space is pooled), sized exactly to the
// number of distinct shingles.
func Shingles(words []string, n int, canon Canon) []uint64 {
	set, _ := shinglesWords(words, n, canon)
	return set
}

// shinglesText is [Shingles] of the words of a normalised text: words
// separated by single spaces, as corpus.Article.Norm holds them. It gives
// the same set as Shingles(strings.Split(norm, " "), n, canon) without
// building the slice of words, and the text's key (see shinglesOf).
func shinglesText(norm string, n int, canon Canon) ([]uint64, uint64) {
	if norm == "" {
		return nil, 0
	}
	ws, wh := shingleBegin(strings.Count(norm, " ") + 1)
	k, start := 0, 0
	for i := 0; i <= len(norm); i++ {
		if i < len(norm) && norm[i] != ' ' {
			continue
		}
		wh[k] = wordHash(norm[start:i], canon)
		k++
		start = i + 1
	}
	return shinglesOf(ws, wh, n)
}

// TokenShingles is [Shingles] of the words of text at tokens, each
// normalised as corpus.NormalizeWord does it: the set of the n-gram hashes
// [NGramHashes] gives of those words mapped by canon, sorted and distinct,
// made without building the words (the set is the only allocation).
func TokenShingles(text string, tokens []corpus.Span, n int, canon Canon) []uint64 {
	set, _ := shinglesTokens(text, tokens, n, canon)
	return set
}

// shinglesTokens is [Shingles] of the words of text at toks, each
// normalised as corpus.Normalize does it: the same set and key as
// shinglesText(corpus.Normalize(text, toks), n, canon), without building the
// normalised text.
func shinglesTokens(text string, toks []corpus.Span, n int, canon Canon) ([]uint64, uint64) {
	if len(toks) == 0 {
		return nil, 0
	}
	ws, wh := shingleBegin(len(toks))
	for i, t := range toks {
		wh[i] = wordHash(corpus.NormalizeWord(text[t.Start:t.End]), canon)
	}
	return shinglesOf(ws, wh, n)
}

// shinglesWords is Shingles with the text's key.
func shinglesWords(words []string, n int, canon Canon) ([]uint64, uint64) {
	if len(words) == 0 {
		return nil, 0
	}
	ws, wh := shingleBegin(len(words))
	for i, w := range words {
		wh[i] = wordHash(w, canon)
	}
	return shinglesOf(ws, wh, n)
}

// shingleBegin takes a work space from the pool with room for the hashes of
// count words, and returns it with that room.
func shingleBegin(count int) (*shingleWork, []uint64) {
	ws := shinglePool.Get().(*shingleWork)
	ws.grow(count)
	return ws, ws.a[:count]
}

// wordHash hashes one normalised word, through canon when it is set.
func wordHash(w string, canon Canon) uint64 {
	if canon != nil {
		w = canon(w)
	}
	return xxhash.Sum64String(w)
}

// shinglesOf rolls the n-gram hashes over the word hashes wh (held in ws.a),
// sorts and de-duplicates them, and releases ws. It also returns a hash of
// the whole word sequence (a polynomial in the word hashes, like a shingle
// as long as the text), the key under which identical texts meet.
func shinglesOf(ws *shingleWork, wh []uint64, n int) ([]uint64, uint64) {
	if n < 1 {
		n = shingleDefaultN
	}
	var key uint64
	for _, x := range wh {
		key = key*shinglePrime + x
	}
	key = shingleMix(key ^ uint64(len(wh))*shingleLenMix)
	sh := rollShingles(wh, n, ws.b)

	// The word hashes are no longer needed: sort into their space.
	var sorted []uint64
	sorted, ws.counts = setSortHashes(wh, sh, ws.counts)
	sorted = setDedup(sorted)
	out := make([]uint64, len(sorted))
	copy(out, sorted)
	ws.release()
	return out, key
}

// rollShingles writes the hashes of the n-word windows of the word hashes
// wh, in order, into dst (grown if short) and returns them: one per start
// position, or one over all words when there are fewer than n.
func rollShingles(wh []uint64, n int, dst []uint64) []uint64 {
	n = min(n, len(wh))
	m := len(wh) - n + 1
	if cap(dst) < m {
		dst = make([]uint64, m)
	}
	sh := dst[:m]
	// top is P^(n-1), the weight of the word leaving the window.
	top := uint64(1)
	for range n - 1 {
		top *= shinglePrime
	}
	var h uint64
	for _, x := range wh[:n] {
		h = h*shinglePrime + x
	}
	lenMix := uint64(n) * shingleLenMix
	sh[0] = shingleMix(h ^ lenMix)
	for i := 1; i < m; i++ {
		h = (h-wh[i-1]*top)*shinglePrime + wh[i+n-1]
		sh[i] = shingleMix(h ^ lenMix)
	}
	return sh
}

// NGramHashes returns the hashes of the n-word windows of words in order,
// one per start position (one over all words when there are fewer than n,
// none for no words): the values [Shingles] collects into a set, for
// callers that need to know where each shingle stands.
func NGramHashes(words []string, n int) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if n < 1 {
		n = shingleDefaultN
	}
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = wordHash(w, nil)
	}
	return rollShingles(wh, n, nil)
}

// shingleMix is the 64-bit finaliser of MurmurHash3 (fmix64): a bijection
// in which every input bit affects every output bit.
func shingleMix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// shingleWork is the pooled work space of one [Shingles] call.
type shingleWork struct {
	a, b   []uint64
	counts []uint32
}

var shinglePool = sync.Pool{New: func() any { return new(shingleWork) }}

// shingleKeepMax bounds the work space returned to the pool (in values), so
// that one huge article does not pin hundreds of megabytes.
const shingleKeepMax = 1 << 20

func (w *shingleWork) grow(n int) {
	if cap(w.a) < n {
		w.a = make([]uint64, n)
		w.b = make([]uint64, n)
	}
}

func (w *shingleWork) release() {
	if cap(w.a) > shingleKeepMax {
		return
	}
	shinglePool.Put(w)
}
