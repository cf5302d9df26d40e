import string
table = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
print('{:<10}|{:>8}|{:^5}'.format('item', 'price', 'qty'))
for name, price, qty in table:
    print('{:<10}|{:>8.2f}|{:^5d}'.format(name, price, qty))
print('{0:=^20}'.format(' total '), '{:+,.3f}'.format(12345.6789), '{:#x} {:#o} {:#b}'.format(255, 8, 5), '{:08.3e}'.format(1234.5))
print('{!r:>8} {!s} {!a}'.format('x', 'y', 'é'), '{:%}'.format(0.256), '{:_}'.format(10**7), '{:c}'.format(65))
class Obj:
    def __format__(self, spec): return 'Obj<' + spec + '>'
print('{:abc} {x:}'.format(Obj(), x=Obj()), format(Obj(), 'z'))
fmt = string.Formatter()
print(sorted(n for _, n, _, _ in fmt.parse('{a} {b.c} {d[0]} plain') if n))
tpl = string.Template('Dear $name,\nYour order #$id of $$${amount} ships ${when}.')
print(tpl.substitute(name='Ann', id=42, amount='9.99', when='today'))
print(string.ascii_lowercase.translate(str.maketrans('abc', 'ABC', 'xyz')), 'Hello'.translate({ord('l'): None}))
print(string.capwords(' the  quick   brown '), '%s is %d years and %.1f%%' % ('Al', 30, 99.5), '%(a)s-%(b)05.1f' % {'a': 1, 'b': 2.25})
