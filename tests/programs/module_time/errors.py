import time

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for func in [time.gmtime, time.localtime, time.ctime]:
    t(lambda: func(float('nan')))
    t(lambda: func(float('inf')))
    t(lambda: func(-float('inf')))
    t(lambda: func(1e300))
    t(lambda: func(2**63))
    t(lambda: func(-2**63 - 1))
    t(lambda: func(2**62))
    t(lambda: func('0'))
    t(lambda: func([]))
    t(lambda: func(1, 2))
    t(lambda: func(seconds=1))
t(lambda: time.gmtime(-2**55))
t(lambda: time.gmtime(67768036191676799).tm_year)
t(lambda: time.gmtime(67768036191676800))
