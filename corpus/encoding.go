package corpus

import (
	"bufio"
	"bytes"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// utf16Of tells whether head, the first bytes of a file, is UTF-16 text and
// in which byte order: by its byte order mark, or, without one, by the NUL
// pattern ASCII takes in UTF-16 (every other byte zero). It returns "" for
// anything else.
func utf16Of(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return "LE"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return "BE"
	}
	// Without a mark: among the first 512 bytes, at least 90% of the odd
	// (little-endian) or even (big-endian) bytes are NUL and almost none of
	// the others are. Text in UTF-8 has no NUL at all, and a binary file
	// seldom keeps so regular a pattern.
	n := min(len(head), 512) &^ 1
	if n < 4 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven*10 <= pairs:
		return "LE"
	case zeroEven*10 >= pairs*9 && zeroOdd*10 <= pairs:
		return "BE"
	}
	return ""
}

// decodeUTF16 returns a reader of br's UTF-16 content (byte order order, a
// byte order mark dropped) as UTF-8.
func decodeUTF16(br *bufio.Reader, order string) *bufio.Reader {
	e := unicode.LittleEndian
	if order == "BE" {
		e = unicode.BigEndian
	}
	dec := unicode.UTF16(e, unicode.UseBOM).NewDecoder()
	return bufio.NewReaderSize(transform.NewReader(br, dec), 1<<16)
}

// dropBOM discards a UTF-8 byte order mark at the start of br: it is no
// part of the first record (a JSONL line, a CSV header, a .txt title).
func dropBOM(br *bufio.Reader) {
	if head, _ := br.Peek(3); bytes.Equal(head, []byte("\ufeff")) {
		br.Discard(3)
	}
}
