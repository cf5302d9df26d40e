import sys
fr = sys._getframe()
print(fr.f_globals is globals(), fr.f_code.co_name, fr.f_locals is globals())
def f(a, b=2):
    c = a + b
    fr = sys._getframe(0)
    return fr.f_code.co_name, sorted(fr.f_locals), fr.f_globals['__name__']
print(f(1))
print(type(fr).__name__)
