package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes the test binary double as the parallax command, so the
// scripts in testdata/script run it as a separate process, end to end.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"parallax": func() {
			os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
		},
		// exits CODE ARGS... runs parallax ARGS and succeeds when its exit
		// code is CODE: testscript's "! exec" only tells zero from non-zero.
		"exits": func() {
			if len(os.Args) < 2 {
				fmt.Fprintln(os.Stderr, "usage: exits CODE ARGS...")
				os.Exit(2)
			}
			want, err := strconv.Atoi(os.Args[1])
			if err != nil {
				fmt.Fprintln(os.Stderr, "exits: bad code:", err)
				os.Exit(2)
			}
			got := run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[2:])
			if got != want {
				fmt.Fprintf(os.Stderr, "exits: parallax exited with %d, want %d\n", got, want)
				os.Exit(1)
			}
			os.Exit(0)
		},
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// bytes FILE QUOTED writes the bytes of a Go-quoted string, for
			// inputs a text archive cannot hold (invalid UTF-8, NUL bytes).
			"bytes": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: bytes FILE QUOTED")
				}
				data, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644))
			},
		},
	})
}
