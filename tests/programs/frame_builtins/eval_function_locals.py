def outer():
    z = 3
    def f(a, c):
        x = 10
        print(eval("x + a"), eval("len([x])"))
        print(sorted(locals().items()))
        print(sorted(vars()))
        print(dir())
        exec("print(x * 2, c)")
        y = 5
        def g():
            return y + c
        print(sorted(locals()))
        print(eval("y", {}, {"y": 7}), eval("x", {"x": 8}))
        ns = {}
        exec("q = 1\ndef h():\n    return q\n", ns)
        print(ns["h"](), 'q' in ns)
        print(eval(compile("x - 1", "<s>", "eval")))
        return g
    return f
outer()(1, 2)
class C:
    z = 1
    print(sorted(k for k in vars() if not k.startswith('__')))
    print([k for k in dir() if not k.startswith('__')])
print([k for k in dir() if not k.startswith('__')])
print(vars() is globals())
