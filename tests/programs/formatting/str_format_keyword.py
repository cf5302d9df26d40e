print('{name} is {age}'.format(name='Ann', age=7))
print('{a}{b}{a}'.format(a='x', b='y'))
print('{0} {x} {1}'.format(1, 2, x='kw'))
print('{x:>{w}}|'.format(x='r', w=5))
print('{x!r} {y:.2f}'.format(x='q', y=2))
d = {'k': 3}
print('{k}'.format(**d) if False else '{k}'.format(k=d['k']))
