# exec/eval code reads and writes the namespace it is given
g = {}
l = {}
exec("a = 1\nb = a + 1\nprint(a, b)", g, l)
print(sorted(l), 'a' in g)
exec("del a", g, l)
print(sorted(l))
print(eval("b * 10", g, l))
exec("global gx\ngx = 5", g, l)
print(g['gx'], 'gx' in l)
try:
    eval("undefined_name", {}, {})
except NameError as e:
    print(e)
print(eval("len", {}, {}) is len)
code = compile("r = s + 1", "<c>", "exec")
ns = {'s': 41}
exec(code, {}, ns)
print(ns['r'])


def f():
    k = 'local'
    exec("print(k)")
    print(eval("k.upper()"))
    print(eval("[k] * 2"))


f()
