package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadClustering(t *testing.T) {
	for _, tt := range []struct {
		reason, in string
		want       Clustering
		err        string
	}{
		{"header and rows", "id,event\na,x\nb,x\nc,y\n", Clustering{"a": "x", "b": "x", "c": "y"}, ""},
		{"no header, spaces, extra fields", " a , x ,note\nb,y\n", Clustering{"a": "x", "b": "y"}, ""},
		{"a repeated row is fine", "a,x\na,x\n", Clustering{"a": "x"}, ""},
		{"one field", "id,event\na\n", nil, "line 2: want id,cluster"},
		{"blank label", "a, \n", nil, "line 1: want id,cluster"},
		{"two clusters", "a,x\na,y\n", nil, `line 2: id "a" is in clusters "x" and "y"`},
		{"empty", "", nil, "no rows"},
		{"header only", "id,event\n", nil, "no rows"},
		{"bad quoting", "a,\"x\n", nil, "extraneous"},
	} {
		got, err := ReadClustering(strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want one containing %q", tt.reason, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.reason, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
		}
	}
}

// FuzzReadClustering: any input gives a clustering or an error, never a
// panic, and a clustering has no empty id or label.
func FuzzReadClustering(f *testing.F) {
	for _, s := range []string{"id,event\na,x\nb,x\n", "a,\"x,y\"\n", "a\n", "\"", "id\n\n\na,b,c\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := ReadClustering(strings.NewReader(in))
		if err != nil {
			return
		}
		for id, label := range c {
			if id == "" || label == "" {
				t.Fatalf("empty id or label in %q", c)
			}
		}
	})
}
