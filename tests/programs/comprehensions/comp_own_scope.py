x = 'outer'
r = [x for x in range(3)]
print(x, r)

def f():
    y = 10
    r = [y for y in range(2)]
    return y, r

print(f())
