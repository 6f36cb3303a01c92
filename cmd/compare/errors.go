package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/escape"
	"github.com/newsfold/compare/pipeline"
)

// flagError is a usage error: bad flags, arguments or flag values. It
// exits 2, and exitCode follows its message with the hint to the usage of
// the command that failed ("Run 'compare dedup --help' for usage.").
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

func flagErrorf(format string, args ...any) error {
	return &flagError{fmt.Errorf(format, args...)}
}

// strictError reports that --strict was given and the input produced
// diagnostics of its level or graver; the output was still written.
type strictError struct {
	n     int
	level corpus.Severity
}

func (e *strictError) Error() string {
	return fmt.Sprintf("--strict=%s: the input produced %d diagnostic(s) of severity %s or graver", e.level, e.n, e.level)
}

// emptyError reports that a run had nothing to work on: no article was
// loaded, no pair could be scored, no id of the gold file is in the dump.
// It exits 2 with or without --strict; the output was still written.
type emptyError struct{ msg string }

func (e *emptyError) Error() string { return e.msg }

// loaded returns an [*emptyError] when the read in loaded no article.
func loaded(in pipeline.Input) error {
	if in.Articles == 0 {
		return &emptyError{"no article was loaded from " + sourcesRead(in.Files, in.Stdin) + "; see the diagnostics"}
	}
	return nil
}

// findingsError reports findings of a check (exit 1).
type findingsError struct{ n int }

func (e *findingsError) Error() string { return fmt.Sprintf("%d finding(s)", e.n) }

// exitCode decides the exit code from the error the command c returned, in
// one place: nil is 0, findings are 1, everything else is 2. It prints the
// error, and after a usage error the hint to c's usage.
func exitCode(c *cobra.Command, err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var fe *findingsError
	if errors.As(err, &fe) {
		return 1
	}
	fmt.Fprintln(stderr, "compare:", escape.Lines(err.Error())) // it may name a file or an id of the data
	var ue *flagError
	if errors.As(err, &ue) && c != nil {
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", c.CommandPath())
	}
	return 2
}

// needPaths is the Args check of a command reading PATH...: at least one,
// else a usage error naming the command (name is its path under compare).
func needPaths(name string) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return flagErrorf("%s: give at least one PATH (a file, a directory, or - for stdin)", name)
		}
		return nil
	}
}

// pairError makes a file named as one article of a pair that holds
// another number of them a usage error, with the way to name articles of
// a dump.
func pairError(err error) error {
	var e *pipeline.NotOneError
	if errors.As(err, &e) {
		return flagErrorf("%v: name two articles of a dump with --in PATH and their ids", err)
	}
	return err
}
