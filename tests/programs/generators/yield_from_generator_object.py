def numbers():
    yield 1
    yield 2

def wrapper(g):
    yield 'start'
    yield from g
    yield 'end'

n = numbers()
print(next(n))
print(list(wrapper(n)))
