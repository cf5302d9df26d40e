import _thread
r = _thread.RLock()
print(type(r), r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False), r._recursion_count(), r._is_owned())
print(repr(r).startswith('<locked _thread.RLock object owner='), 'count=3' in repr(r))
r.release(); r.release(); r.release()
print(r._is_owned(), repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at 0x'))
try:
    r.release()
except RuntimeError as e:
    print(e)
with r:
    with r:
        print(r._recursion_count())
print(r._recursion_count())
r.acquire(); r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r._release_save()
for t in ['r._release_save()', 'r._acquire_restore(5)', '_thread.RLock(1, 2, x=3)']:
    try:
        print(t, '->', type(eval(t)).__name__)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
