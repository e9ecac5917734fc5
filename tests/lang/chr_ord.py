# chr() and ord() across ASCII, Latin-1, BMP and astral code points.
print(ord('a'), ord('A'), ord(' '), ord('\n'), ord('é'), ord('€'), ord('日'), ord('😀'))
print(chr(97), chr(65), repr(chr(0)), chr(233), chr(8364), chr(0x1F600), repr(chr(127)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) for c in 'héy'])
print(chr(0x10FFFF) == '\U0010ffff', ord(chr(55296 - 1)))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
try:
    ord(5)
except TypeError as e:
    print(e)
