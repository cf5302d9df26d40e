import time

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

base = [2000, 1, 1, 0, 0, 0, 0, 1, 0]
for index, values in [(1, [-1, 0, 12, 13]), (2, [-1, 0, 31, 32]),
                      (3, [-1, 23, 24]), (4, [-1, 59, 60]),
                      (5, [-1, 60, 61, 62]), (6, [-2, -1, 6, 7, 2**31 - 1]),
                      (7, [-1, 0, 366, 367])]:
    for v in values:
        tup = list(base)
        tup[index] = v
        t(lambda: time.strftime('%Y', tuple(tup)))
        t(lambda: time.asctime(tuple(tup)))
t(lambda: time.strftime('%Y', (-2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2**70, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2000, 1.0, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2000, '1', 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1)))
t(lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0)))
t(lambda: time.strftime('%Y', [2000, 1, 1, 0, 0, 0, 0, 1, 0]))
t(lambda: time.strftime('%Y', None))
t(lambda: time.strftime('%Y', 5))
t(lambda: time.strftime(b'%Y', tuple(base)))
t(lambda: time.strftime(5))
t(lambda: time.strftime())
t(lambda: time.strftime('a', tuple(base), 3))
t(lambda: time.strftime(format='%Y'))
t(lambda: time.strftime('a\0b', tuple(base)))
t(lambda: time.strftime('%Z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 5, 0))))
t(lambda: time.strftime('%Z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'A', 'x'))))
t(lambda: time.strftime('%Z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'A', 2**70))))
t(lambda: time.strftime('%Z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, '\udc80', 0))))
t(lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 1)))
t(lambda: time.asctime('2000'))
t(lambda: time.asctime(tuple(base), 1))
t(lambda: time.mktime((2000, 1, 1)))
t(lambda: time.mktime([2000, 1, 1, 0, 0, 0, 0, 1, 0]))
t(lambda: time.mktime())
t(lambda: time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0), 1))
t(lambda: time.mktime((2**70, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime((2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
