# float ** float for the IEEE 754 special cases (C99 Annex F): an
# infinite exponent never divides by zero, x**0 is 1, 1**y is 1.
INF = float('inf')
NAN = float('nan')
values = [-INF, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, INF, NAN]
for x in values:
    row = []
    for y in values:
        try:
            row.append(repr(x ** y))
        except ZeroDivisionError as e:
            row.append('ZeroDivisionError')
    print(repr(x), ' '.join(row))
for x, y in [(-0.0, -1.0), (0.0, -3.0), (-0.0, 3.0), (-0.0, 2.0),
             (-INF, 3.0), (-INF, -3.0), (-INF, 2.0), (-2.0, 0.5),
             (10.0, 400.0), (2.0, -1074.0)]:
    try:
        print(x, y, pow(x, y))
    except Exception as e:
        print(x, y, type(e).__name__, e)
