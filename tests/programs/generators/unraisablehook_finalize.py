import sys, gc

seen = []
def hook(u):
    seen.append(u)

print(sys.unraisablehook is sys.__unraisablehook__)
old = sys.unraisablehook
sys.unraisablehook = hook

def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = gen()
next(g)
del g
u = seen.pop()
print(type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg)
print(repr(u.object).startswith('<generator object gen at 0x'))
print(u.exc_traceback is not None, u.exc_traceback.tb_frame is sys._getframe())

class Leaker:
    def __del__(self):
        def invoke(message):
            raise RuntimeError(message)
        invoke("del failed")

l = Leaker()
del l
u = seen.pop()
print(u.object == Leaker.__del__, u.exc_type is RuntimeError, str(u.exc_value))
print(u.exc_traceback is not None, u.err_msg)

def bad_hook(u):
    raise ValueError('hook broke')
sys.unraisablehook = bad_hook
l = Leaker()
del l
sys.unraisablehook = old
print('restored', sys.unraisablehook is sys.__unraisablehook__)
l = Leaker()
del l
try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print('TypeError', e)
print('end')

# the hook keeps the generator it is told about: it lives on
kept = []
sys.unraisablehook = kept.append
def gen2():
    try:
        yield 1
    finally:
        yield 2
g = gen2()
next(g)
del g
sys.unraisablehook = old
u = kept.pop()
g = u.object
del u
print(g.gi_suspended, g.gi_frame.f_lineno, str(sys.exc_info()))
try:
    print(next(g, 'exhausted'))
except GeneratorExit:
    # the close left it in `finally`: resuming goes on with that
    print('GeneratorExit from the resumed finally')
del g
print('end2')
