package browser

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// chromium returns the browser's path, or fails the test: a CI run must
// not pass by skipping it.
func chromium(t *testing.T) string {
	t.Helper()
	if os.Getenv("COMPARE_NO_BROWSER") != "" {
		t.Skip("COMPARE_NO_BROWSER is set")
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no chromium on the PATH: install it (apt-get install -y chromium, as .ci/run does), or set COMPARE_NO_BROWSER=1 to skip the browser tests")
	return ""
}

// tab is a page of a headless chromium at 1280×800 (a 13" laptop), with
// what the page did: the requests it made, the dialogs it opened, and the
// errors of its console (exceptions, refusals of its security policy).
type tab struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	requests []string
	dialogs  []string
	errors   []string
}

func newTab(t *testing.T) *tab {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium(t)))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // chromium will not run as root with its sandbox
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	// The first call starts the browser for as long as ctx lives: with ctx
	// itself, not one of do's contexts that end with the call.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	tb := &tab{t: t, ctx: ctx}
	tb.do(chromedp.EmulateViewport(1280, 800))
	err := chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			tb.requests = append(tb.requests, ev.Request.URL)
		case *page.EventJavascriptDialogOpening:
			tb.dialogs = append(tb.dialogs, string(ev.Type)+": "+ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventExceptionThrown:
			tb.errors = append(tb.errors, ev.ExceptionDetails.Text)
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				tb.errors = append(tb.errors, string(ev.Entry.Source)+": "+ev.Entry.Text)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// do runs actions, a minute at most.
func (tb *tab) do(acts ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, acts...); err != nil {
		tb.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		tb.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// show scrolls the element a JavaScript expression finds into view, as a
// reader would, and waits until the browser has drawn it: an event's
// section is laid out only near the screen (content-visibility: auto), and
// has no innerText until then.
func (tb *tab) show(el string) {
	tb.t.Helper()
	js := `new Promise(done => { (` + el + `).scrollIntoView(); requestAnimationFrame(() => requestAnimationFrame(() => done(true))) })`
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js, chromedp.EvalAwaitPromise)); err != nil {
		tb.t.Fatalf("%s: %v", js, err)
	}
}

// open loads the page at path, forgetting what earlier pages did.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.mu.Lock()
	tb.requests, tb.dialogs, tb.errors = nil, nil, nil
	tb.mu.Unlock()
	tb.do(chromedp.Navigate("file://" + path))
}

// clean fails the test if the page made a request but its own load,
// opened a dialog, or logged an error.
func (tb *tab) clean(path string) {
	tb.t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if want := []string{"file://" + path}; !slices.Equal(tb.requests, want) {
		tb.t.Errorf("requests %q, want only the page's own %q", tb.requests, want)
	}
	if len(tb.dialogs) > 0 {
		tb.t.Errorf("dialogs opened: %q", tb.dialogs)
	}
	if len(tb.errors) > 0 {
		tb.t.Errorf("console errors: %q", tb.errors)
	}
}

// media emulates a media type ("print", or "" for the screen) and colour
// scheme ("dark", "light", or "" for the default).
func (tb *tab) media(typ, scheme string) {
	tb.t.Helper()
	p := emulation.SetEmulatedMediaParams{Media: typ}
	if scheme != "" {
		p.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, p); err != nil {
		tb.t.Fatal(err)
	}
}

// shot writes a screenshot of the whole page to the test's temp dir (and
// to COMPARE_SHOTS when set), and returns its path.
func (tb *tab) shot(name string) string {
	tb.t.Helper()
	// A capture of the whole page draws nothing of what the page leaves
	// unrendered until a reader scrolls near it (the events' sections,
	// content-visibility: auto): render them all first.
	tb.do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0), document.querySelectorAll("section.event").forEach(s => s.style.contentVisibility = "visible")`))
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		tb.t.Fatal(err)
	}
	if len(buf) < 1000 {
		tb.t.Errorf("screenshot %s of %d bytes", name, len(buf))
	}
	p := filepath.Join(tb.t.TempDir(), name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	if dir := os.Getenv("COMPARE_SHOTS"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
			tb.t.Fatal(err)
		}
	}
	tb.t.Logf("screenshot: %s", p)
	return p
}

// writeReport writes the HTML report of the dump at paths, as `compare
// report -o report.html` does, and returns its path and size.
func writeReport(t *testing.T, paths ...string) (string, int) {
	t.Helper()
	r, err := pipeline.Report(paths, pipeline.Options{}, pipeline.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := (&report.Dump{R: r}).HTML(&b); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, b.Len()
}

const seeds = "../../testdata/seeds"

// berlin finds the section of the Berlin talks: the event of seed 000,
// whose coverage row is a0.
const berlin = `document.getElementById("a0").closest("section.event")`

func TestSeedsReport(t *testing.T) {
	path, _ := writeReport(t, seeds)
	tb := newTab(t)
	tb.open(path)

	if title := eval[string](tb, `document.title`); !strings.HasPrefix(title, "compare report") {
		t.Errorf("title %q", title)
	}
	// From the keyboard: the first Tab reaches the skip link, shown, and
	// Enter follows it to the report.
	tb.do(chromedp.KeyEvent(kb.Tab))
	if got := eval[string](tb, `document.activeElement.className + " " + (document.activeElement.getBoundingClientRect().left >= 0)`); got != "skip true" {
		t.Errorf("first Tab: focus on %q, want the skip link, on the screen", got)
	}
	if got := eval[string](tb, `getComputedStyle(document.activeElement).outlineStyle`); got == "none" {
		t.Error("the focused skip link has no focus ring")
	}
	tb.do(chromedp.KeyEvent(kb.Enter))
	if got := eval[string](tb, `location.hash`); got != "#main" {
		t.Errorf("the skip link went to %q", got)
	}
	// The Berlin event shows its three articles, and the variants its
	// outlets differ on.
	tb.show(berlin)
	ids := eval[[]string](tb, `Array.from(`+berlin+`.querySelectorAll("table.coverage td.id"), td => td.innerText)`)
	if want := []string{"000_1e9a216f9237e569", "002_b7b859cbb739f493", "004_fa79ad35558de7c7"}; !slices.Equal(ids, want) {
		t.Errorf("the Berlin event's articles: %q, want %q", ids, want)
	}
	cells := eval[[]string](tb, `Array.from(`+berlin+`.querySelectorAll("td"), td => td.checkVisibility() ? td.innerText.trim() : "")`)
	// The lexicon names a variant by its spelling in full ("Volodymyr
	// Zelenskyy" stands for "Volodymyr Zelensky" too).
	for _, want := range []string{"Kiev", "Kyiv", "Donbass", "Donbas", "Vladimir Zelensky*", "Volodymyr Zelensky*"} {
		if !slices.ContainsFunc(cells, func(c string) bool {
			return c == want || strings.HasSuffix(want, "*") && strings.HasPrefix(c, strings.TrimSuffix(want, "*"))
		}) {
			t.Errorf("no visible cell %q in the Berlin event", want)
		}
	}
	// The plots are drawn: marks of a size on the screen.
	for _, c := range []struct{ name, marks string }{
		{"timeline", `document.querySelectorAll("svg.timeline rect.bar")`},
		{"heat-map", berlin + `.querySelectorAll("svg.heatmap rect.cell")`},
	} {
		n := eval[int](tb, `Array.from(`+c.marks+`).filter(r => { const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0 }).length`)
		if n == 0 {
			t.Errorf("the %s draws no mark", c.name)
		}
		if c.name == "heat-map" && n != 9 {
			t.Errorf("the heat-map of 3 articles draws %d cells, want 9", n)
		}
	}
	// At 1280×800 the page does not scroll sideways, and the filter stays
	// at the top as it scrolls down.
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 1280 {
		t.Errorf("the page is %d pixels wide at 1280", w)
	}
	if top := eval[float64](tb, `window.scrollTo(0, 2000), document.getElementById("filter").getBoundingClientRect().top`); top != 0 {
		t.Errorf("scrolled down, the filter is %v pixels from the top", top)
	}
	tb.clean(path)
	tb.shot("seeds-light")
	background := `getComputedStyle(document.body).backgroundColor`
	if got := eval[string](tb, background); got != "rgb(255, 255, 255)" {
		t.Errorf("light background %s", got)
	}
	tb.media("", "dark")
	if got := eval[string](tb, background); got != "rgb(13, 17, 23)" {
		t.Errorf("dark mode's background %s", got)
	}
	tb.shot("seeds-dark")
	tb.media("print", "dark")
	if got := eval[string](tb, background); got != "rgb(255, 255, 255)" {
		t.Errorf("print's background %s, in dark mode", got)
	}
	if n := eval[int](tb, `Array.from(document.querySelectorAll("details.diff table.align")).filter(t => t.checkVisibility()).length`); n == 0 {
		t.Error("in print, the diffs stay closed")
	}
	for _, id := range []string{"filter", "contents"} {
		if eval[bool](tb, `document.getElementById("`+id+`").checkVisibility()`) {
			t.Errorf("in print, #%s shows", id)
		}
	}
	if got := eval[string](tb, `getComputedStyle(`+berlin+`).breakBefore`); got != "page" {
		t.Errorf("in print, an event breaks before it with %q", got)
	}
	tb.shot("seeds-print")
}

func TestHostileReport(t *testing.T) {
	path, _ := writeReport(t, "../../report/testdata/hostile.jsonl")
	tb := newTab(t)
	tb.open(path)
	tb.clean(path) // no dialog: no alert ran
	if n := eval[int](tb, `document.querySelectorAll("img, iframe, object, embed, image, foreignObject").length`); n != 0 {
		t.Errorf("%d elements made from the data", n)
	}
	if n := eval[int](tb, `document.scripts.length`); n != 1 {
		t.Errorf("%d scripts, want the page's own", n)
	}
	if links := eval[[]string](tb, `Array.from(document.querySelectorAll("[href]"), a => a.getAttribute("href")).filter(h => !h.startsWith("#"))`); len(links) > 0 {
		t.Errorf("links out of the page: %q", links)
	}
	tb.show(`document.querySelector("section.event")`)
	text := eval[string](tb, `document.querySelector("section.event").innerText`)
	for _, s := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, `<a href="javascript:alert(1)">Wire</a>`} {
		if !strings.Contains(text, s) {
			t.Errorf("%q not shown as text", s)
		}
	}
	tb.shot("hostile")
}

func TestFilterByOutlet(t *testing.T) {
	path, _ := writeReport(t, seeds)
	tb := newTab(t)
	tb.open(path)
	visible := func(js string) bool { return eval[bool](tb, js+`.checkVisibility()`) }
	if !visible(`document.getElementById("filter")`) {
		t.Fatal("the filter does not show with the script")
	}
	// Occasional Digest covers only seed 001, a single article: the
	// Berlin event and 003 go, 001 stays.
	key := eval[string](tb, `Array.from(document.querySelectorAll("#outlet option")).find(o => o.text.startsWith("Occasional Digest")).value`)
	choose := func(key string) {
		tb.do(chromedp.SetValue(chromedp.ID("outlet"), key), chromedp.Evaluate[chromedp.Void](`document.getElementById("outlet").dispatchEvent(new Event("change"))`))
	}
	choose(key)
	row := func(id string) string { return `document.getElementById(` + fmt.Sprintf("%q", id) + `).closest("tr")` }
	for _, c := range []struct {
		what, js string
		want     bool
	}{
		{"the Berlin event", berlin, false},
		{"its row in the index", `document.querySelector("#events a[href='#" + ` + berlin + `.id + "']").closest("tr")`, false},
		{"the timeline", `document.querySelector("svg.timeline")`, true},
	} {
		if got := visible(c.js); got != c.want {
			t.Errorf("with Occasional Digest chosen, %s visible: %v, want %v", c.what, got, c.want)
		}
	}
	if rows := eval[[]string](tb, `Array.from(document.querySelectorAll("#singletons tbody tr"), r => r.checkVisibility() ? r.querySelector("td.id").innerText : "")`); !slices.Equal(rows, []string{"001_1c2c2081d55c5b3c", ""}) {
		t.Errorf("single articles shown: %q, want 001 alone", rows)
	}
	if said := eval[string](tb, `document.getElementById("shown").value`); said != "0 of 1 expanded events shown" {
		t.Errorf("the filter says %q", said)
	}
	choose("")
	if !visible(berlin) || !visible(row("a0")) {
		t.Error("every outlet chosen again, the Berlin event stays hidden")
	}
	tb.clean(path)
}

func TestWithoutScript(t *testing.T) {
	path, _ := writeReport(t, seeds)
	tb := newTab(t)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	tb.open(path)
	// The page's script did not run: the filter it would show is hidden,
	// and everything else is there.
	if eval[bool](tb, `document.getElementById("filter").checkVisibility()`) {
		t.Error("the filter shows without the script")
	}
	hidden := eval[[]string](tb, `Array.from(document.querySelectorAll("section, tr[data-outlets], svg")).filter(e => !e.checkVisibility()).map(e => e.id || e.tagName)`)
	if len(hidden) > 0 {
		t.Errorf("hidden without the script: %q", hidden)
	}
	if n := eval[int](tb, `document.querySelectorAll("section.event, #singletons tbody tr").length`); n != 3 {
		t.Errorf("%d events and single articles, want 3", n)
	}
	tb.clean(path)
	tb.shot("seeds-noscript")
}

// TestBasilLoad measures how long BASIL dev's page takes to load in the
// browser, when the data is at hand; it reports the time and checks the
// size (under 5 MB), not the time.
func TestBasilLoad(t *testing.T) {
	data := os.Getenv("COMPARE_BASIL")
	if data == "" {
		data = "/work/shared/data/basil-dev.jsonl"
	}
	if _, err := os.Stat(data); err != nil {
		t.Skipf("no BASIL dev data (%v): set COMPARE_BASIL to its path", err)
	}
	path, size := writeReport(t, data)
	if size >= 5<<20 {
		t.Errorf("BASIL dev's page is %d bytes, want under 5 MB", size)
	}
	tb := newTab(t)
	start := time.Now()
	tb.open(path)
	wall := time.Since(start)
	load := eval[float64](tb, `performance.getEntriesByType("navigation")[0].loadEventEnd`)
	t.Logf("BASIL dev: %.2f MB, loaded in %.0f ms (the page's load event), %.0f ms to navigate", float64(size)/(1<<20), load, float64(wall.Microseconds())/1000)
	tb.clean(path)
}
