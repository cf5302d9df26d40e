# __debug__: a constant everywhere names are read (module, class body, function,
# comprehension, builtins, eval), and a SyntaxError wherever it would be bound.
for src in ['__debug__ = 1', 'del __debug__', 'def f(__debug__): pass', 'x.__debug__ = 1', 'import __debug__', 'for __debug__ in []: pass', 'f(__debug__=1)', 'lambda __debug__: 0']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print('SyntaxError', src, e.msg)
print(__debug__)
class C:
    x = __debug__
def f():
    return __debug__
print(C.x, f(), [__debug__ for _ in range(1)])
import builtins
print(builtins.__debug__)
print(eval('__debug__'))
