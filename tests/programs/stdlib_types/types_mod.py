import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
del ns.a; print(ns, hasattr(ns, 'a'))
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp['k'], len(mp), sorted(mp), mp.get('z', 0), 'k' in mp, mp.copy(), type(mp).__name__)
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)
def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__
    ns['x'] = 5
C = types.new_class('C', (object,), {}, body)
print(C.__name__, C().greet(), C.x)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': True})
print(type(D).__name__, D.kw)
print(types.resolve_bases((int, str)), types.prepare_class('E', (dict,))[0].__name__)
def f(): pass
gen = (i for i in [])
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(gen, types.GeneratorType), isinstance(types, types.ModuleType))
print(isinstance(C().greet, types.MethodType), types.NoneType, types.EllipsisType, types.NotImplementedType, isinstance(f.__code__, types.CodeType))
m = types.ModuleType('mymod', 'doc')
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
print(types.MethodType(lambda self: self.x, C())())
print(types.GenericAlias(list, (int,)), types.UnionType, int | str)
class Dyn:
    @types.DynamicClassAttribute
    def name(self): return 'inst'
print(Dyn().name)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
