import types, math, sys
m = types.ModuleType('m', 'doc')
m.x = 1
m.y = 2
print(dir(m))
m.__dir__ = lambda: ['zeta', 'alpha']
print(dir(m))
print('sqrt' in dir(math), 'argv' in dir(sys), '__dict__' in dir(m))
print(len.__module__, math.sqrt.__module__, sys.exit.__module__)
print(print.__qualname__, math.floor.__name__)
