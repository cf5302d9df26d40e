s = 'é"x'
print(f'{s!r}', f'{s!s}', f'{s!a}', f'{s}')
v = [1, 'ü', None]
print(f'{v!r}', f'{v!s}', f'{v!a}')
print(f'{3.0!r}', f'{None!s}', f'{True!a}')
print(f'{s!r:>12}|', f'{s!a:*^14}|', f'{v!s:.5}')
