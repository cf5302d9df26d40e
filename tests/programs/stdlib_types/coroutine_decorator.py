# types.coroutine on a generator function calls code.replace(), which
# fastpy's code objects lack.
import types
@types.coroutine
def co():
    yield 1
print(list(co()), co.__code__.co_flags & 0x100)
