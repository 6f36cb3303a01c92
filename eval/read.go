package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadClustering reads a gold clustering: CSV rows of id,cluster (more
// fields are ignored), with an optional header row whose first field is
// "id". Ids and labels are trimmed of spaces. A row without both, or an id
// given two clusters, is an error naming the row; a repeated row is not.
func ReadClustering(r io.Reader) (Clustering, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	c := Clustering{}
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if row == 1 && len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), "id") {
			continue
		}
		if len(rec) < 2 || strings.TrimSpace(rec[0]) == "" || strings.TrimSpace(rec[1]) == "" {
			return nil, fmt.Errorf("line %d: want id,cluster, got %q", row, strings.Join(rec, ","))
		}
		id, label := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if prev, ok := c[id]; ok && prev != label {
			return nil, fmt.Errorf("line %d: id %q is in clusters %q and %q", row, id, prev, label)
		}
		c[id] = label
	}
	if len(c) == 0 {
		return nil, errors.New("no rows")
	}
	return c, nil
}
