# format() of complex numbers: float formats for both parts, the whole
# padded as one field, str()-like output for the omitted type.
for z in [1+2j, -1.5-2.25j, 2j, -0.0+1j, 0j, complex(1e20, -1e-5), complex('inf'), complex(3, float('nan'))]:
    print(repr(z), [format(z, s) for s in ['', '.2f', '>20', '<18.3e', '^20g', '+.1f', ' g', 'E', 'n', '.0f', '10', 'z.1f', '#g', ',.2f']])
print(f'{1+2j:*^30.3f}|{3-4j!r:>12}')
for bad in ['020', '=10', 'd', '%', 's', 'x']:
    try:
        format(1+2j, bad)
    except ValueError as e:
        print(bad, e)
