values = [0, 1, 5, 10, 255, -255, 4096, 65535, -1, 2 ** 40]
for v in values:
    for t in 'boxX':
        for s in ['', '#', '8', '#10', '010', '#010', '+#', '<#12', '^#12',
                  '_', '#_', '020_', '#020_']:
            spec = s + t
            print(spec, repr(format(v, spec)))
