halves = [0.5, 1.5, 2.5, 3.5, 0.25, 0.75, 0.125, 0.375, 2.675, 1.005,
          1.115, 1.125, 0.045, 5.55, 12.345, 1234.5, 0.0625, 1e-7 * 5,
          999999.5, 9999999.5, 4.35, 8.875]
for v in halves:
    print(repr(v), format(v, '.0f'), format(v, '.1f'), format(v, '.2f'),
          format(v, '.0e'), format(v, '.1e'), format(v, '.1g'),
          format(v, '.2g'), format(v, '.3g'), round(v, 1))
for v in [0.1 + 0.2, 1 / 7, 2 ** 0.5, 10 / 3, 1e16 / 3, 123456789012345678.0]:
    print(format(v, '.20f'), format(v, '.25e'), format(v, '.30g'))
