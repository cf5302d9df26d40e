x = 10
name = 'Ann'
print(f'{x=}', f'{name=}', f'{x = }', f'{x= }', f'{x =}')
print(f'{x=:>5}', f'{x=!s}', f'{name=!a}', f'{name=:*^7}')
print(f'{x * 2 + 1=}', f'{name.lower()=}', f'{[x, x]=}')
print(f'{3.5=:.2f}', f'{x=!r:>4}|', f'{ x = }|')
