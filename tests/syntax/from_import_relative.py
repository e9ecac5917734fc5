# adder-only: --ast output of the parser, checked by hand
# args: --ast
from . import x
from .. import y
from .mod import z
from ..pkg.mod import w as v
from ... import deep
from .... import deeper
from . import (a, b)
from .a import *
