# "Did you mean" after NameErrors printed by sys.__excepthook__ (the last
# line of what it writes), from CPython's NameErrorTests.
import io
import sys


def last_line(func):
    """Run func; print the last line the except hook writes for what it
    raises."""
    try:
        func()
    except BaseException:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            text = sys.stderr.getvalue()
            sys.stderr = saved
        print(text.splitlines()[-1])
    else:
        print('no exception')


def Substitution():
    noise = more_noise = a = bc = None
    blech = None
    print(bluch)

def Elimination():
    noise = more_noise = a = bc = None
    blch = None
    print(bluch)

def Addition():
    noise = more_noise = a = bc = None
    bluchin = None
    print(bluch)

def SubstitutionOverElimination():
    blach = None
    bluc = None
    print(bluch)

def SubstitutionOverAddition():
    blach = None
    bluchi = None
    print(bluch)

def EliminationOverAddition():
    blucha = None
    bluc = None
    print(bluch)

for func in [Substitution, Elimination, Addition, EliminationOverAddition,
             SubstitutionOverElimination, SubstitutionOverAddition]:
    last_line(func)

global_for_suggestions = None

def from_globals():
    print(global_for_suggestio)
last_line(from_globals)

def from_builtins():
    print(ZeroDivisionErrrrr)
last_line(from_builtins)

def long_names():
    somethingverywronghehehehehehe = None
    print(somethingverywronghe)
last_line(long_names)

def small_names():
    vvv = mom = w = id = pytho = None
    last_line(lambda: b)
    last_line(lambda: v)
    last_line(lambda: m)
    last_line(lambda: py)
small_names()

# the locals of the innermost frame, not of the lambda's caller
def small_names_here():
    vvv = mom = w = id = pytho = None
    try:
        vv
    except NameError as e:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        sys.__excepthook__(type(e), e, e.__traceback__)
        text = sys.stderr.getvalue()
        sys.stderr = saved
        print(text.splitlines()[-1])
small_names_here()

# 800 locals: too many candidates
src = ('def too_many_locals():\n    ' +
       ' = '.join('a%d' % i for i in range(1, 801)) + ' = None\n' +
       '    print(a0)\n')
ns = {}
exec(src, ns)
last_line(ns['too_many_locals'])

# 749 locals are still searched
src = ('def many_locals():\n    ' +
       ' = '.join('a%d' % i for i in range(1, 750)) + ' = None\n' +
       '    print(a0)\n')
exec(src, ns)
last_line(ns['many_locals'])

# 750 globals: the globals are skipped, the builtins still searched
ns = {'g%d' % i: i for i in range(747)}
ns['prind'] = 0
exec('def f():\n    return prin\n', ns)
print(len(ns))
last_line(ns['f'])
del ns['g0']
last_line(ns['f'])

def custom1():
    blech = None
    raise NameError()
last_line(custom1)

def custom2():
    blech = None
    raise NameError
last_line(custom2)

def custom3():
    blech = None
    raise NameError('custom', name='bluch')
last_line(custom3)

def unbound_local():
    something = 3
    print(somethong)
    somethong = 3
last_line(unbound_local)

def focused():
    try:
        nonsense
    except BaseException as E:
        E.with_traceback(None)
        raise ZeroDivisionError()
last_line(focused)
