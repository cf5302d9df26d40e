import _thread, sys
A = _thread._ExceptHookArgs
print(A, A.n_fields, A([1, 2, 3, 4]))
args = A([SystemExit, SystemExit(1), None, None])
print(_thread._excepthook(args))
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print(e)
class FakeThread:
    name = 'Worker-1'
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
out = Out()
saved = sys.stderr
sys.stderr = out
try:
    raise ValueError('boom')
except ValueError as e:
    err = e
_thread._excepthook(A([ValueError, err, err.__traceback__, FakeThread()]))
sys.stderr = saved
text = ''.join(p for p in out.parts if p != '<flush>')
print(out.parts[:3], out.parts.count('<flush>'))
print(text.splitlines()[1], text.splitlines()[-1])
