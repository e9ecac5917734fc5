# f-string format specs, including nested replacement fields in the spec.
v = 1234.5678
n = 42
w = 12
print(f'{v:.2f}|{v:10.1f}|{v:<10.0f}|{v:,.3f}|{v:e}|{v:.3g}|{v:%}')
print(f'{n:5d}|{n:<5}|{n:^5}|{n:05}|{n:x}|{n:#o}|{n:b}|{n:+}|{n:,}|{-n: }')
print(f'{"s":>{w}}|{v:{w}.{2}f}|{n:{"<"}{w}}|{"mid":*^{w}}')
print(f'{n:{w}}', f'{3.0:g}', f'{0.1:.20f}', f'{1/3:.5}', f'{1e-5:f}', f'{True:d}', f'{True}')
print(f'{n!r:>5}', f'{"abc":.2}', f'{-0.0:.1f}', f'{float("inf"):>6}')
