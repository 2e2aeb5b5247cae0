// Command parallax turns conflict news into a source-attributed record:
// who said what, about which events, where and when, and where the parties
// contradict each other.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
)

// command is one subcommand. run gets the arguments after the command name
// and returns the process exit code.
type command struct {
	summary string
	run     func(env *env, args []string) int
}

// env is what a command may touch: its streams. Commands take it instead of
// reaching for os.Stdout, so tests can run them in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // some input failed; the rest was processed
	exitUsage   = 2
)

func commands() map[string]command {
	return map[string]command{
		"analyze": {"analyze articles and print the report (contract v1) as JSON", runAnalyze},
		"demo":    {"run the pipeline on the embedded sample corpus and print a summary", runDemo},
		"eval":    {"measure a stage on annotated data (pos, dep, ner, geo, segment...)", runEval},
		"tag":     {"tag a CoNLL-style token file with UPOS and BIO entity tags", runTag},
		"help":    {"show help for a command", runHelp},
		"ingest":  {"analyse articles and store them in a database (SQLite file or PostgreSQL)", runIngest},
		"worker":  {"analyse and store articles queued in PostgreSQL (many workers share one corpus)", runWorker},
		"export":  {"write the database as JSONL, claims CSV or ACLED-like events CSV", runExport},
		"search":  {"full-text search over stored articles", runSearch},
		"serve":   {"serve the web app and JSON API over a store", runServe},
	}
}

func main() {
	// PARALLAX_CPUPROFILE=FILE writes a CPU profile of the whole command
	// (go tool pprof): where a long ingest spends its time, measured on
	// the user's own data.
	if path := os.Getenv("PARALLAX_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

func run(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		usage(e.stdout)
		return exitOK
	}
	cmd, ok := commands()[name]
	if !ok {
		fmt.Fprintf(e.stderr, "parallax: unknown command %q\n\n", name)
		usage(e.stderr)
		return exitUsage
	}
	return cmd.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "parallax turns conflict news into a source-attributed record.")
	fmt.Fprintln(w, "\nUsage: parallax COMMAND [flags] [args]\n\nCommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'parallax help COMMAND' for a command's flags.")
}

func runHelp(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	cmd, ok := commands()[args[0]]
	if !ok || args[0] == "help" {
		if !ok {
			fmt.Fprintf(e.stderr, "parallax help: unknown command %q\n", args[0])
			return exitUsage
		}
		usage(e.stdout)
		return exitOK
	}
	// Every command prints its flags for -h.
	e2 := *e
	e2.stderr = e.stdout
	cmd.run(&e2, []string{"-h"})
	return exitOK
}

// newFlags makes the flag set of a command, with a usage line that names it.
func newFlags(e *env, name, args, summary string) *flagSet {
	fs := newFlagSet(name)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: parallax %s %s\n\n%s\n\nFlags:\n", name, args, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, returning the exit code to stop with, if any.
func parseFlags(fs *flagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if err == errHelp {
			return exitOK, true
		}
		return exitUsage, true
	}
	return 0, false
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}
