# memoryview cannot be subclassed.
try:
    class View(memoryview):
        pass
except TypeError as exc:
    print('TypeError:', exc)
try:
    class B(bool):
        pass
except TypeError as exc:
    print('TypeError:', exc)
try:
    type('V', (memoryview,), {})
except TypeError as exc:
    print('TypeError:', exc)
