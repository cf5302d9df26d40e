# 'g' formatting drops trailing zeros even when rounding half to even
# lands on a zero digit; '#' keeps them.
for v in [1505.0, 1500.0, 100.5, 2.5, 0.0001505, 1.505e10, 125.0, -1505.0]:
    print('%.3g' % v, '%.2g' % v, '%#.3g' % v, format(v, '.3g'),
          format(v, '.3'), format(v, '#.3g'), format(v, '.3G'))
print('{:.3g}'.format(1505.0), f'{1505.0:.3}', f'{100.5:.3}')
print(format(1505.0 + 0j, '.3g'))
