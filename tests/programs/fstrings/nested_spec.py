x = 3.14159
for width in [6, 8, 10]:
    for prec in [1, 3]:
        print(f'[{x:{width}.{prec}f}]', f'[{x:>{width}}]', f'[{"ab":^{width}}]')
fill = '*'
align = '^'
print(f'{42:{fill}{align}10}', f'{42:{fill}>{5 + 3}}', f'{255:{"#x"}}')
spec = '>8.2f'
print(f'{x:{spec}}|', f'{x!r:{spec[0]}10}|')
