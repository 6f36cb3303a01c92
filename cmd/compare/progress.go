package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progressMinBytes is how large a dump must be for a progress bar.
const progressMinBytes = 32 << 20

// newProgress returns a progress callback drawing a bar on w when w is a
// terminal, or nil. Calling it with done < 0 clears the bar.
func newProgress(w io.Writer) func(done, total int64) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	var last time.Time
	drawn := false
	return func(done, total int64) {
		if done < 0 {
			if drawn {
				fmt.Fprint(w, "\r\033[K")
			}
			return
		}
		if total < progressMinBytes || time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		drawn = true
		const width = 30
		frac := float64(done) / float64(total)
		if frac > 1 {
			frac = 1
		}
		n := int(frac * width)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < n {
				bar[i] = '='
			}
		}
		fmt.Fprintf(w, "\rloading [%s] %3.0f%% %d/%d MiB", bar, frac*100, done>>20, total>>20)
	}
}
