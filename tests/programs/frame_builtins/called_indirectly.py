# Frame builtins (eval, exec, globals, locals) called through f(*args),
# map() or partial use the running frame.
import functools
x = 10
e = eval
print(e('x + 1'), eval(*['x + 2']), eval(**{}) if False else 0)
print(functools.partial(eval, 'x + 3')(), list(map(eval, ['x', 'x * 2'])))
def f():
    y = 5
    g = globals
    return sorted(k for k in g(*()) if k == 'x'), locals(*()), eval(*['y + 1'])
print(f())
exec(*['z = 7'])
print(z)
