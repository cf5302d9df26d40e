# "Did you mean" after AttributeErrors printed by sys.__excepthook__, and
# the `name` and `obj` of AttributeError, from CPython's
# AttributeErrorTests.
import io
import sys


def hook_line(e):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    return text.splitlines()[-1]


def last_line(func):
    try:
        func()
    except BaseException as e:
        print(hook_line(e))
    else:
        print('no exception')


# name and obj
exc = AttributeError('Ouch!')
print(exc.name, exc.obj)
sentinel = object()
exc = AttributeError('Ouch', name='carry', obj=sentinel)
print(exc.name, exc.obj is sentinel, exc.args)

class A:
    blech = None
    def method(self):
        return

obj = A()
try:
    obj.bluch
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
try:
    object.__getattribute__(obj, "bluch")
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
try:
    obj.bluch()
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
try:
    getattr(obj, 'bluch')
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
print(getattr(obj, 'bluch', 'default'), hasattr(obj, 'bluch'))

# suggestions
class Substitution:
    noise = more_noise = a = bc = None
    blech = None

class Elimination:
    noise = more_noise = a = bc = None
    blch = None

class Addition:
    noise = more_noise = a = bc = None
    bluchin = None

class SubstitutionOverElimination:
    blach = None
    bluc = None

class SubstitutionOverAddition:
    blach = None
    bluchi = None

class EliminationOverAddition:
    blucha = None
    bluc = None

for cls in [Substitution, Elimination, Addition, EliminationOverAddition,
            SubstitutionOverElimination, SubstitutionOverAddition]:
    last_line(lambda: cls().bluch)
    last_line(lambda: cls.bluch)

class Long:
    blech = None
last_line(lambda: Long().somethingverywrong)

class MyClass:
    vvv = mom = w = id = pytho = None
for name in ['b', 'v', 'm', 'py']:
    last_line(lambda: getattr(MyClass, name))

class Big:
    blech = None
for index in range(2000):
    setattr(Big, f"index_{index}", None)
last_line(lambda: Big().bluch)

# 749 names in dir() are searched, 750 are not
class Dir:
    def __init__(self, n):
        self.n = n
    def __dir__(self):
        return ['blech'] + ['x%d' % i for i in range(self.n - 1)]
for n in [749, 750]:
    e = AttributeError('dir', name='bluch', obj=Dir(n))
    print(n, hook_line(e))

class NoArgs1:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
class NoArgs2:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError
last_line(lambda: NoArgs1().bluch)
last_line(lambda: NoArgs2().bluch)

class NonStringifyClass:
    __str__ = None
    __repr__ = None

class InvalidA:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(NonStringifyClass())

class InvalidB:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError("Error", 23)

class InvalidC:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(23)

for cls in [InvalidA, InvalidB, InvalidC]:
    last_line(lambda: cls().bluch)

class SameName:
    def __dir__(self):
        return ['blech']
last_line(lambda: SameName().blech)

class FailingDir:
    bluch = 1
    def __dir__(self):
        raise AttributeError("oh no!")
last_line(lambda: FailingDir().blich)

def bad_name():
    raise AttributeError(name=12, obj=23)
last_line(bad_name)

class Nested:
    bluch = 1

class Outer:
    def __getattribute__(self, attr):
        a = Nested()
        return a.blich
last_line(lambda: Outer().something)
