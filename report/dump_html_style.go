package report

import (
	"crypto/sha256"
	"encoding/base64"
)

// dumpCSS is the style of the report's page, after diffPartsCSS (the diff
// fragments' own): colours are variables, set once for light and once for
// dark mode, and the rules of diffPartsCSS that hold a colour are restated
// with them. Print is light, shows every <details> open, hides the filter
// and starts each event on a page of its own.
const dumpCSS = `
:root { color-scheme: light dark;
  --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d0d7de; --head: #f6f8fa;
  --link: #0550ae; --focus: #0969da; --bar: #0969da; --total: #1a7f37; --heat: #0550ae; --on-heat: #fff;
  --del-bg: #ffd7d5; --del-fg: #82071e; --ins-bg: #ccffd8; --ins-fg: #055d20;
  --moved: #fff8c5; --only-a: #fff0ee; --only-b: #eefbf1; --mv: #f1e05a; --mv-fg: #3b2300; }
@media (prefers-color-scheme: dark) { :root {
  --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #151b23;
  --link: #58a6ff; --focus: #58a6ff; --bar: #58a6ff; --total: #3fb950; --heat: #79c0ff; --on-heat: #0d1117;
  --del-bg: #5a1e1e; --del-fg: #ffdcd7; --ins-bg: #143d22; --ins-fg: #aff5b4;
  --moved: #3a3000; --only-a: #2b1717; --only-b: #12261a; --mv: #bb8009; --mv-fg: #0d1117; } }
html { scroll-padding-top: 3.5em; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
header, main, footer { max-width: 90em; margin: 0 auto; padding: 0 1.5em; }
h1 { font-size: 1.5em; margin: 1em 0 .3em; }
h2 { font-size: 1.25em; margin: 2em 0 .6em; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
h3 { font-size: 1.08em; margin: 1.6em 0 .5em; }
h4 { font-size: 1em; margin: 1.2em 0 .4em; }
p, li, figcaption { max-width: 75em; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }
.skip { position: absolute; left: -100em; top: .5em; z-index: 3; background: var(--bg); color: var(--link); padding: .4em .8em; border: 2px solid var(--focus); }
.skip:focus { left: .5em; }
.lede { font-size: 1.05em; margin: .2em 0 .8em; }
nav.toc ul { display: flex; flex-wrap: wrap; gap: .2em 1.2em; list-style: none; padding: 0; margin: .5em 0; }
form.filter { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--line); }
form.filter div { max-width: 90em; margin: 0 auto; padding: .45em 1.5em; display: flex; flex-wrap: wrap; gap: .3em 1em; align-items: center; }
form.filter select { font: inherit; padding: .15em .3em; max-width: 30em; }
form.filter output { color: var(--muted); }
th, td { border: 1px solid var(--line); padding: .3em .55em; }
th { background: var(--head); }
table { margin: .4em 0 1em; }
.scroll { overflow-x: auto; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; font-size: inherit; color: inherit; margin: 0; }
td.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: break-word; }
.summary li { white-space: nowrap; }
td.date { white-space: nowrap; }
.muted, .meta, figcaption { color: var(--muted); }
figcaption { font-size: .9em; margin-top: .3em; }
figure { margin: .8em 0 1.2em; }
svg.plot { display: block; max-width: 100%; height: auto; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg text.lbl { fill: var(--fg); }
svg text.axt { fill: var(--muted); }
svg .bar { fill: var(--bar); }
svg .total .bar { fill: var(--total); }
svg .base { stroke: var(--line); }
svg .axis line { stroke: var(--muted); }
svg .axis text { fill: var(--muted); }
svg .cell { fill: var(--heat); stroke: var(--bg); stroke-width: 2; }
svg text.v { fill: var(--fg); font-variant-numeric: tabular-nums; }
svg text.v.hi { fill: var(--on-heat); }
section.event { border-top: 3px solid var(--line); margin-top: 3em; content-visibility: auto; contain-intrinsic-size: auto 2000px; }
section.event > h2 { border: 0; margin-top: .8em; }
.eid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); margin-right: .4em; }
details.diff { border: 1px solid var(--line); border-radius: 4px; margin: .6em 0; padding: 0 .8em; }
details.diff > summary { cursor: pointer; padding: .45em 0; }
details.diff[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .4em; }
details.notes > summary { cursor: pointer; color: var(--muted); }
.quote { max-width: 50em; }
td.a, td.b, table.align td { border-color: var(--line); }
del.d { background: var(--del-bg); color: var(--del-fg); }
ins.i { background: var(--ins-bg); color: var(--ins-fg); }
tr.moved td { background: var(--moved); }
tr.title td { background: var(--head); }
tr.only-a td.a { background: var(--only-a); }
tr.only-b td.b { background: var(--only-b); }
td.empty { background: var(--head); }
.n { color: var(--muted); }
.flag.fa { background: var(--del-bg); color: var(--del-fg); }
.flag.fb { background: var(--ins-bg); color: var(--ins-fg); }
a.mv { background: var(--mv); color: var(--mv-fg); }
.bp { color: var(--muted); }
.role { white-space: nowrap; }
@media print {
  :root { color-scheme: light;
    --fg: #000; --bg: #fff; --muted: #444; --line: #999; --head: #eee; --link: #000; --bar: #0550ae; --total: #1a7f37; --heat: #0550ae; --on-heat: #fff;
    --del-bg: #ffd7d5; --del-fg: #82071e; --ins-bg: #ccffd8; --ins-fg: #055d20; --moved: #fff8c5; --only-a: #fff0ee; --only-b: #eefbf1; --mv: #f1e05a; --mv-fg: #3b2300; }
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  form.filter, .skip, nav.toc { display: none !important; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  details.diff { border: 0; padding: 0; }
  section.event { break-before: page; border: 0; margin: 0; content-visibility: visible; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`

// dumpJS is the page's one script: it shows the filter form, which is
// hidden until then (a page without script has no use for it), and hides
// the events, index rows and single articles of no chosen outlet. Before
// printing it opens every <details>, for browsers whose print style cannot.
const dumpJS = `
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var pick = document.getElementById("outlet");
  var said = document.getElementById("shown");
  var parts = document.querySelectorAll("[data-outlets]");
  function apply() {
    var key = pick.value, shown = 0, events = 0;
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      var on = key === "" || (" " + p.getAttribute("data-outlets") + " ").indexOf(" " + key + " ") >= 0;
      p.hidden = !on;
      if (p.classList.contains("event")) {
        events++;
        if (on) { shown++; }
      }
    }
    said.textContent = key === "" ? "" : shown + " of " + events + " expanded events shown";
  }
  pick.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  apply();
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
`

// cspHash is the Content-Security-Policy source of an inline script or
// style: its SHA-256, base64.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// dumpCSP is the page's Content-Security-Policy: nothing may be fetched,
// and no style or script runs but the page's own.
var dumpCSP = "default-src 'none'; style-src " + cspHash(diffPartsCSS+dumpCSS) + "; script-src " + cspHash(dumpJS) + "; base-uri 'none'; form-action 'none'"
