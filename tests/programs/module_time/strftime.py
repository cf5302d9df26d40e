import time

tup = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%c', '%x %X', '%j %U %W %w',
            '%y %C %e %D %F %T %R', '%I %p %l', '%G %g %V %u', '%n%t|', '%%',
            '', 'plain text', '100%', '%', '%Q %k', '%-d %_m %05Y %10A|',
            'é%Yü€', '\U0001f600 %H', '\udc80%Y', '%E %Ey %Od']:
    print(repr(fmt), repr(time.strftime(fmt, tup)))

st = time.gmtime(1234567890)
print(time.strftime('%Y %j %Z %z', st))
print(time.strftime('%Z|%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 5400))))
print(time.strftime('%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -5400))))
# zero month/day/yday are normalized; isdst is clamped
print(time.strftime('%Y-%m-%d %j', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 5)))
print(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, -5)))
print(time.strftime('%S', (2000, 1, 1, 0, 0, 61, 0, 1, 0)))
print(time.strftime('%a', (2000, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime('%a %w', (2000, 1, 1, 0, 0, 0, 13, 1, 0)))
for year in [1, 99, 999, 1899, 1900, 9999, 10000, 123456, 0, -1, -2000]:
    print(year, repr(time.strftime('%Y|%y|%C|%G', (year, 1, 1, 0, 0, 0, 0, 1, 0))))
print(len(time.strftime('%1000Y', tup)), len(time.strftime('%5000Y', tup)))
print(len(time.strftime('%c' * 200, tup)))
print(repr(time.strftime('%p', (2000, 1, 1, 13, 0, 0, 0, 1, 0))))


class S(str):
    pass


print(time.strftime(S('%Y!'), tup))
print(type(time.strftime('%Y', tup)).__name__)
