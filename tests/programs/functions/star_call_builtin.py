args = [3, 10, 2]
print(*args)
print(*args, sep=', ')
print(list(range(*args)))
kw = {'sep': '-', 'end': '!\n'}
print(1, 2, **kw)
