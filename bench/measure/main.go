// Command measure runs a command several times and prints its median wall
// time, its peak resident memory (from the kernel's rusage of each run) and
// throughput, so benchmark scripts need nothing but Go.
//
// Usage:
//
//	go run ./bench/measure [-n RUNS] [-bytes N] [-items N] [-label L] -- CMD ARGS...
//
// The command's stdout is discarded; its stderr is shown only when it fails.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"syscall"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 5, "number of runs")
	nbytes := fs.Int64("bytes", 0, "input bytes, for MB/s")
	items := fs.Int64("items", 0, "input items (articles), for items/s")
	label := fs.String("label", "", "label of the line printed")
	shell := fs.Bool("sh", false, "run the command with sh -c (for pipelines)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cmdArgs := fs.Args()
	if len(cmdArgs) == 0 {
		fmt.Fprintln(stderr, "measure: no command")
		return 2
	}
	if *shell {
		cmdArgs = []string{"sh", "-c", cmdArgs[0]}
	}
	var walls []time.Duration
	var rss []int64
	for range *n {
		cmd := exec.Command(cmdArgs[0], cmdArgs[1:]...)
		cmd.Stdout = io.Discard
		var errBuf bytes.Buffer
		cmd.Stderr = &errBuf
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		if err != nil {
			fmt.Fprintf(stderr, "measure: %v\n%s", err, errBuf.String())
			return 1
		}
		walls = append(walls, wall)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = append(rss, ru.Maxrss*1024) // Linux reports KiB
		}
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	sort.Slice(rss, func(i, j int) bool { return rss[i] < rss[j] })
	med := walls[len(walls)/2]
	line := fmt.Sprintf("%-28s wall median %7.2fs (min %.2fs, max %.2fs, %d runs)", *label, med.Seconds(), walls[0].Seconds(), walls[len(walls)-1].Seconds(), len(walls))
	if len(rss) > 0 {
		line += fmt.Sprintf("  peak RSS median %6.0f MiB (max %.0f)", float64(rss[len(rss)/2])/(1<<20), float64(rss[len(rss)-1])/(1<<20))
	}
	if *nbytes > 0 {
		line += fmt.Sprintf("  %6.1f MB/s", float64(*nbytes)/1e6/med.Seconds())
	}
	if *items > 0 {
		line += fmt.Sprintf("  %8.0f articles/s", float64(*items)/med.Seconds())
	}
	fmt.Fprintln(stdout, line)
	return 0
}
