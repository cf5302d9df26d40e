# StopIteration.value and SystemExit.code.
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e.value = 9
print(e.value, e.args)
print(getattr(StopAsyncIteration(3), 'value', 'no value'))
e = SystemExit()
print(e.code, e.args)
print(SystemExit(3).code, SystemExit(3, 4).code, SystemExit('bye').code)
e = SystemExit(3, 4)
e.code = 'z'
print(e.code, e.args)
e.__init__()
print(e.code, e.args)
e.__init__(7)
print(e.code, e.args)

def gen():
    yield 1
    return 42

g = gen()
next(g)
try:
    next(g)
except StopIteration as exc:
    print('stop', exc.value, exc.args)
try:
    raise SystemExit(5)
except SystemExit as exc:
    print('exit', exc.code)
try:
    StopIteration(x=1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    SystemExit(code=1)
except TypeError as exc:
    print('TypeError:', exc)
