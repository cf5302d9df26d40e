import _thread
l = _thread.allocate_lock()
print(type(l), type(l) is _thread.LockType, l.locked())
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01),
      l.acquire(timeout=0), l.acquire(blocking=False))
l.release()
print(l.locked(), l.acquire_lock(), l.locked_lock())
l.release_lock()
with l:
    print('inside', l.locked())
print(l.locked())
print(l.__enter__(), l.__exit__(None, None, None), l.locked())
print(repr(l).startswith('<unlocked _thread.lock object at 0x'))
l.acquire()
print(repr(l).startswith('<locked _thread.lock object at 0x'))
l.release()
for v in (-1, -1.0, 0, 0.001, True):
    l2 = _thread.allocate_lock()
    print(v, l2.acquire(timeout=v))
print(_thread.allocate().locked(), _thread._set_sentinel().locked())
