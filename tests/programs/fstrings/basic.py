name = 'world'
n = 42
x = 2.5
print(f'hello {name}', f"n={n}", f'{x}', f'{n}{n}', f'{name}!{n}?')
print(f'{1 + 2}', f'{n * 2 - 1}', f'{len(name)}', f'{name.upper()}')
print(f'{[1, 2][0]}', f"{ {'a': 1}['a'] }", f'{(1, 2)}', f'{n if n else 0}')
print(f'{n > 3}', f'{n != 4}', f'{n == 42}', f'{n <= 41}', f'{n >= 42}')
print(f'', f'plain', F'{n}', f'{name!s}')
