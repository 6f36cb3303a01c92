// Package browser holds the tests that open compare's HTML pages in a real
// browser: Debian's chromium, headless, driven through the DevTools
// protocol by github.com/chromedp/chromedp. They check what only a browser
// can: that the report of a dump loads and shows what it should, makes no
// request, runs none of the hostile text it shows, filters by outlet with
// its script and reads whole without it.
//
// The tests need chromium on the PATH (`apt-get install -y chromium`, as
// .ci/run does when it is missing) and fail without it, so that CI never
// passes them by skipping; COMPARE_NO_BROWSER=1 skips them where no
// browser can be installed. With COMPARE_SHOTS=DIR they copy their
// screenshots there too, for a person to look at.
package browser
