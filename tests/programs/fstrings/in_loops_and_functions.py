def row(i, v):
    return f'{i:>3} | {v:8.3f} | {v * 100:7.2f}%'
for i in range(6):
    print(row(i, 1 / (i + 1)))
total = 0
parts = []
for i in range(10):
    total += i
    parts.append(f'{i}:{total}')
print(', '.join(parts))
def greet(name, punct='!'):
    return f'Hello, {name}{punct}'
print(greet('Bob'), greet('Al', '?'))
