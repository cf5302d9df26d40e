import threading
print(threading.current_thread().name == 'MainThread')
l = threading.Lock(); r = threading.RLock()
with l, r:
    print(l.locked(), r._is_owned())
loc = threading.local(); loc.a = 5; print(loc.a)
print(threading.active_count(), threading.main_thread() is threading.current_thread())
c = threading.Condition()
with c:
    print(c.wait(0.01))
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait())
print(repr(threading.current_thread()).startswith('<_MainThread(MainThread, started'))
