# The '#' form of 'g' keeps its trailing zeros when rounding carries into a new digit.
for v in [999999.5, 9.9999995, 99.5, 0.5, 0.0, 1e-5, 0.00009999995, 9.5, 1e100, 123456789.0,
          -999999.5, 0.999999951]:
    for spec in ['#g', '#G', '#.2g', '#.0g', '#.3g', '#.20g', '#15.4g', '#.1g']:
        print(spec, repr(format(v, spec)), repr(('%' + spec) % v))
print(f'{999999.5:#g}', '{:#g}'.format(999999.5), '%#g' % 999999.5)
