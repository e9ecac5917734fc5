# adder-only: --ast output of the parser, checked by hand
# args: --ast
from a import b
from a.b import c as d, e
from a import (b, c,)
from a import (b as x,
               c)
from a import *
from os.path import join, exists as ex
