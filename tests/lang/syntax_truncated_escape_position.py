# The position of a truncated escape ends just before its first non-hex character.
x = ["ab\u12Z", 2]
