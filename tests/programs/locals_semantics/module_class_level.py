# At module and class level, locals() is the namespace itself.
print(locals() is globals())
x = 1
ns = locals()
ns['injected'] = 42
print(injected)

class C:
    a = 1
    d = locals()
    d['b'] = 2
    print(sorted(d), d is locals())

print(C.b, sorted(k for k in vars(C) if not k.startswith('__')))

def vars_in_function():
    u = 1
    print(vars() is locals(), vars())

vars_in_function()

def dir_in_function():
    w = 1
    v = 2
    print(dir())

dir_in_function()
