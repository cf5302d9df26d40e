def my_gen():
    yield 1

g = my_gen()
print(g.__name__)
print(type(g))
