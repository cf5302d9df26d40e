# AttributeError's `name` and `obj` where CPython sets them (lookups on
# modules, builtin objects, classes, super, __getattr__) and where it
# does not (assignments, deletions), and what the except hook suggests.
import io
import math
import sys


def hook_text(e, tb=None):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(e), e, tb or e.__traceback__)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    return text


def summary(text):
    """The lines of a report that are not traceback entries."""
    return [line for line in text.splitlines()
            if not line.startswith(' ') and not line.startswith('Traceback')]


def show(func):
    try:
        func()
    except AttributeError as e:
        obj = e.obj
        what = type(obj).__name__ if obj is not None else 'None'
        print(repr(e.name), what, '|', summary(hook_text(e))[-1])
    else:
        print('no exception')


class C:
    __slots__ = ('slot',)
    counter = 0

class D:
    value = 1

def set_missing():
    C().other = 1
def del_missing():
    del D().valeu
def del_class_missing():
    del D.valeu
def del_empty_slot():
    del C().slot

show(lambda: C().slot)
show(lambda: C().slott)
show(set_missing)
show(del_missing)
show(del_class_missing)
show(del_empty_slot)
show(lambda: math.sqr)
show(lambda: getattr(math, 'flor'))
show(lambda: sys.argvv)
show(lambda: type.__getattribute__(D, 'valeu'))
show(lambda: object.__getattribute__(D(), 'valeu'))
show(lambda: [].apend)
show(lambda: [].apend(1))
show(lambda: {}.iterkeys())
show(lambda: 'abc'.startwith('a'))
show(lambda: (1).reel)
show(lambda: None.foo)
show(lambda: D.__dict__.keyz)
show(lambda: ValueError().ergs)
show(lambda: int.from_byte)

class Base:
    def method(self):
        return 1
class Derived(Base):
    def call(self):
        return super().methd()
show(lambda: Derived().call())

class Prop:
    @property
    def value(self):
        raise AttributeError('inside the property')
    values = 1
show(lambda: Prop().value)

class Getattr:
    count = 0
    def __getattr__(self, name):
        raise AttributeError('no ' + name, name='cnt', obj=self)
show(lambda: Getattr().anything)

class GetattrPlain:
    count = 0
    def __getattr__(self, name):
        raise AttributeError(name)
show(lambda: GetattrPlain().cuont)

class Meta(type):
    def __getattribute__(cls, name):
        return super().__getattribute__(name)
class WithMeta(metaclass=Meta):
    attribute = 1
show(lambda: WithMeta.atribute)

class ModuleGetattr:
    pass
import types
mod = types.ModuleType('mod')
mod.value = 1
def module_getattr(name):
    raise AttributeError('computed')
mod.__getattr__ = module_getattr
show(lambda: mod.valeu)

# subclasses of AttributeError: no suggestion
class MyAttributeError(AttributeError):
    pass
class Mine:
    blech = 1
    def __getattr__(self, name):
        raise MyAttributeError('mine', name=name, obj=self)
show(lambda: Mine().bluch)

# name: an exact str; obj: set (None is an object)
class S(str):
    pass
for kwargs in [dict(name='bluch', obj=D), dict(name=S('valeu'), obj=D),
               dict(name='valeu'), dict(obj=D), dict(name='__clas__', obj=None),
               dict(name=b'valeu', obj=D)]:
    e = AttributeError('made', **kwargs)
    print(summary(hook_text(e)))
try:
    AttributeError('a', name='x', obj=1, other=2)
except TypeError as e:
    print('TypeError:', e)
try:
    AttributeError('a', nme='x')
except TypeError as e:
    print('TypeError:', e)
e = AttributeError('assigned')
e.name = 'valeu'
e.obj = D
print(summary(hook_text(e)))

# the text goes out as it is, not as a repr
class Quote:
    pass
setattr(Quote, "it's", 1)
setattr(Quote, 'déjà', 1)
print(summary(hook_text(AttributeError(name="its", obj=Quote))))
print(summary(hook_text(AttributeError(name="déja", obj=Quote))))
print(summary(hook_text(AttributeError(name="déjà", obj=Quote))))

# case changes cost less than other substitutions
class Case:
    Value = 1
    vALUE = 2
print(summary(hook_text(AttributeError(name="value", obj=Case))))
print(summary(hook_text(AttributeError(name="VALUE", obj=Case))))

# differences of more than 40 bytes are not measured
s39 = 'abcdefghij' * 3 + 'abcdefghi'
s40 = s39 + 'j'
for s in [s39, s40]:
    class Long:
        pass
    setattr(Long, 'Q' + s, 1)
    print(len(s), summary(hook_text(AttributeError(name=s + 'Z', obj=Long))))

# chains and groups: every exception gets its suggestion
try:
    try:
        D.valeu
    except AttributeError:
        prnt
except NameError as e:
    print(summary(hook_text(e)))
eg = ExceptionGroup('group', [AttributeError(name='valeu', obj=D),
                              NameError(name='prnt'),
                              ExceptionGroup('inner',
                                             [AttributeError(name='valeu',
                                                             obj=D())])])
print(hook_text(eg), end='')

# the except hook puts its traceback argument on an exception without one
e = NameError("name 'prnt' is not defined", name='prnt')
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
print(summary(hook_text(e, tb)))

# an uncaught one ends the program
[].apend(1)
