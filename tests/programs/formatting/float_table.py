# a large table: values x specs, compared line by line with CPython
values = []
x = 1.0
for i in range(20):
    values.append(x)
    values.append(-x / 3)
    x = x * 7.3 + 0.001
y = 1.0
for i in range(10):
    y = y / 9.7
    values.append(y)
    values.append(y * 5)
kinds = ['e', 'f', 'g', '', '%', 'G', 'E']
precs = ['', '.0', '.1', '.4', '.9', '.15']
for v in values:
    row = []
    for k in kinds:
        for p in precs:
            spec = p + k
            if spec != '' and not (k == '%' and v > 1e200):
                row.append(format(v, spec))
    print(' '.join(row))
