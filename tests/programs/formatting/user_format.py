class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == '':
            return 'M' + str(self.v)
        return 'M' + format(self.v, spec)
    def __str__(self):
        return 'money'
class Plain:
    pass
class Bad:
    def __format__(self, spec):
        return 5
class MyInt(int):
    pass
class MyStr(str):
    def __str__(self):
        return 'custom'
m = Money(3.5)
print(f'{m}', f'{m:.2f}', format(m, '>8'), '{:x}'.format(Money(255)), f'{m!s}', '{0!r:.3}'.format(m)[:3])
print(format(MyInt(5), 'x'), f'{MyInt(7):>4}', format(MyStr('ab'), '>4'), f'{MyStr("q")}')
print(format(Plain(), '')[:8])
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{Bad()}'
except TypeError as e:
    print('TypeError:', e)
print(f'{MyStr("q")}' + '|', f'{MyStr("q")!r}', f'{MyStr("q"):>3}', '{}'.format(MyStr('z')))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec + 'f') + 'C'
t = Temp(21.5)
print(f'{t:.1}', f'{t:.2F}', '{0:.0} {0:.3F}'.format(t), format(t, '8.2'))
