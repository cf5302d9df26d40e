def f():
    xs = [1, 2, 3]
    return [x for x in xs for xs in [[0]]]

print(f())
