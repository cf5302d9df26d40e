# A global statement in a nested function makes module code store the
# name as a global too (visible under exec with separate namespaces).
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], sorted(local_ns), sorted(global_ns))
