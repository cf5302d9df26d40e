"""JitDrivers of the builtin loops that drain an iterator: sum(), min(),
max(), any(), all(), and the collecting of items behind list(), tuple(),
sorted(), str.join(), unpacking and the other callers of
space.collect_items; and of the loop computing the keys of a sort.

Without a driver of its own such a loop is RPython code that the JIT
never traces: every item of a generator resumes the generator's frame in
the interpreter, which enters the generator's compiled loop and leaves
it again at the next yield.  With one, the loop is traced like a Python
`for`: the resumption is a call of the eval loop's portal, which the
trace inlines (jitdriver.py lets it pass the generator's loop header
once), so the generator's body ends up inside the builtin's loop.

Greens (ints first, as RPython requires): the iterator's type and, for a generator, its code object, so
that each generator function gets a compiled loop of its own instead of
one loop whose guard on the code fails for every other function."""

from rpython.rlib import jit


def _location(w_type, code):
    if code is not None:
        return '%s over %s' % (w_type.name, code.co_name)
    return w_type.name


def _sum_location(w_type, code):
    return 'sum: ' + _location(w_type, code)


def _collect_location(w_type, code):
    return 'collect_items: ' + _location(w_type, code)


def _min_max_location(has_key, want_max, w_type, code):
    name = 'max' if want_max else 'min'
    if has_key:
        name += ' with key'
    return '%s: %s' % (name, _location(w_type, code))


def _any_all_location(want, w_type, code):
    return '%s: %s' % ('any' if want else 'all', _location(w_type, code))


sum_driver = jit.JitDriver(
    name='sum', greens=['w_type', 'code'], reds='auto',
    get_printable_location=_sum_location)

collect_driver = jit.JitDriver(
    name='collect_items', greens=['w_type', 'code'], reds='auto',
    get_printable_location=_collect_location)

min_max_driver = jit.JitDriver(
    name='min_max', greens=['has_key', 'want_max', 'w_type', 'code'],
    reds='auto', get_printable_location=_min_max_location)

any_all_driver = jit.JitDriver(
    name='any_all', greens=['want', 'w_type', 'code'], reds='auto',
    get_printable_location=_any_all_location)


def _sort_keys_location(code):
    if code is not None:
        return 'sort keys: ' + code.co_name
    return 'sort keys'


# list.sort(key=f) and sorted(..., key=f) call f once per item from
# RPython: with a driver the calls are traced and f's body is inlined
# into the loop, instead of each call being interpreted.  Green: the
# key function's code (None for a builtin key).
sort_keys_driver = jit.JitDriver(
    name='sort_keys', greens=['code'], reds='auto',
    get_printable_location=_sort_keys_location)


def function_code(w_func):
    """The code of a Python function, else None."""
    from fastpy.interpreter.function import W_Function
    if isinstance(w_func, W_Function):
        return w_func.code
    return None


def iter_type(w_iter):
    return w_iter.gettype()


def iter_code(w_iter):
    """The code of a generator (the loop's shape), else None."""
    from fastpy.interpreter.generator import W_GeneratorBase
    if isinstance(w_iter, W_GeneratorBase):
        return w_iter.code
    return None
