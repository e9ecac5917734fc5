# float.hex() writes the exact value in hexadecimal; float.fromhex() reads it back.
for v in [0.1, 1.0, -2.5, 0.0, -0.0, 5e-324, 1e308, 2.2250738585072014e-308,
          float('inf'), float('-inf'), float('nan'), 1 / 3, 123456.789, 1e-310, 2.0 ** 52]:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ['x', '0x1p99999', '1p2', ' 0X1.8P+1 ', '0x.8', '0x1.', '0x.p1', '-0x0p0', 'inf',
          '-nan', '0x1p', '0x1_0', 'ff', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023',
          '0x1p-1075', '0x1.8p-1074', '-InFiNiTy', '0x1p+', '', '-', '0x',
          '0x1p-99999999999999', '1.8000000000000000000000000000001p0']:
    t(lambda: float.fromhex(s))
t(lambda: (1.0).hex(1))
t(lambda: float.fromhex())
t(lambda: float.fromhex(1))
t(lambda: float.fromhex(x=1))
t(lambda: (2.0).fromhex('1'))
