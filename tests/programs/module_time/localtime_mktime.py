import os
import time

saved = os.environ.get('TZ')


def show(tz):
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for ts in [0, 1234567890, 1690000000, 1700000000, -86400 * 365 * 30]:
        lt = time.localtime(ts)
        print(' ', ts, lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt))
        print('   ', time.strftime('%Y-%m-%d %H:%M:%S %Z %z', lt))
    for tup in [(2000, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 7, 1, 12, 0, 0, 0, 1, -1),
                (2000, 13, 1, 0, 0, 0, 0, 1, -1), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
                (1969, 12, 31, 23, 59, 59, 0, 1, 0), (2000, 3, 26, 2, 30, 0, 0, 1, -1)]:
        print('   mktime', tup, time.mktime(tup))
    st = time.localtime(1600000000)
    print('  roundtrip', time.mktime(st) == 1600000000, time.localtime(time.mktime(st)) == st)


try:
    show('UTC')
    show('EST+05EDT,M3.2.0,M11.1.0')
    show('CET-1CEST,M3.5.0,M10.5.0/3')
    show('AEST-10AEDT,M10.1.0,M4.1.0/3')
    show('IST-5:30')
    show('<+0330>-3:30')
    show('UTC')
    print(time.localtime(None).tm_zone, time.localtime().tm_gmtoff)
    print(time.mktime(time.localtime(86400.7)))
finally:
    if saved is None:
        del os.environ['TZ']
    else:
        os.environ['TZ'] = saved
    time.tzset()
