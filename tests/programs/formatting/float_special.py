inf = float('inf')
nan = float('nan')
values = [inf, -inf, nan, -nan, 0.0, -0.0, -1e-9, -0.004, -0.0049, 1e-9]
specs = ['', 'f', '.2f', 'e', 'E', 'g', 'G', 'F', '%', '10', '<10', '^10',
         '010', '+', ' ', 'z', 'z.2f', 'z.1e', 'zg', 'z.0f', '+z.3f',
         'z010.2f', ',', '=+10', '#g', 'n', 'z']
for v in values:
    for s in specs:
        print(repr(v), repr(s), repr(format(v, s)))
