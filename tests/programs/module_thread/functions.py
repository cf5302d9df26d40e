import _thread
print(_thread.get_ident() == _thread.get_ident(), type(_thread.get_ident()))
print(_thread.get_native_id() > 0, _thread._count())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
print(_thread.stack_size(), _thread.stack_size(0), _thread.stack_size(40000),
      _thread.stack_size(), _thread.stack_size(0))
for t in ['_thread.stack_size(100)', '_thread.stack_size(-1)',
          '_thread.start_new_thread(1, ())', '_thread.start_new_thread(print, [])',
          '_thread.start_new_thread(print, (), 1)', '_thread.interrupt_main(0)',
          '_thread.interrupt_main(100)']:
    try:
        exec(t)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
for f in (_thread.exit, _thread.exit_thread):
    try:
        f()
    except SystemExit as e:
        print('SystemExit', e.args)
try:
    _thread.interrupt_main()
    print('not yet')
    for i in range(3):
        pass
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(_thread.interrupt_main(15))
print(_thread.LockType.__name__, _thread.RLock.__module__, _thread.allocate_lock.__name__,
      _thread.allocate.__name__, _thread.start_new.__name__)
