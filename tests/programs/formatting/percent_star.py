print('[%*d]' % (5, 42), '[%-*d]' % (5, 42), '[%*d]' % (-5, 42))
print('[%.*f]' % (2, 3.14159), '[%*.*f]' % (10, 3, 2.71828))
print('[%*s]' % (4, 'a'), '[%.*s]' % (2, 'abcdef'), '[%.*s]' % (-1, 'abc'))
try:
    print('%*d' % ('5', 1))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%*d' % (5,))
except TypeError as e:
    print('TypeError:', e)
