package main

import (
	"fmt"
	"sort"
)

// evaluations are the kinds of `parallax eval KIND --data FILE`; each lives
// in its own file (eval_*.go).
func evaluations() map[string]command {
	return map[string]command{
		"ner":        {"entity precision/recall/F1 per type (conlleval) on an IOB file", runEvalNER},
		"geo":        {"toponym detection P/R/F1, Acc@161km, mean/median error, AUC on a JSONL corpus", runEvalGeo},
		"segment":    {"sentence and token F1 on a CoNLL-U file", runEvalSegment},
		"pos":        {"UPOS/XPOS/lemma accuracy on a CoNLL-U file (gold tokens)", runEvalPOS},
		"dep":        {"UAS/LAS on a CoNLL-U file (gold tokens, predicted tags)", runEvalDep},
		"incidents":  {"incident grouping: pairwise P/R/F1 on a cluster file (full pipeline)", runEvalIncidents},
		"duplicates": {"duplicate detection: pairwise P/R/F1 on a cluster file (full pipeline)", runEvalDuplicates},
	}
}

func runEval(e *env, args []string) int {
	evals := evaluations()
	if len(args) == 0 || evals[args[0]].run == nil {
		names := make([]string, 0, len(evals))
		for n := range evals {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintln(e.stderr, "Usage: parallax eval KIND --data FILE\n\nKinds:")
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, evals[n].summary)
		}
		if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
			return exitUsage
		}
		fmt.Fprintf(e.stderr, "parallax eval: unknown kind %q\n", args[0])
		return exitUsage
	}
	return evals[args[0]].run(e, args[1:])
}
