#!/usr/bin/env python3
"""Builds articles.jsonl and gold.json from articles.src and notes.json (see ../attrib28/build.py; session 31, lane attrib5)."""
import os, sys
sys.argv = [sys.argv[0]]
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "..", "attrib28", "build.py"), encoding="utf-8").read()
exec(compile(src.replace('os.path.dirname(os.path.abspath(__file__))', repr(here)).replace('/attrib28/', '/attrib31b/').replace('parallax attrib28', 'parallax attrib31b'), "build.py", "exec"))
