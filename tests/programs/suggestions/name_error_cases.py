# NameError's `name` and the suggestions of the except hook in the other
# places a NameError comes from, and the order of the candidates.
import io
import sys


def hook_line(e):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    return text.splitlines()[-1]


def show(func):
    try:
        func()
    except BaseException as e:
        print(type(e).__name__, repr(getattr(e, 'name', '-')), '|',
              hook_line(e))


# free variables, class bodies, deletions
def free_variable():
    def inner():
        return valeu
    inner()
    valeu = 1
show(free_variable)

def class_body():
    class C:
        lenght = 3
        x = lenhgt
show(class_body)

def class_free_variable():
    def f():
        class C:
            y = counter
        counter = 1
        del counter
        return C
    counter2 = 1
    f()
show(class_free_variable)

def delete_global():
    global undefined_glob
    del undefined_glob
show(delete_global)

def delete_name():
    exec('del not_here_at_all', {})
show(delete_name)

def comprehension():
    items = [1, 2]
    return [x for x in itmes]
show(comprehension)

def in_comprehension():
    return [x for x in range(2) if xx]
show(in_comprehension)

# the innermost frame's names
def outer_frame():
    outer_local_name = 1
    def inner():
        return outer_local_nam
    inner()
show(outer_frame)

# locals first, then globals, then builtins
lenn = 'global'
def order1():
    lent = 1
    return len_
show(order1)
def order2():
    return len_
show(order2)
del lenn
def order3():
    return len_
show(order3)

# equal distances: the first candidate wins (locals in order, builtins)
def ties():
    abcx = abxd = 1
    return abcd
show(ties)
show(lambda: mix)
show(lambda: pint)
show(lambda: Print)
show(lambda: PRINT)
show(lambda: Len)
show(lambda: ValueErorr)
show(lambda: Exceptoin)
show(lambda: isinstanc)
show(lambda: Flase)
show(lambda: none)
show(lambda: true)
show(lambda: slef)
show(lambda: __nmae__)

# eval and exec: their globals
show(lambda: eval('prnt'))
show(lambda: eval('zzz', {'zzzz': 1}))
show(lambda: exec('yyy', {'yyyy': 1}, {'yyy1': 2}))

# a non-str key in the globals cancels the suggestion
g = {'bluch': 1, 2: 3}
exec('def f():\n    return blech\n', g)
show(g['f'])
del g[2]
show(g['f'])

# names that are not exact str: no suggestion
class S(str):
    pass
def raise_with(name):
    def f():
        blech = 1
        raise NameError('custom', name=name)
    return f
show(raise_with('bluch'))
show(raise_with(S('bluch')))
show(raise_with(42))
show(raise_with(None))

# subclasses of NameError: no suggestion
class MyNameError(NameError):
    pass
def my_name_error():
    blech = 1
    raise MyNameError('mine', name='bluch')
show(my_name_error)

# without a traceback: no suggestion
e = NameError('no traceback', name='prnt')
print(hook_line(e))

# the constructor
print(repr(NameError('a').name), repr(NameError('a', name='n').name))
print(NameError('a', 'b', name='n').args)
for kwargs in [{'nam': 1}, {'name': 1, 'obj': 2}]:
    try:
        NameError('a', **kwargs)
    except TypeError as e:
        print('TypeError:', e)
e = NameError('x')
e.name = 'prnt'
print(e.name)

# non-ASCII names
def non_ascii():
    déjà = 1
    return déja
show(non_ascii)
def non_ascii_same():
    raise NameError('same', name='déjà')
g = {'déjà': 1}
exec('def f():\n    raise NameError("same", name="déjà")\n', g)
show(g['f'])

# an uncaught one ends the program
def main():
    lenght = 2
    return lengt
main()
