d = {'name': 'Bob', 'n': 3, 'x': 2.5, 'empty': ''}
print('%(name)s has %(n)d items costing %(x).2f' % d)
print('%(name)r %(n)05d %(x)e [%(empty)s]' % d)
print('%(n)s %(n)s %%' % d, '%(name)-6s|%(name)6s|' % d)
print('%((a))s' % {'(a)': 'parens'})
try:
    print('%(missing)s' % d)
except KeyError as e:
    print('KeyError', e)
try:
    print('%(a)s' % 5)
except TypeError as e:
    print('TypeError:', e)
