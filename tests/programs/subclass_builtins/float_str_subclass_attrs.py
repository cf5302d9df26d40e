# Instance attributes on float and str subclasses.
class Measure(float):
    pass

m = Measure(2.5)
m.unit = 'cm'
print(m, repr(m), m.unit, m.__dict__, m * 2, type(m * 2).__name__,
      m.is_integer(), float(m), type(float(m)).__name__)

class Text(str):
    pass

t = Text('hello')
t.lang = 'en'
t.count_ = 3
print(t, repr(t), t.lang, t.__dict__, t.upper(), type(t.upper()).__name__,
      type(t + '!').__name__, t[1:3], len(t), 'ell' in t)
print({t: 1}['hello'], {'hello': 2}[t], t == 'hello', str(t),
      type(str(t)).__name__)
print(f'{t:>8}|', '%s!' % t, ','.join([t, t]), list(Text('ab')))
vars(t)['extra'] = True
print(sorted(vars(t)), t.extra)

class Path(str):
    def __new__(cls, value):
        self = super().__new__(cls, value.strip('/'))
        self.parts = self.split('/')
        return self

p = Path('/usr/lib/')
print(p, type(p).__name__, p.parts)

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))

    def __init__(self, value):
        self.raw = value

c = Celsius(21.456)
print(c, c.raw, type(c).__name__)
