# adder-only: --ast output of the parser, checked by hand
# args: --ast
import a
import a.b.c
import a as b, c
import os, sys
import os.path as osp
import a.b as c, d.e.f, g as h
