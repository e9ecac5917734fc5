# Character properties and case mapping over the blocks adder's tables cover exactly.
BLOCKS = [(0, 0x250), (0x370, 0x590), (0x1e00, 0x2000), (0x2070, 0x20a0), (0x2100, 0x2190),
          (0x24b6, 0x24ea), (0xff00, 0x10000)]

# Code points whose upper, lower or title case is several code points (but ß and İ).
MULTI = [(0x149, 0x14a), (0x1f0, 0x1f1), (0x390, 0x391), (0x3b0, 0x3b1), (0x587, 0x588), (0x1e96,
         0x1e9b), (0x1f50, 0x1f51), (0x1f52, 0x1f53), (0x1f54, 0x1f55), (0x1f56,
         0x1f57), (0x1f80, 0x1fb0), (0x1fb2, 0x1fb5), (0x1fb6, 0x1fb8), (0x1fbc,
         0x1fbd), (0x1fc2, 0x1fc5), (0x1fc6, 0x1fc8), (0x1fcc, 0x1fcd), (0x1fd2,
         0x1fd4), (0x1fd6, 0x1fd8), (0x1fe2, 0x1fe5), (0x1fe6, 0x1fe8), (0x1ff2,
         0x1ff5), (0x1ff6, 0x1ff8), (0x1ffc, 0x1ffd)]


def ranges(name, pred):
    out = []
    start = -1
    for lo, hi in BLOCKS:
        for c in range(lo, hi + 1):
            if c < hi and pred(chr(c)):
                if start < 0:
                    start = c
            elif start >= 0:
                out.append('%x-%x' % (start, c - 1))
                start = -1
    print(name, len(out), ' '.join(out))


ranges('upper', str.isupper)
ranges('lower', str.islower)
ranges('alpha', str.isalpha)
ranges('alnum', str.isalnum)
ranges('digit', str.isdigit)
ranges('decimal', str.isdecimal)
ranges('numeric', str.isnumeric)
ranges('space', str.isspace)
ranges('printable', str.isprintable)
ranges('title', str.istitle)
for lo, hi in BLOCKS:
    changed = []
    for c in range(lo, hi):
        s = chr(c)
        if any(a <= c < b for a, b in MULTI):
            continue    # adder keeps few of the mappings to several code points
        if s.upper() != s or s.lower() != s:
            changed.append('%x:%s%s%s' % (c, ascii(s.upper()), ascii(s.lower()), ascii(s.title())))
    print(len(changed), ' '.join(changed))
print(ascii('ΣΑΣ ΟΔΟΣ σ'.lower()), ascii('straße ﬁx'.upper()), ascii('ǆemal ǉ'.title()))
print(ascii('İstanbul'.lower()), ascii('ß'.casefold()), ascii('ǅ'.swapcase()))
