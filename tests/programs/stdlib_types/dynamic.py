import types, functools
def make_counter():
    ns = types.SimpleNamespace(count=0)
    def inc(step=1):
        ns.count += step; return ns.count
    return inc, ns
inc, state = make_counter()
inc(); inc(5); print(state, state.count)
config = types.MappingProxyType({'debug': False, 'level': 3})
def get(key, default=None): return config.get(key, default)
print(get('level'), get('missing', 'n/a'), dict(config), list(config.items()))
Point = types.new_class('Point', (), {}, lambda ns: ns.update({'__init__': lambda self, x, y: setattr(self, 'xy', (x, y)), '__repr__': lambda self: 'Point%r' % (self.xy,)}))
print(Point(1, 2), Point.__mro__)
def add(a, b): return a + b
code = add.__code__
print(code.co_name, code.co_argcount, code.co_varnames, type(code) is types.CodeType)
twice = types.FunctionType(code, {}, 'add_copy')
print(twice(2, 3), twice.__name__)
class Temp:
    def __init__(self, c): self.c = c
def to_f(self): return self.c * 9 / 5 + 32
t = Temp(100); t.to_f = types.MethodType(to_f, t); print(t.to_f())
mod = types.ModuleType('plugins')
exec('def hello():\n    return "hi from " + __name__\nVALUE = 42', mod.__dict__)
print(mod.hello(), mod.VALUE, sorted(k for k in vars(mod) if not k.startswith('__')))
print(type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType, isinstance(functools.partial(add, 1), types.FunctionType))
print(types.SimpleNamespace(b=2, a=1) == types.SimpleNamespace(a=1, b=2), repr(types.SimpleNamespace(z=[1], y='s')))
