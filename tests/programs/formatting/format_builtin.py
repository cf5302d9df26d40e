print(format(5), format(5, ''), format('x'), format(2.0))
print(ascii('abc'), ascii('é'), ascii('\u20ac\U0001f600'), ascii([1, 'ü']))
print(ascii(None), ascii(3.5), ascii("it's"))
try:
    format(5, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    format()
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 'd', 3)
except TypeError as e:
    print('TypeError:', e)
print((255).__format__('x'), (2.5).__format__('.3f'), 'ab'.__format__('>4'))
print(int.__format__(7, '03'), str.__format__('q', '^3'), float.__format__(1.0, ''))
