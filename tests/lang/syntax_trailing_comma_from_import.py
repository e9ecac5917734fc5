# A trailing comma in an unparenthesized from-import is refused with CPython's message.
from math import pi, e,
