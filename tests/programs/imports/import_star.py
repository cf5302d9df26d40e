# from m import *: __all__ when present, else the public names
from starpkg.with_all import *
print(public, _also_private_but_listed)
try:
    not_listed
except NameError as e:
    print(e)
from starpkg.without_all import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print(e)
print(sorted(n for n in globals() if not n.startswith('__')))
try:
    exec("def f():\n    from starpkg.with_all import *\n")
except SyntaxError as e:
    print(e.msg)
