import sys, types
print(types.SimpleNamespace is type(sys.implementation))
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns.a)
print(types.ModuleType is type(sys), types.FunctionType.__code__)
