import time

print(time.strptime('2001-02-03', '%Y-%m-%d'))
print(time.strptime('Fri Feb 13 23:31:30 2009'))
print(time.strptime('13/02/09 23:31', '%d/%m/%y %H:%M'))
print(time.strptime('2024 366', '%Y %j'))
st = time.strptime('2020-06-15 12:00:00 +0200', '%Y-%m-%d %H:%M:%S %z')
print(st, st.tm_gmtoff, st.tm_zone)
st = time.strptime('2020-06-15 UTC', '%Y-%m-%d %Z')
print(st.tm_isdst, st.tm_zone)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.strptime('1999-12-31 23:59:59', '%Y-%m-%d %H:%M:%S')))
print(time.asctime(time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: time.strptime('2001', '%d'))
t(lambda: time.strptime('2001-02-03 extra', '%Y-%m-%d'))
t(lambda: time.strptime())
t(lambda: time.strptime(1))
t(lambda: time.strptime('1', 2))
t(lambda: time.strptime('1', '%d', 3))
t(lambda: time.strptime('1', format='%d'))
