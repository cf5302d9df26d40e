import time

st = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(st, repr(st))
print(st.tm_zone, st.tm_gmtoff)
st2 = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0, 'XYZ', -3600))
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2))
st3 = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9], {'tm_zone': 'Z'})
print(st3, st3.tm_zone, st3.tm_gmtoff)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, time._STRUCT_TM_ITEMS)
print(time.struct_time.__match_args__)
print(st.__reduce__())
print(st2.__reduce__())
match st:
    case time.struct_time(tm_year=y, tm_mon=m):
        print('matched', y, m)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: time.struct_time((1, 2)))
t(lambda: time.struct_time(tuple(range(12))))
t(lambda: time.struct_time(5))
t(lambda: time.struct_time())
t(lambda: time.struct_time(range(9), 5))
t(lambda: setattr(st, 'tm_year', 5))
t(lambda: hash(st) == hash(tuple(st)))
t(lambda: st + (1,))
t(lambda: st[9])
print(time.struct_time(range(10)))
print(time.struct_time(range(10)).tm_zone, time.struct_time(range(10)).tm_gmtoff)
