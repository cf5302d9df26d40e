print(repr(format(None)), repr(format(None, '')))
print(repr(format([1, 2])), repr(format((1, 'a'))), repr(format({'k': 1})))
print(f"{None}", f"{[1, 'x']}", f"{(2,)}", '{}'.format(None))
print(f"{None!r:>8}", f"{[1]!s:*^9}", '{!r:<7}|'.format(None))
for v in [None, [1], (1,), {}]:
    try:
        format(v, '>5')
    except TypeError as e:
        print('TypeError:', e)
