# An exception class whose __new__ returns something else: raise and
# generator.throw() give CPython's TypeErrors (each words it its own way).
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring_generator():
    yield


gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print('throw:', e)
try:
    next(gen)
except StopIteration:
    print('the generator was finished by the error')


def generator():
    try:
        yield
    except TypeError as e:
        print('inside:', e)
        yield 'caught'


gen = generator()
next(gen)
print(gen.throw(E))
try:
    raise E
except TypeError as e:
    print('raise:', e)
