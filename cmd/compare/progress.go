package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/newsfold/compare/pipeline"
)

// progressAfter is how long a stage runs before its progress is shown: a
// run that ends sooner draws nothing, and a stage that takes longer is
// where a user starts to wonder whether the tool hangs.
const progressAfter = 2 * time.Second

// progressTick is how often the line is redrawn.
const progressTick = 250 * time.Millisecond

// progress draws one line on a terminal's stderr, rewritten in place: the
// stage under way and how long it has run, with a bar of the bytes read
// while loading. Nothing is drawn in the first progressAfter of a stage;
// end clears the line. Its methods are safe on a nil *progress (no
// terminal, or --quiet) and from any goroutine.
type progress struct {
	w     io.Writer
	after time.Duration

	mu          sync.Mutex
	stage       pipeline.Stage
	since       time.Time
	done, total int64 // bytes read while loading
	drawn       bool
	stop        chan struct{}
	stopped     chan struct{}
}

// newProgress returns a progress line on w when w is a terminal, else nil.
func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return startProgress(w, progressAfter)
}

// startProgress returns a progress line on w, whatever w is, shown for a
// stage after the given time, redrawn until end.
func startProgress(w io.Writer, after time.Duration) *progress {
	p := &progress{w: w, after: after, stop: make(chan struct{}), stopped: make(chan struct{})}
	go func() {
		defer close(p.stopped)
		t := time.NewTicker(progressTick)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

// Stage is told that stage s starts (pipeline.Options.Progress).
func (p *progress) Stage(s pipeline.Stage) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.stage, p.since, p.done, p.total = s, time.Now(), 0, 0
	p.mu.Unlock()
}

// Bytes is told how much of the input was read (corpus.Options.Progress);
// done < 0 says the read is over.
func (p *progress) Bytes(done, total int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	if done >= 0 {
		p.done, p.total = done, total
	}
	p.mu.Unlock()
}

// draw rewrites the line when the stage has run long enough.
func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stage == "" || time.Since(p.since) < p.after {
		return
	}
	p.drawn = true
	fmt.Fprint(p.w, "\r"+progressLine(p.stage, time.Since(p.since), p.done, p.total)+"\033[K")
}

// end stops the redrawing and clears the line, if one was drawn. It is
// called before anything else is written to the terminal; calling it twice
// is harmless.
func (p *progress) end() {
	if p == nil {
		return
	}
	p.mu.Lock()
	select {
	case <-p.stop:
		p.mu.Unlock()
		return
	default:
		close(p.stop)
	}
	p.mu.Unlock()
	<-p.stopped
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// progressLine is the text of the line: "compare: loading [=====     ]
// 45% 120/260 MiB, 3s" while the size of the input is known, else
// "compare: grouping events, 12s". It stays within 60 columns.
func progressLine(s pipeline.Stage, elapsed time.Duration, done, total int64) string {
	secs := fmt.Sprintf("%ds", int(elapsed.Seconds()))
	if total <= 0 {
		return fmt.Sprintf("compare: %s, %s", s, secs)
	}
	const width = 20
	frac := min(float64(done)/float64(total), 1)
	n := int(frac * width)
	bar := strings.Repeat("=", n) + strings.Repeat(" ", width-n)
	return fmt.Sprintf("compare: %s [%s] %3.0f%% %d/%d MiB, %s", s, bar, frac*100, done>>20, total>>20, secs)
}
