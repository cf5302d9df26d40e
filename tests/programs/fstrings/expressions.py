d = {'key': 'value', 'n': [1, 2, 3]}
items = ['a', 'b', 'c']
def f(x, y=2):
    return x * y
print(f"{d['key']}", f"{d['n'][1:]}", f'{items[-1]}', f'{f(3)}', f'{f(2, y=5)}')
print(f'{len(items) * 2}', f'{"-".join(items)}', f'{sorted(items, reverse=True)}')
print(f'{(lambda z: z + 1)(4)}', f'{[i * i for i in range(4)]}', f'{ {1: 2} }')
print(f'{3 if items else 4}', f'{not items}', f'{items and "yes"}')
print(f'{1, 2}', f'{(yield_ := 5) if False else 0}' if False else f'{(1, 2)}')
