# Defaults are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

base = 10
def add_base(x, b=base):
    return x + b
base = 1000
print(add_base(1), add_base(1, base), add_base(b=5, x=2))

def counter(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']

print(counter(), counter(), counter({}), counter())

def describe(name, greeting='Hello', punct='!', times=1):
    return (greeting + ', ' + name + punct) * times

print(describe('Ann'))
print(describe('Bob', 'Hi'))
print(describe('Cy', punct='?'))
print(describe(times=2, name='Di', greeting='Yo'))
print(describe('Ed', 'Hey', '.', 2))

def none_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(none_default(1), none_default(2), none_default(3, [0]))

def power(base, exp=2, mod=None):
    r = base ** exp
    if mod is not None:
        r = r % mod
    return r

print(power(3), power(3, 3), power(2, 100, 1000), power(exp=0, base=7), power(2, mod=3))
