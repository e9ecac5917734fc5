# nan compares unequal to everything, inf orders above all finite floats.
nan = float('nan')
inf = float('inf')
print(nan == nan, nan < 1, nan > 1, nan <= nan, nan != 1)
print(inf > 10**18, -inf < -10**18, inf == float('inf'))
print(nan in [nan], [nan] == [nan])
x = nan
print(x is x, x == x, [x] == [x])
print(max(1.0, 2.0, -inf), min(inf, 5))
print(sorted([3.5, -inf, 0.0, inf, -1.0]))
