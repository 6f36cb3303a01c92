package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	"github.com/valyala/fastjson"

	"github.com/newsfold/compare/internal/fanout"
)

// DefaultMaxBytes is the default bound on one article's text.
const DefaultMaxBytes = 16 << 20

// Options configures [Load]. The zero value is ready to use.
type Options struct {
	// Workers is the number of goroutines that parse and clean; <= 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Fields overrides which field of a structured record plays each role.
	Fields FieldMap
	// Outlets is the outlets manifest, tried in order before URL hosts and
	// in-text markers.
	Outlets []OutletRule
	// MaxBytes bounds one article: a longer .txt file is cut, a longer JSONL
	// or TSV line (without its line ending), .json value (an array element
	// or a single object) or CSV row is skipped without being held; each is
	// reported. <= 0 means DefaultMaxBytes.
	MaxBytes Size
	// Stdin is what the path "-" reads; nil means no standard input.
	Stdin io.Reader
	// Progress, when set, is called from one goroutine with the input bytes
	// read so far and the total (0 when unknown, as for stdin).
	Progress func(done, total int64)
	// ChromeMinArticles and ChromeMinShare decide which lines are learned as
	// chrome of an outlet: a short line is chrome when it appears in at least
	// ChromeMinArticles distinct articles of the outlet and in at least
	// ChromeMinShare of them. Zero values mean 4 and 0.05. The same rule
	// picks the candidate line templates; a title affix needs
	// ChromeMinArticles titles and half of the outlet's.
	ChromeMinArticles int
	ChromeMinShare    float64
	// NoSentences leaves Article.Sentences nil, for callers that compare
	// words only.
	NoSentences bool
	// NoNorm leaves Article.Norm empty, for callers that normalise tokens
	// as they go; Article.Words then normalises them on each call.
	NoNorm bool
	// Keep, when set, is asked for the position (path, 1-based line) of
	// each record before it is parsed or cleaned; a record it refuses is
	// passed over without an article or a diagnostic. It is for a second
	// pass over input already read and checked, and must be safe for
	// concurrent use.
	Keep func(path string, line int) bool
}

func (o *Options) defaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.ChromeMinArticles <= 0 {
		o.ChromeMinArticles = 4
	}
	if o.ChromeMinShare <= 0 {
		o.ChromeMinShare = 0.05
	}
}

// Dump is what [Load] read: the articles in input order (files in lexical
// order, records in file order) and every diagnostic, sorted by position.
type Dump struct {
	Articles    []*Article
	Diagnostics []Diagnostic
	Files       int  // files read, standard input not counted
	Stdin       bool // standard input was read
}

// PathError is a path named by the caller that cannot be read at all.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// source is one input file.
type source struct {
	path   string // as shown in diagnostics and Article.Path
	format format
	gz     bool
	size   int64
	reader io.Reader // when set, read instead of opening path (stdin)
}

// Load reads the named files and directories (recursively; "-" is
// [Options.Stdin]) and returns their articles, cleaned and tokenised.
// Problems with the content of the input are diagnostics, never errors: the
// only error is a named path that does not exist or cannot be opened.
func Load(paths []string, opt Options) (*Dump, error) {
	opt.defaults()
	srcs, diags, err := sources(paths, opt.Stdin)
	if err != nil {
		return nil, err
	}
	return load(srcs, diags, opt), nil
}

// dumpOf is the Dump of a read of srcs: how many files, and whether
// standard input was among them.
func dumpOf(srcs []source, arts []*Article, diags []Diagnostic) *Dump {
	d := &Dump{Articles: arts, Diagnostics: diags}
	for _, s := range srcs {
		if s.reader != nil {
			d.Stdin = true
		} else {
			d.Files++
		}
	}
	return d
}

// load reads srcs with options that have their defaults.
func load(srcs []source, diags []Diagnostic, opt Options) *Dump {
	l := newLoader(srcs, opt)
	var arts []*Article
	diags = append(diags, l.run(func(d done) {
		arts = append(arts, d.arts...)
		diags = append(diags, d.diags...)
	})...)
	diags = append(diags, finish(arts, opt)...)
	SortDiagnostics(diags)
	return dumpOf(srcs, arts, diags)
}

func newLoader(srcs []source, opt Options) *loader {
	l := &loader{opt: opt, res: newResolver(opt.Fields), srcs: srcs}
	for _, s := range srcs {
		l.total += s.size
	}
	return l
}

// Stream reads like [Load] but hands each article to fn, in input order, as
// soon as it is ready, and keeps none of them: memory is bounded by the
// batches in flight, not by the dump. The returned Dump holds the
// diagnostics and no articles. An error from fn stops the stream (the
// readers drain in the background) and is returned.
//
// It gives up two things of Load for that: lines repeated across an outlet's
// articles are not learned as chrome (the listed rules still apply), and a
// date written without a year takes the year closest to the median of the
// dates read before it.
func Stream(paths []string, opt Options, fn func(*Article) error) (*Dump, error) {
	opt.defaults()
	srcs, diags, err := sources(paths, opt.Stdin)
	if err != nil {
		return nil, err
	}
	l := newLoader(srcs, opt)
	l.segment = true
	ids := idSet{}
	var dates dateMedian
	var ferr error
	diags = append(diags, l.run(func(d done) {
		diags = append(diags, d.diags...)
		for _, a := range d.arts {
			if ferr != nil {
				return
			}
			if a.DateSource == DateNone {
				inferDate(a, dates.median())
			}
			if a.DateSource != DateNone {
				dates.add(a.Date)
			}
			diags = append(diags, checkArticle(a, ids)...)
			ferr = fn(a)
		}
	})...)
	if ferr != nil {
		return nil, ferr
	}
	SortDiagnostics(diags)
	return dumpOf(srcs, nil, diags), nil
}

// sources expands paths into files, in lexical order within a directory;
// "-" reads stdin. Hidden files and directories (".git") are passed over;
// files of unknown kinds are reported. Symbolic links are followed (dumps
// kept with git-annex or DVC are links); a dangling link, a link cycle and a
// link to a directory being walked (a loop) are reported and skipped, and a
// file reached a second time, through a link or a second path, is read once
// and the second path reported.
func sources(paths []string, stdin io.Reader) ([]source, []Diagnostic, error) {
	w := &walker{seen: map[string]string{}}
	for _, p := range paths {
		if p == "-" {
			w.out = append(w.out, source{path: "-", reader: stdin})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, nil, &PathError{Path: p, Err: errors.Unwrap(err)}
		}
		real, err := filepath.EvalSymlinks(p)
		if err != nil {
			return nil, nil, &PathError{Path: p, Err: errors.Unwrap(err)}
		}
		if !st.IsDir() {
			w.file(p, real, st.Size(), true)
			continue
		}
		if err := w.dir(p, real, nil); err != nil {
			return nil, nil, &PathError{Path: p, Err: err}
		}
	}
	return w.out, w.diags, nil
}

// walker collects the files of the paths given to [sources].
type walker struct {
	out   []source
	diags []Diagnostic
	seen  map[string]string // real path of each file taken -> the path it was taken by
}

func (w *walker) report(path, msg string) {
	w.diags = append(w.diags, Diagnostic{Path: path, Severity: Error, Message: msg})
}

// file takes the file at path (real is its path with every link resolved)
// unless it was taken before or is of an unknown kind. named is a path the
// caller named, whose unknown kind is reported at more length.
func (w *walker) file(path, real string, size int64, named bool) {
	if first, ok := w.seen[real]; ok {
		w.diags = append(w.diags, Diagnostic{Path: path, Severity: Info, Message: fmt.Sprintf("same file as %s (reached twice, through a symbolic link or a second path); read once", first)})
		return
	}
	f, gz := formatOf(path)
	if f == formatUnknown {
		msg := "unknown file type " + quoteExt(path) + "; skipped"
		if named {
			msg = "unknown file type " + quoteExt(path) + " (want .txt, .jsonl, .ndjson, .json, .csv, .tsv, optionally .gz); skipped"
		}
		w.report(path, msg)
		return
	}
	w.seen[real] = path
	w.out = append(w.out, source{path: path, format: f, gz: gz, size: size})
}

// dir walks the directory at path, whose real path is real; up holds the
// real paths of the directories being walked above it, to tell a loop.
func (w *walker) dir(path, real string, up []string) error {
	entries, err := os.ReadDir(path)
	if err != nil {
		if up == nil {
			return errors.Unwrap(err)
		}
		w.report(path, "cannot read: "+err.Error())
		return nil
	}
	up = append(up, real)
	for _, d := range entries {
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		q := filepath.Join(path, d.Name())
		qreal := filepath.Join(real, d.Name())
		t := d.Type()
		var size int64
		if t&fs.ModeSymlink != 0 {
			st, err := os.Stat(q)
			if err != nil {
				target, _ := os.Readlink(q)
				switch {
				case errors.Is(err, fs.ErrNotExist):
					w.report(q, fmt.Sprintf("dangling symbolic link (its target %s does not exist); skipped", target))
				case isLinkLoop(err):
					w.report(q, fmt.Sprintf("symbolic link cycle (through %s); skipped", target))
				default:
					w.report(q, "cannot read: "+err.Error())
				}
				continue
			}
			if qreal, err = filepath.EvalSymlinks(q); err != nil {
				w.report(q, "cannot read: "+err.Error())
				continue
			}
			t, size = st.Mode().Type(), st.Size()
		}
		switch {
		case t.IsDir():
			if slices.Contains(up, qreal) {
				target, _ := os.Readlink(q)
				w.report(q, fmt.Sprintf("symbolic link to %s, a directory it is inside (a loop); skipped", target))
				continue
			}
			if err := w.dir(q, qreal, up); err != nil {
				return err
			}
		case t.IsRegular():
			if t&fs.ModeSymlink == 0 && d.Type()&fs.ModeSymlink == 0 {
				info, err := d.Info()
				if err != nil {
					w.report(q, "cannot read: "+err.Error())
					continue
				}
				size = info.Size()
			}
			w.file(q, qreal, size, false)
		}
	}
	return nil
}

// isLinkLoop tells an error of a chain of symbolic links that never ends.
func isLinkLoop(err error) bool { return errors.Is(err, syscall.ELOOP) }

func quoteExt(p string) string {
	if e := filepath.Ext(p); e != "" {
		return fmt.Sprintf("%q", e)
	}
	return "(no extension)"
}

// formatOf tells the format of a file from its name.
func formatOf(name string) (format, bool) {
	lower := strings.ToLower(name)
	gz := strings.HasSuffix(lower, ".gz")
	lower = strings.TrimSuffix(lower, ".gz")
	switch filepath.Ext(lower) {
	case ".txt", ".text":
		return formatTxt, gz
	case ".jsonl", ".ndjson":
		return formatJSONL, gz
	case ".json":
		return formatJSON, gz
	case ".csv":
		return formatCSV, gz
	case ".tsv", ".tab":
		return formatTSV, gz
	}
	return formatUnknown, gz
}

// unit is a piece of work for the parsing workers: a whole .txt file, a
// batch of JSONL or TSV lines, or records a streaming reader already built.
// seq numbers the units of a load in input order.
type unit struct {
	src, seq    int
	path        string
	format      format
	data        []byte   // formatTxt: the file
	lines       [][]byte // formatJSONL, formatTSV: slices of arena
	arena       *[]byte  // formatJSONL, formatTSV: the lines' bytes, back to loader.arenas once parsed
	first       int      // line number of lines[0]
	header      []string // formatTSV
	firstOfFile bool     // formatTSV: the first unit of its file
	recs        []record // formatJSON, formatCSV
	diags       []Diagnostic
}

type done struct {
	src, seq int
	arts     []*Article
	diags    []Diagnostic
}

type loader struct {
	parsers fastjson.ParserPool
	// arenas recycles the buffers the lines of a unit are copied into:
	// nothing parsed keeps a line's bytes (fields are copied out as
	// strings), so a unit's buffer is free once it is parsed.
	arenas  sync.Pool
	opt     Options
	res     *resolver
	srcs    []source
	total   int64
	read    int64
	nextSeq int  // of the next unit sent
	segment bool // segment articles as they are parsed (Stream)
}

// send numbers a unit and hands it to the workers.
func (l *loader) send(units chan<- unit, u unit) {
	u.seq = l.nextSeq
	l.nextSeq++
	units <- u
}

// run reads every source on one goroutine, parses and cleans on
// opt.Workers, and hands each unit's articles and diagnostics to consume in
// input order, on the calling goroutine. Units that finish early wait in a
// reorder buffer, bounded by the units in flight. It returns the file-level
// diagnostics.
func (l *loader) run(consume func(done)) []Diagnostic {
	units := make(chan unit, 2*l.opt.Workers)
	results := make(chan done, 2*l.opt.Workers)
	var wg sync.WaitGroup
	for range l.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range units {
				d := l.parse(u)
				if u.arena != nil {
					l.arenas.Put(u.arena)
				}
				results <- d
			}
		}()
	}
	var readDiags []Diagnostic
	go func() {
		for i := range l.srcs {
			readDiags = append(readDiags, l.read1(i, units)...)
		}
		close(units)
		wg.Wait()
		close(results)
	}()
	pending := map[int]done{}
	next := 0
	for d := range results {
		pending[d.seq] = d
		for {
			x, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			consume(x)
			next++
		}
	}
	return readDiags
}

// countingReader reports progress as bytes are read from a file.
type countingReader struct {
	r io.Reader
	l *loader
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.l.read += int64(n)
	if c.l.opt.Progress != nil && n > 0 {
		c.l.opt.Progress(c.l.read, c.l.total)
	}
	return n, err
}

// open opens a source, decompressing it when needed, and sniffs the format
// of standard input. It reports a file that cannot be opened, is empty or
// is binary, and then returns nil.
//
// Input in UTF-16 (by its byte order mark or its NUL pattern) is decoded to
// UTF-8, and said so in an info diagnostic of notes; a UTF-8 byte order
// mark is dropped.
func (l *loader) open(s *source) (br *bufio.Reader, closeFn func(), notes []Diagnostic, d *Diagnostic) {
	var raw io.Reader
	closeFn = func() {}
	if s.path == "-" && s.reader == nil {
		return nil, nil, nil, &Diagnostic{Path: "-", Severity: Error, Message: "no standard input"}
	}
	if s.reader != nil {
		raw = s.reader
	} else {
		f, err := os.Open(s.path)
		if err != nil {
			return nil, nil, nil, &Diagnostic{Path: s.path, Severity: Error, Message: "cannot open: " + err.Error()}
		}
		raw, closeFn = f, func() { f.Close() }
	}
	br, err := decompress(bufio.NewReaderSize(&countingReader{r: raw, l: l}, 1<<16), s.gz, s.path == "-")
	if err != nil {
		closeFn()
		msg := "not a valid gzip file: " + err.Error()
		if errors.Is(err, io.EOF) {
			msg = "empty file"
		}
		return nil, nil, nil, &Diagnostic{Path: s.path, Severity: Error, Message: msg + "; skipped"}
	}
	if head, _ := br.Peek(512); utf16Of(head) != "" {
		order := utf16Of(head)
		br = decodeUTF16(br, order)
		notes = append(notes, Diagnostic{Path: s.path, Severity: Info, Message: "UTF-16 " + order + " text decoded to UTF-8"})
	}
	dropBOM(br)
	head, _ := br.Peek(8192)
	if len(bytes.TrimSpace(head)) == 0 {
		if _, err := br.Peek(len(head) + 1); err != nil {
			closeFn()
			msg := "empty file; skipped"
			if len(head) > 0 {
				msg = "file holds only white space; skipped"
			}
			return nil, nil, nil, &Diagnostic{Path: s.path, Severity: Error, Message: msg}
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		closeFn()
		return nil, nil, notes, &Diagnostic{Path: s.path, Line: lineOf(string(head), bytes.IndexByte(head, 0)), Severity: Error, Message: "binary file (NUL bytes); skipped"}
	}
	if s.format == formatUnknown {
		switch t := bytes.TrimLeft(head, " \t\r\n\ufeff"); {
		case len(t) > 0 && t[0] == '{':
			s.format = formatJSONL
		case len(t) > 0 && t[0] == '[':
			s.format = formatJSON
		default:
			s.format = formatTxt
		}
	}
	return br, closeFn, notes, nil
}

// decompress returns br, or a reader of its content gunzipped when gz is
// set (a .gz name) or, when sniff is (standard input, which has no name),
// when br starts with gzip's magic number.
func decompress(br *bufio.Reader, gz, sniff bool) (*bufio.Reader, error) {
	if magic, _ := br.Peek(2); !gz && !(sniff && bytes.Equal(magic, []byte{0x1f, 0x8b})) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(zr, 1<<16), nil
}

// read1 reads source i and sends its units; it returns file-level
// diagnostics.
func (l *loader) read1(i int, units chan<- unit) []Diagnostic {
	s := &l.srcs[i]
	br, closeFn, diags, d := l.open(s)
	if d != nil {
		return append(diags, *d)
	}
	defer closeFn()
	name := s.path
	var err error
	emitRecs := func(recs []record) {
		l.send(units, unit{src: i, path: name, format: s.format, recs: recs})
	}
	report := func(d Diagnostic) { diags = append(diags, d) }
	switch s.format {
	case formatTxt:
		var data []byte
		max := int(l.opt.MaxBytes)
		data, err = io.ReadAll(io.LimitReader(br, int64(max)+1))
		u := unit{src: i, path: name, format: formatTxt}
		if len(data) > max {
			rest, _ := io.Copy(io.Discard, br)
			data = data[:max]
			for len(data) > 0 && !utf8.FullRune(data[lastRuneStart(data):]) {
				data = data[:lastRuneStart(data)]
			}
			u.diags = append(u.diags, Diagnostic{Path: name, Line: 1, Severity: Warning,
				Message: fmt.Sprintf("article of %s cut to the first %s (--max-bytes)", size(int64(len(data))+1+rest), size(int64(l.opt.MaxBytes)))})
		}
		u.data = data
		l.send(units, u)
	case formatJSONL, formatTSV:
		err = l.readLines(i, s, br, units)
	case formatJSON, formatCSV:
		read := readJSON
		if s.format == formatCSV {
			read = readCSV
		}
		batch := make([]record, 0, 256)
		err = read(l.res, name, br, int(l.opt.MaxBytes), func(r record) {
			batch = append(batch, r)
			if len(batch) == cap(batch) {
				emitRecs(batch)
				batch = make([]record, 0, 256)
			}
		}, report)
		if len(batch) > 0 {
			emitRecs(batch)
		}
	}
	if err != nil {
		msg := "read error: " + err.Error()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			msg = "file is truncated (unexpected end of data); the records before the cut are kept"
		}
		diags = append(diags, Diagnostic{Path: name, Severity: Error, Message: msg})
	}
	return diags
}

func lastRuneStart(b []byte) int {
	i := len(b) - 1
	for i > 0 && !utf8.RuneStart(b[i]) {
		i--
	}
	return i
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// readLines batches the lines of a JSONL or TSV source.
func (l *loader) readLines(i int, s *source, br *bufio.Reader, units chan<- unit) error {
	lr := &lineReader{br: br, max: l.opt.MaxBytes}
	const batchLines, batchBytes = 512, 4 << 20
	u := unit{src: i, path: s.path, format: s.format}
	bytesIn, first := 0, true
	// copyLine keeps line in the unit's arena, one buffer for the batch rather
	// than an allocation a line; a line that does not fit starts a bigger
	// buffer (the lines already taken keep the old one alive).
	copyLine := func(line []byte) []byte {
		if u.arena == nil {
			if a, ok := l.arenas.Get().(*[]byte); ok {
				*a = (*a)[:0]
				u.arena = a
			} else {
				a := make([]byte, 0, batchBytes)
				u.arena = &a
			}
		}
		buf := *u.arena
		if len(buf)+len(line) > cap(buf) {
			buf = make([]byte, 0, max(batchBytes, len(line)))
		}
		start := len(buf)
		buf = append(buf, line...)
		*u.arena = buf
		return buf[start:len(buf):len(buf)]
	}
	flush := func() {
		if len(u.lines) == 0 && len(u.diags) == 0 {
			return
		}
		u.firstOfFile = first
		first = false
		l.send(units, u)
		u = unit{src: i, path: s.path, format: s.format, header: u.header}
		bytesIn = 0
	}
	for {
		line, n, tooLong, total, err := lr.next()
		if total == 0 && err != nil {
			flush()
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if s.format == formatTSV && u.header == nil {
			u.header = tsvFields(bytes.TrimPrefix(line, []byte("\ufeff")))
			if err != nil {
				break
			}
			continue
		}
		switch {
		case l.opt.Keep != nil && !l.opt.Keep(s.path, n):
			// Passed over here, before it is copied or sent anywhere.
		case tooLong:
			u.diags = append(u.diags, Diagnostic{Path: s.path, Line: n, Severity: Error,
				Message: fmt.Sprintf("line of %s is over the limit of %s (--max-bytes); skipped", size(total), size(int64(lr.max)))})
		default:
			if len(u.lines) == 0 {
				u.first = n
			}
			// Keep the position of every line, blank ones included, so
			// numbers stay right: a nil line stands for a blank one.
			for len(u.lines) < n-u.first {
				u.lines = append(u.lines, nil)
			}
			u.lines = append(u.lines, copyLine(line))
			bytesIn += len(line)
		}
		if len(u.lines) >= batchLines || bytesIn >= batchBytes {
			flush()
		}
		if err != nil {
			flush()
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
	flush()
	return nil
}

// parse turns a unit into articles (stage one of cleaning: repair, chrome
// rules, title, metadata).
func (l *loader) parse(u unit) done {
	d := done{src: u.src, seq: u.seq, diags: u.diags}
	add := func(rec record) {
		a, ds := l.build(rec)
		d.diags = append(d.diags, ds...)
		if a != nil {
			if l.segment {
				segment(a, l.opt)
			}
			d.arts = append(d.arts, a)
		}
	}
	keep := func(line int) bool { return l.opt.Keep == nil || l.opt.Keep(u.path, line) }
	switch u.format {
	case formatTxt:
		if keep(1) {
			add(parseTxt(u.path, u.data))
		}
	case formatJSONL:
		p := l.parsers.Get()
		defer l.parsers.Put(p)
		for k, line := range u.lines {
			n := u.first + k
			if len(bytes.TrimSpace(line)) == 0 || !keep(n) {
				continue
			}
			rec, bad := decodeJSONLine(p, l.res, u.path, n, line)
			if bad != nil {
				d.diags = append(d.diags, *bad)
				continue
			}
			add(rec)
		}
	case formatTSV:
		cols := l.res.columns(u.header)
		if cols[RoleText] < 0 && cols[RoleTitle] < 0 {
			if u.firstOfFile {
				d.diags = append(d.diags, Diagnostic{Path: u.path, Line: 1, Severity: Error, Message: fmt.Sprintf("no text or title column in header %q (use --field text=NAME); skipped", u.header)})
			}
			return d
		}
		for k, line := range u.lines {
			n := u.first + k
			if len(bytes.TrimSpace(line)) == 0 || !keep(n) {
				continue
			}
			row := tsvFields(line)
			rec := record{path: u.path, line: n}
			if len(row) != len(u.header) {
				rec.diag(Warning, "row has %d fields, header has %d", len(row), len(u.header))
			}
			fillRow(cols, row, &rec)
			add(rec)
		}
	default:
		for _, rec := range u.recs {
			if keep(rec.line) {
				add(rec)
			}
		}
	}
	return d
}

// build cleans one record into an article, or reports why it yields none.
func (l *loader) build(rec record) (*Article, []Diagnostic) {
	a := &Article{Path: rec.path, Line: rec.line, Status: rec.status, URL: strings.TrimSpace(rec.url)}
	text, notes := repair(rec.text)
	for _, n := range notes {
		line := rec.line
		if rec.txt {
			line = lineOf(rec.text, n.offset)
		}
		rec.diags = append(rec.diags, Diagnostic{Path: rec.path, Line: line, Severity: Info, Message: n.msg})
	}
	b := splitBody(text)
	b.dropTagline()
	title, _ := repair(rec.title)
	a.Title = strings.Join(strings.Fields(title), " ")
	if rec.txt && a.Title == "" {
		a.Title = strings.Clone(b.takeTitle())
	}
	a.Text = b.text(text)
	a.Chrome = cloneAll(b.chrome)
	a.Republished = b.republished
	if a.Text == "" && a.Title == "" {
		msg := "record has no text and no title; skipped"
		if rec.txt {
			msg = "no article text; skipped"
			if rec.headerDate != "" {
				msg = "header but no body; skipped"
			}
		}
		rec.diag(Error, "%s", msg)
		return nil, rec.diags
	}

	// Identity.
	a.ID = strings.TrimSpace(rec.id)
	if a.ID == "" {
		if rec.txt {
			a.ID = txtID(rec.path)
		} else {
			base := filepath.Base(rec.path)
			if rec.path == "-" {
				base = "stdin"
			}
			a.ID = fmt.Sprintf("%s:%d", base, rec.line)
		}
	}

	// Outlet: field, manifest, URL host, in-text marker, unknown.
	switch {
	case strings.TrimSpace(rec.outlet) != "":
		a.Outlet, a.OutletFrom = fieldOutlet(rec.outlet), OutletField
	case l.manifest(a):
	case hostOutlet(a.URL) != "":
		a.Outlet, a.OutletFrom = hostOutlet(a.URL), OutletURL
	case b.site != "":
		a.Outlet, a.OutletFrom = b.site, OutletMarker
	case datelineOutlet(b.firstLine()) != "":
		a.Outlet, a.OutletFrom = datelineOutlet(b.firstLine()), OutletMarker
	default:
		a.Outlet, a.OutletFrom = UnknownOutlet, OutletNone
	}
	if a.OutletFrom != OutletNone {
		a.Outlet, _ = resolveAlias(l.opt.Outlets, a.Outlet)
	}

	// Date: header, field or URL now; text inference once the dump is known.
	a.DateSource = DateNone
	switch {
	case rec.headerDate != "":
		if t, ok := ParseDate(rec.headerDate); ok {
			a.Date, a.DateSource = t, DateHeader
		} else {
			a.DateUnread = rec.headerDate
		}
	case strings.TrimSpace(rec.date) != "":
		if t, ok := ParseDate(rec.date); ok {
			a.Date, a.DateSource = t, DateField
		} else {
			a.DateUnread = rec.date
		}
	}
	if a.DateSource == DateNone {
		if t, ok := urlDate(a.URL); ok {
			a.Date, a.DateSource = t, DateURL
		}
	}
	return a, rec.diags
}

func (l *loader) manifest(a *Article) bool {
	for _, r := range l.opt.Outlets {
		if r.match(a.ID, filepath.Base(a.Path), a.URL, hostOutlet(a.URL)) {
			a.Outlet, a.OutletFrom = r.Outlet, OutletManifest
			return true
		}
	}
	return false
}

// txtID is a .txt file's name without its extensions.
func txtID(p string) string {
	if p == "-" {
		return "stdin"
	}
	base := filepath.Base(p)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return base
}

// segment computes the tokens, normalised words and sentences of a.Text,
// leaving out what opt says is not wanted.
func segment(a *Article, opt Options) {
	a.Tokens = Tokenize(a.Text)
	if !opt.NoNorm {
		a.Norm = Normalize(a.Text, a.Tokens)
	}
	if !opt.NoSentences {
		a.Sentences = SplitSentences(a.Text)
	}
}

// finish completes the articles: learned chrome (lines, line templates,
// title affixes) removed, dates inferred,
// ids made unique.
func finish(arts []*Article, opt Options) []Diagnostic {
	learned := learnChrome(arts, opt)
	fanout.Each(len(arts), opt.Workers, func(i int) {
		if set := learned[arts[i].Outlet]; set != nil {
			dropLearned(arts[i], set)
		}
	})
	templates := learnTemplates(arts, opt)
	affixes := learnTitleAffixes(arts, opt)
	ref := typicalDate(arts)
	fanout.EachWith(len(arts), opt.Workers, newWordBuf, func(buf *[]int, i int) {
		a := arts[i]
		if t := templates[a.Outlet]; t != nil {
			dropTemplates(a, t, buf)
		}
		if set := affixes[a.Outlet]; set != nil {
			dropTitleAffixes(a, set)
		}
		if a.DateSource == DateNone {
			inferDate(a, ref)
		}
		segment(a, opt)
	})
	var diags []Diagnostic
	ids := idSet{}
	for _, a := range arts {
		diags = append(diags, checkArticle(a, ids)...)
	}
	return diags
}

// inferDate dates an article from the dates written in its text.
func inferDate(a *Article, ref time.Time) {
	if t, ok := InferDate(FindDates(a.Text), ref); ok {
		a.Date, a.DateSource = t, DateText
	}
}

// idSet counts the ids given out so far.
type idSet map[string]int

// checkArticle makes a's id unique among those seen and reports a missing
// or unreadable date, once: an unreadable header or field date and the
// date found instead (or none) are one warning.
func checkArticle(a *Article, seen idSet) []Diagnostic {
	var diags []Diagnostic
	date := func(msg string) {
		diags = append(diags, Diagnostic{Path: a.Path, Line: a.Line, Severity: Warning, Message: msg})
	}
	switch {
	case a.DateUnread != "" && a.DateSource == DateNone:
		date(fmt.Sprintf("date %q not understood; no date in the URL or text either", a.DateUnread))
	case a.DateUnread != "":
		date(fmt.Sprintf("date %q not understood; dated %s from the %s", a.DateUnread, a.Date.Format(time.DateOnly), a.DateSource))
	case a.DateSource == DateNone:
		date("no date in header, fields or text")
	}
	n := seen[a.ID]
	seen[a.ID] = n + 1
	if n == 0 {
		return diags
	}
	id := a.ID
	for {
		n++
		cand := fmt.Sprintf("%s#%d", id, n)
		if seen[cand] == 0 {
			a.ID = cand
			seen[cand] = 1
			break
		}
	}
	return append(diags, Diagnostic{Path: a.Path, Line: a.Line, Severity: Warning, Message: fmt.Sprintf("duplicate id %q renamed %q", id, a.ID)})
}

// dateMedian keeps the median of the dates added so far, as counts per day:
// a dump spans few distinct days, so the counts stay small. The median is
// computed again only when the count has grown by a 64th since it last was:
// it moves little, and a stream may ask for it once per undated article.
type dateMedian struct {
	days   map[int64]int
	total  int
	cached time.Time
	at     int // total when cached was computed
}

func (m *dateMedian) add(t time.Time) {
	if m.days == nil {
		m.days = map[int64]int{}
	}
	m.days[t.Unix()/86400]++
	m.total++
}

// median returns the median date so far, or zero.
func (m *dateMedian) median() time.Time {
	if m.total == 0 {
		return time.Time{}
	}
	if m.at > 0 && m.total-m.at <= m.at/64 {
		return m.cached
	}
	m.cached, m.at = m.sorted(), m.total
	return m.cached
}

func (m *dateMedian) sorted() time.Time {
	keys := make([]int64, 0, len(m.days))
	for k := range m.days {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	k, seen := keys[0], 0
	for _, k = range keys {
		if seen += m.days[k]; seen > m.total/2 {
			break
		}
	}
	return time.Unix(k*86400, 0).UTC()
}

// typicalDate is the median date of the articles that have one, the
// reference for dates written without a year.
func typicalDate(arts []*Article) time.Time {
	var m dateMedian
	for _, a := range arts {
		if a.DateSource != DateNone {
			m.add(a.Date)
		}
	}
	return m.median()
}
