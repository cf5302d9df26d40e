import warnings, io, sys
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1
def lib():
    warnings.warn('lib warning', UserWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    old_api()
    lib()
    warnings.warn('plain')
    warnings.warn(RuntimeWarning('instance'))
for x in w:
    print(x.category.__name__, str(x.message), x.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('silent')
    warnings.simplefilter('error', UserWarning)
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('raised', e)
print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('once per location')
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.warn('skip me'); warnings.warn('keep me')
    warnings.filterwarnings('ignore', category=FutureWarning)
    warnings.warn('fw', FutureWarning)
    print([str(x.message) for x in w])
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line of code'))
print(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3, None), end='')
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to stderr', stacklevel=1)
sys.stderr = old
print(buf.getvalue().split(':', 2)[2].strip().splitlines()[0])
def show(message, category, filename, lineno, file=None, line=None):
    print('custom show:', message, category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = show
    warnings.warn('via showwarning')
class MyWarning(Warning): pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', MyWarning, 'mod.py', 42)
    print(w[0].filename, w[0].lineno, w[0].category.__name__)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
