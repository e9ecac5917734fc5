# Format specs for floats: f, e, g, %, precision, grouping, signs, specials.
values = [3.14159265, -0.000123456, 1234567.891, 0.0, -0.0, 1e16, 2.5, 1e-10]
for v in values:
    print(format(v, ''), format(v, 'f'), format(v, '.2f'), format(v, '.0f'), format(v, 'e'),
          format(v, '.3e'), format(v, 'g'), format(v, '.3g'), format(v, '%'), format(v, '.1%'))
for spec in ['10.3f', '<10.2f', '^12.1f', '+.2f', '010.2f', ',.2f', '_.1f', '#.0f', '.10g', 'E', 'G',
             '#g', '=+12.3f', ' .2f', '.2', '.12', '12']:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-1234.5678, spec)))
inf, nan = float('inf'), float('nan')
print(format(inf, 'f'), format(-inf, '.2e'), format(nan, 'g'), format(inf, 'F'), format(nan, 'E'),
      format(inf, '08.2f'), format(nan, '+'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.125, '.2f'), format(2.675, '.2f'))
