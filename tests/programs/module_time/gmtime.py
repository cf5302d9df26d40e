import time

for ts in [0, 1, -1, 86399, 86400, 951782400, 1234567890, 2**31 - 1, 2**31,
           -2**31, 4102444800, 253402300799, -62135596800, 1e9, 1234567890.999,
           -0.5, -1.5, 2.5]:
    st = time.gmtime(ts)
    print(ts, st, st.tm_zone, st.tm_gmtoff)

st = time.gmtime(1700000000)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec,
      st.tm_wday, st.tm_yday, st.tm_isdst)
print(st[0], st[-1], st[2:5], len(st), tuple(st), list(st)[:3])
print(st == tuple(st), st == time.gmtime(1700000000), st < time.gmtime(1700000001))
print(type(st).__name__, type(st).__module__, isinstance(st, tuple))
print(time.gmtime(None).tm_year > 2000)
y, m, d, *rest = time.gmtime(0)
print(y, m, d, rest)
# leap years and century rules
for ts in [951782400, 951868800, 4107456000, 4107542400, 68256000, 1709164800]:
    g = time.gmtime(ts)
    print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_yday, g.tm_wday)


class Idx:
    def __index__(self):
        return 86400 * 3


print(time.gmtime(Idx()))
print(time.gmtime(True))
