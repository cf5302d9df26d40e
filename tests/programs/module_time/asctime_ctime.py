import os
import time

saved = os.environ.get('TZ')
os.environ['TZ'] = 'UTC'
time.tzset()
try:
    for tup in [(2009, 2, 13, 23, 31, 30, 4, 44, 0), (2000, 1, 1, 0, 0, 0, 5, 1, 0),
                (1999, 12, 31, 23, 59, 59, 4, 365, 0), (12345, 6, 7, 8, 9, 10, 0, 1, 0),
                (-5, 1, 1, 0, 0, 0, 6, 1, 0), (2000, 0, 0, 0, 0, 0, -1, 0, 0),
                (2000, 11, 9, 1, 2, 3, 13, 1, 0), (0, 1, 1, 0, 0, 61, 0, 1, 0)]:
        print(time.asctime(tup))
    print(time.asctime(time.gmtime(1234567890)))
    for ts in [0, 1234567890, -1, 2**31, 1e9, 1e9 + 0.9, -0.5]:
        print(repr(ts), time.ctime(ts))
    print(len(time.ctime()), len(time.asctime()), len(time.ctime(None)))
    print(time.ctime(0) == time.asctime(time.localtime(0)))
finally:
    if saved is None:
        del os.environ['TZ']
    else:
        os.environ['TZ'] = saved
    time.tzset()
