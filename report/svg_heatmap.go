package report

import (
	"fmt"
	"strconv"
)

// Geometry of a similarity heat-map, in the units of its viewBox.
const (
	hmCell     = 46
	hmLabelW   = 170 // the rows' labels, right-aligned before the cells
	hmTop      = 40  // the axis title and the columns' labels
	hmLabelLen = 22
	hmMinCells = 200 // room for the axis title over few cells
)

// svgHeatmap is an event's similarity matrix as [svgFragments] draw it: a
// cell per pair of compared articles, shaded by the pair's similarity and
// showing it, on both sides of the diagonal.
type svgHeatmap struct {
	ID, Title, Desc string
	W, H, Cell      int
	AxisX           string
	XTitle          string
	Cols, RowLabels []svgText
	Cells           []svgCell
}

type svgText struct {
	X, Y        string
	Label, Full string
}

type svgCell struct {
	X, Y, TX, TY string
	Opacity      string
	Dark         bool // dark enough that its value is written in the light colour
	Text, Tip    string
}

// hmArticle names one compared article of a heat-map: its number in the
// event's coverage table, and who published it.
type hmArticle struct {
	N      int
	ID     string
	Outlet string
}

// newHeatmap draws sim, the similarity of each pair of arts (in their
// order), with id the prefix of its element ids and event the event's id;
// nil when fewer than two articles were compared.
func newHeatmap(id, event string, arts []hmArticle, sim [][]float64) *svgHeatmap {
	n := len(arts)
	if n < 2 || len(sim) != n {
		return nil
	}
	h := &svgHeatmap{ID: id, Cell: hmCell, W: hmLabelW + max(n*hmCell, hmMinCells) + 4, H: hmTop + n*hmCell + 4,
		XTitle: "article (# in the coverage table)"}
	h.AxisX = svgNum(hmLabelW + float64(n*hmCell)/2)
	name := func(a hmArticle) string { return fmt.Sprintf("#%d %s (%s)", a.N, a.ID, a.Outlet) }
	for j, a := range arts {
		h.Cols = append(h.Cols, svgText{X: svgNum(hmLabelW + (float64(j)+0.5)*hmCell), Y: svgNum(hmTop - 6), Label: "#" + strconv.Itoa(a.N), Full: name(a)})
	}
	bi, bj, best := -1, -1, -1.0
	for i, a := range arts {
		y := float64(hmTop + i*hmCell)
		h.RowLabels = append(h.RowLabels, svgText{X: svgNum(hmLabelW - 8), Y: svgNum(y + hmCell/2 + 4),
			Label: svgLabel(fmt.Sprintf("#%d %s", a.N, a.Outlet), hmLabelLen), Full: name(a)})
		for j, b := range arts {
			v := 0.0
			if j < len(sim[i]) {
				v = min(max(sim[i][j], 0), 1)
			}
			if i < j && v > best {
				bi, bj, best = i, j, v
			}
			c := svgCell{X: svgNum(hmLabelW + float64(j*hmCell)), Y: svgNum(y),
				TX: svgNum(hmLabelW + (float64(j)+0.5)*hmCell), TY: svgNum(y + hmCell/2 + 5),
				Opacity: strconv.FormatFloat(0.06+0.94*v, 'f', 2, 64), Dark: v >= 0.5,
				Text: strconv.FormatFloat(v, 'f', 2, 64)}
			if i == j {
				c.Tip = fmt.Sprintf("#%d with itself: 1", a.N)
				c.Text = "1"
			} else {
				c.Tip = fmt.Sprintf("#%d %s and #%d %s: %s", a.N, a.Outlet, b.N, b.Outlet, c.Text) // the labels' tooltips give the ids
			}
			h.Cells = append(h.Cells, c)
		}
	}
	h.Title = fmt.Sprintf("Similarity of the %d compared articles of %s", n, event)
	h.Desc = fmt.Sprintf("A matrix of the combined similarity, from 0 (nothing shared) to 1 (the same text), of each pair of the %d compared articles; rows and columns are the articles by their number in the coverage table, and a darker cell is a more similar pair. The most similar pair is #%d and #%d, at %s.",
		n, arts[bi].N, arts[bj].N, strconv.FormatFloat(best, 'f', 2, 64))
	return h
}
