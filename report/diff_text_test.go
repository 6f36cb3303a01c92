package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestDiffTextViews(t *testing.T) {
	d := sampleDiff()
	render := func(v DiffView) string {
		var b bytes.Buffer
		d.View = v
		if err := d.Table(&b, false); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	plain := render(DiffView{Width: 80})
	if strings.Contains(plain, "\x1b[") {
		t.Error("colour without Color")
	}
	if !strings.Contains(plain, "[-Kiev-]") || !strings.Contains(plain, "{+Kyiv+}") {
		t.Errorf("inline view lacks wdiff marks:\n%s", plain)
	}
	if !strings.Contains(plain, "\n~ ") || !strings.Contains(plain, "\n< ") || !strings.Contains(plain, "\n> ") {
		t.Errorf("inline view lacks the moved, only-A or only-B markers:\n%s", plain)
	}
	color := render(DiffView{Width: 80, Color: true})
	if !strings.Contains(color, ansiRed+"Kiev"+ansiReset) || !strings.Contains(color, ansiGreen+"Kyiv"+ansiReset) || strings.Contains(color, "[-") {
		t.Errorf("colour view:\n%q", color)
	}
	wide := render(DiffView{Width: 160})
	for _, line := range strings.Split(wide, "\n") {
		if visibleLen(line) > 160 {
			t.Errorf("side-by-side line wider than 160: %q", line)
		}
	}
	if !strings.Contains(wide, " = ") {
		t.Errorf("no side-by-side row:\n%s", wide)
	}
	if again := render(DiffView{Width: 160}); again != wide {
		t.Error("two renders differ")
	}
}

func TestWrap(t *testing.T) {
	lines := wrap("one two three four five six", 9)
	want := []string{"one two", "three", "four five", "six"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("wrap = %q, want %q", lines, want)
	}
	if got := visibleLen(ansiRed + "héllo" + ansiReset); got != 5 {
		t.Errorf("visibleLen = %d, want 5", got)
	}
}
