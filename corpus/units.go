package corpus

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Size is a number of bytes as a flag gives it: a plain number of bytes, or
// one with a unit, decimal (kB, MB, GB, TB: powers of 1000) or binary (KiB,
// MiB, GiB, TiB, and K, M, G, T alone: powers of 1024, as GNU coreutils
// reads them), case-insensitively, with an optional fraction and space:
// "16MiB", "1.5 GB", "512M". It implements flag.Value (and pflag.Value).
type Size int64

var sizeUnits = []struct {
	name string
	mult float64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40},
	{"b", 1}, {"", 1},
}

// ParseSize reads a size as [Size] documents it.
func ParseSize(s string) (Size, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, u := range sizeUnits {
		num, ok := strings.CutSuffix(t, u.name)
		if !ok {
			continue
		}
		num = strings.TrimSpace(num)
		f, err := strconv.ParseFloat(num, 64)
		if err != nil || num == "" || strings.ContainsAny(num, "eExXpP_+-") || math.IsNaN(f) {
			break
		}
		v := math.Round(f * u.mult)
		if v >= math.MaxInt64 {
			return 0, fmt.Errorf("size %q is too large", s)
		}
		return Size(v), nil
	}
	return 0, fmt.Errorf("size %q: want a number of bytes, optionally with a unit such as KiB, MiB, GiB or kB, MB, GB (e.g. 16MiB)", s)
}

// String gives the size in the largest unit that holds it whole, binary
// first: 16777216 is "16MiB", 2000000 "2MB", 1000 "1kB", 1500 "1500".
func (z Size) String() string {
	for _, u := range []struct {
		name string
		mult int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"TB", 1e12}, {"GB", 1e9}, {"MB", 1e6}, {"kB", 1e3}} {
		if z != 0 && int64(z)%u.mult == 0 {
			return strconv.FormatInt(int64(z)/u.mult, 10) + u.name
		}
	}
	return strconv.FormatInt(int64(z), 10)
}

// Set parses s as [ParseSize] does.
func (z *Size) Set(s string) error {
	v, err := ParseSize(s)
	if err != nil {
		return err
	}
	*z = v
	return nil
}

// Type is the flag type name shown in usage.
func (z *Size) Type() string { return "size" }

// Duration is a span of time as a flag gives it: Go's durations ("72h",
// "90m", "1h30m") and days, which they lack ("3d", "1.5d", "2d12h"). It
// implements flag.Value (and pflag.Value).
type Duration time.Duration

// ParseDuration reads a span of time as [Duration] documents it.
func ParseDuration(s string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	var days time.Duration
	if i := strings.IndexByte(t, 'd'); i >= 0 {
		n, err := strconv.ParseFloat(t[:i], 64)
		if err != nil || strings.ContainsAny(t[:i], "eExXpP_") || math.IsNaN(n) || math.IsInf(n, 0) || math.Abs(n) > 100000 {
			return 0, fmt.Errorf("duration %q: want a number of days such as 3d, or a Go duration such as 72h", s)
		}
		days, t = time.Duration(n*float64(24*time.Hour)), t[i+1:]
		if t == "" {
			return days, nil
		}
		if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
			return 0, fmt.Errorf("duration %q: a sign belongs only before the days", s)
		}
		if days < 0 {
			t = "-" + t
		}
	}
	d, err := time.ParseDuration(t)
	if err != nil {
		return 0, fmt.Errorf("duration %q: want a number of days such as 3d, or a Go duration such as 72h", s)
	}
	return days + d, nil
}

// String gives the duration as Go writes it, without zero minutes and
// seconds: "72h", "1h30m".
func (d Duration) String() string {
	s := time.Duration(d).String()
	if strings.HasSuffix(s, "h0m0s") {
		return strings.TrimSuffix(s, "0m0s")
	}
	if strings.HasSuffix(s, "m0s") {
		return strings.TrimSuffix(s, "0s")
	}
	return s
}

// Set parses s as [ParseDuration] does.
func (d *Duration) Set(s string) error {
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Type is the flag type name shown in usage.
func (d *Duration) Type() string { return "duration" }
