#!/usr/bin/env python3
"""Consistency check of the held-out gold: the development gold's checker run on this folder.

usage: python3 testdata/heldout/check_gold.py   (from the repository root or this folder)
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "devgold", "check_gold.py"), run_name="__main__")
