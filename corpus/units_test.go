package corpus

import (
	"testing"
	"time"
)

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Size
		err  bool
	}{
		{"16777216", 16 << 20, false},
		{"16MiB", 16 << 20, false},
		{"16 mib", 16 << 20, false},
		{"16M", 16 << 20, false},
		{"16MB", 16e6, false},
		{"1.5GiB", 3 << 29, false},
		{"2kB", 2000, false},
		{"2K", 2048, false},
		{"512b", 512, false},
		{"1TiB", 1 << 40, false},
		{"0", 0, false},
		{"", 0, true},
		{"MiB", 0, true},
		{"-1", 0, true},
		{"1e6", 0, true},
		{"16 parsecs", 0, true},
		{"0x10", 0, true},
		{"9999999TiB", 0, true},
	} {
		got, err := ParseSize(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
	for _, tc := range []struct {
		in   Size
		want string
	}{{16 << 20, "16MiB"}, {512 << 20, "512MiB"}, {2e6, "2MB"}, {1000, "1kB"}, {1500, "1500"}, {0, "0"}} {
		if got := tc.in.String(); got != tc.want {
			t.Errorf("Size(%d).String() = %q, want %q", int64(tc.in), got, tc.want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		err  bool
	}{
		{"3d", 72 * time.Hour, false},
		{"72h", 72 * time.Hour, false},
		{"1.5d", 36 * time.Hour, false},
		{"2d12h", 60 * time.Hour, false},
		{"90m", 90 * time.Minute, false},
		{"0d", 0, false},
		{"-1d", -24 * time.Hour, false},
		{"d", 0, true},
		{"3 weeks", 0, true},
		{"3d-1h", 0, true},
		{"1e9d", 0, true},
		{"NaNd", 0, true},
	} {
		got, err := ParseDuration(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseDuration(%q) = %s, %v; want %s, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
	if got := Duration(72 * time.Hour).String(); got != "72h" {
		t.Errorf("72h shows as %q", got)
	}
	if got := Duration(90 * time.Minute).String(); got != "1h30m" {
		t.Errorf("90m shows as %q", got)
	}
}

// FuzzParseSize: a size that parses is never negative, and what String
// writes reads back to the same value.
func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"16MiB", "1.5 GB", "512M", "0", "7", "2kB", "1e3", "-1KiB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		z, err := ParseSize(s)
		if err != nil {
			return
		}
		if z < 0 {
			t.Fatalf("ParseSize(%q) = %d", s, z)
		}
		back, err := ParseSize(z.String())
		if err != nil || back != z {
			t.Fatalf("ParseSize(%q) = %d, written %q, read back %d, %v", s, z, z.String(), back, err)
		}
	})
}

// FuzzParseDuration: a span that parses reads back the same from what
// Duration writes.
func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"3d", "72h", "2d12h", "1.5d", "90m", "-1d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			return
		}
		back, err := ParseDuration(Duration(d).String())
		if err != nil || back != d {
			t.Fatalf("ParseDuration(%q) = %s, written %q, read back %s, %v", s, d, Duration(d).String(), back, err)
		}
	})
}
