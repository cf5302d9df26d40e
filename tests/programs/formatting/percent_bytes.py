print(b'%s and %s' % (b'ab', b'cd'))
print(b'%d|%5d|%-5d|%05d|%x|%#X' % (1, 2, 3, 4, 255, 255))
print(b'%r %a' % ('é', b'x'), b'%c%c' % (65, b'B'), b'%%')
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%.2f %e' % (1.5, 2.5))
print(b'%b' % b'raw', b'%5s|' % b'x', b'%.1s' % b'abc')
for fmt, arg in [(b'%s', 'str'), (b'%c', 300), (b'%c', 'a'),
                 (b'%s %s', (b'a',)), (b'x', b'y')]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print('TypeError:', e)
    except OverflowError as e:
        print('OverflowError:', e)
