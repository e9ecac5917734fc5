# adder-only: --ast output of the parser, checked by hand
# args: --ast
newline = "a\nb"
tab = "a\tb"
backslash = "a\\b"
single = 'it\'s'
double = "say \"hi\""
bell = "\a"
backspace = "\b"
formfeed = "\f"
vtab = "\v"
cr = "\r"
hex_esc = "\x41\x7a"
u16 = "\u00e9"
u32 = "\U0001F600"
octal = "\101\60\7"
nul = "\0"
named_quote_in_triple = """\"\"\""""
mixed = 'A\x42\103\u0044'
