import _thread
l = _thread.allocate_lock()
tests = ['l.release()', 'l.acquire(False, 1)', 'l.acquire(timeout=-2)',
         "l.acquire(timeout='x')", 'l.acquire(timeout=1e30)',
         "l.acquire(timeout=float('nan'))", 'l.acquire(1, 2, 3)',
         'l.acquire(foo=1)', '_thread.LockType()', 'l.__exit__()',
         'l.release_lock()']
for t in tests:
    try:
        exec(t)
        print(t, 'ok')
    except Exception as e:
        print(t, '->', type(e).__name__, e)
l.acquire()
try:
    l.acquire(timeout=_thread.TIMEOUT_MAX + 1)
except OverflowError as e:
    print(e)
