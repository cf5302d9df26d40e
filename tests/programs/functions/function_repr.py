# repr of functions, methods and lambdas: CPython's form with the
# address (masked here).
import re


def f():
    pass


class A:
    def m(self):
        pass


def mask(text):
    return re.sub('0x[0-9a-f]+', 'ADDR', text)


for o in (f, A.m, lambda: 0, A().m, print, [].append, len):
    print(mask(repr(o)), repr(o) == str(o))
