package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// flagError is a usage error: bad flags or arguments. It exits 2 and shows
// the usage text.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

func flagErrorf(format string, args ...any) error {
	return &flagError{fmt.Errorf(format, args...)}
}

// strictError reports that --strict was given and the input produced
// diagnostics; the output was still written.
type strictError struct{ n int }

func (e *strictError) Error() string {
	return fmt.Sprintf("--strict: the input produced %d diagnostic(s)", e.n)
}

// findingsError reports findings of a check (exit 1).
type findingsError struct{ n int }

func (e *findingsError) Error() string { return fmt.Sprintf("%d finding(s)", e.n) }

// exitCode decides the exit code from the error a command returned, in one
// place: nil is 0, findings are 1, everything else is 2.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var fe *findingsError
	if errors.As(err, &fe) {
		return 1
	}
	fmt.Fprintln(stderr, "compare:", err)
	return 2
}

// needPaths is the Args check of a command reading PATH...: at least one,
// else a usage error naming the command (name is its path under compare,
// help where its --help is).
func needPaths(name, help string) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return flagErrorf("%s: give at least one PATH (a file, a directory, or - for stdin)\nRun 'compare %s --help' for usage.", name, help)
		}
		return nil
	}
}
