class C:
    a = 1

    def m(self):
        pass

d = C.__dict__
print(type(d).__name__, d['a'], 'm' in d, 'zz' in d)
print(sorted(k for k in d.keys() if not k.startswith('__')))
try:
    d['a'] = 2
except TypeError as e:
    print(e)
