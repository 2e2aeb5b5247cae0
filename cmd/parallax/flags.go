package main

import "flag"

type flagSet = flag.FlagSet

var errHelp = flag.ErrHelp

func newFlagSet(name string) *flagSet { return flag.NewFlagSet(name, flag.ContinueOnError) }
