x = 10
print(eval("x + 1"), eval("  2 * 3"), eval("y * 2", {"y": 4}), eval("[i for i in range(3)]"))
g = {}
exec("a = 5\nb = a * 2", g)
print(g["b"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
exec("z = x * 3")
print(z)
code = compile("1 + 2", "<s>", "eval")
print(eval(code))
exec(compile("print('compiled exec')", "<s>", "exec"))
print(exec("1"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
