"""collections.deque: a double-ended queue (CPython's Modules/
_collectionsmodule.c semantics, messages and release order).

The items live in a ring buffer: a fixed-size RPython list whose length
is a power of two, `head` the position of the leftmost item, `length`
the number of items.  Appending to either end is O(1), growing doubles
the buffer.  Every item slot is a counted reference.  `state` changes on
every mutation, so iterators detect "deque mutated during iteration".
With maxlen, adding at one end drops an item from the other end after
the new item is in (CPython's order of releases).
"""

from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.modtypes import (module_type, subclassable_constructor,
                                     check_new, BuiltinIterator, parse_args)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.root import W_Counted
from fastpy.objspace.slots import publish
from fastpy.objspace.typeobject import W_TypeObject

w_deque_type = module_type('deque', 'collections')
w_deque_iter_type = module_type('_deque_iterator', '_collections')
w_deque_reviter_type = module_type('_deque_reverse_iterator', '_collections')

MINSIZE = 8


def _new_buffer(size):
    buf = [None] * size
    make_sure_not_resized(buf)
    return buf


class W_Deque(W_Counted):
    _attrs_ = ['items_w', 'head', 'length', 'maxlen', 'state']

    def __init__(self):
        self.items_w = _new_buffer(MINSIZE)
        self.head = 0
        self.length = 0
        self.maxlen = -1          # -1: unbounded
        self.state = 0

    def gettype(self):
        return w_deque_type

    # -- ring buffer

    def _pos(self, i):
        return (self.head + i) & (len(self.items_w) - 1)

    def get(self, i):
        return self.items_w[self._pos(i)]

    def _set(self, i, w_item):
        self.items_w[self._pos(i)] = w_item

    def _grow_buffer(self):
        old = self.items_w
        new = _new_buffer(len(old) * 2)
        for i in range(self.length):
            new[i] = old[(self.head + i) & (len(old) - 1)]
        self.items_w = new
        self.head = 0

    def items(self):
        """The items left to right (borrowed)."""
        return [self.get(i) for i in range(self.length)]

    # -- the four ends; references move in and out

    def _push_right(self, w_item):
        refcount.incref(w_item)
        if self.length == len(self.items_w):
            self._grow_buffer()
        self.items_w[self._pos(self.length)] = w_item
        self.length += 1

    def _push_left(self, w_item):
        refcount.incref(w_item)
        if self.length == len(self.items_w):
            self._grow_buffer()
        self.head = (self.head - 1) & (len(self.items_w) - 1)
        self.items_w[self.head] = w_item
        self.length += 1

    def _take_right(self):
        """Remove the rightmost item; the caller owns its reference."""
        i = self._pos(self.length - 1)
        w_item = self.items_w[i]
        self.items_w[i] = None
        self.length -= 1
        return w_item

    def _take_left(self):
        w_item = self.items_w[self.head]
        self.items_w[self.head] = None
        self.head = (self.head + 1) & (len(self.items_w) - 1)
        self.length -= 1
        return w_item

    def append(self, w_item):
        self.state += 1
        if self.maxlen == 0:
            return
        self._push_right(w_item)
        if self.maxlen >= 0 and self.length > self.maxlen:
            refcount.decref(self._take_left())

    def appendleft(self, w_item):
        self.state += 1
        if self.maxlen == 0:
            return
        self._push_left(w_item)
        if self.maxlen >= 0 and self.length > self.maxlen:
            refcount.decref(self._take_right())

    def pop(self):
        if self.length == 0:
            raise oefmt(exc.w_IndexError, "pop from an empty deque")
        self.state += 1
        w_item = self._take_right()
        refcount.disown(w_item)
        return w_item

    def popleft(self):
        if self.length == 0:
            raise oefmt(exc.w_IndexError, "pop from an empty deque")
        self.state += 1
        w_item = self._take_left()
        refcount.disown(w_item)
        return w_item

    def clear(self):
        """Drop every item, left to right (CPython's deque_clear)."""
        self.state += 1
        old = self.items_w
        head = self.head
        n = self.length
        self.items_w = _new_buffer(MINSIZE)
        self.head = 0
        self.length = 0
        for i in range(n):
            refcount.decref(old[(head + i) & (len(old) - 1)])

    def extend(self, w_iterable):
        if w_iterable is self:
            items_w = self.items()
        else:
            items_w = space.iterate(w_iterable)
        for w_item in items_w:
            self.append(w_item)
            refcount.discard(w_item)

    def extendleft(self, w_iterable):
        if w_iterable is self:
            items_w = self.items()
        else:
            items_w = space.iterate(w_iterable)
        for w_item in items_w:
            self.appendleft(w_item)
            refcount.discard(w_item)

    def rotate(self, n):
        if self.length <= 1:
            return
        self.state += 1
        n = n % self.length
        # right rotation by n: move n items from the right end to the left
        for _ in range(n):
            i = self._pos(self.length - 1)
            w_item = self.items_w[i]
            self.items_w[i] = None
            self.head = (self.head - 1) & (len(self.items_w) - 1)
            self.items_w[self.head] = w_item

    def normalize_index(self, w_index):
        i = space.index_w(w_index)
        if i < 0:
            i += self.length
        if i < 0 or i >= self.length:
            raise oefmt(exc.w_IndexError, "deque index out of range")
        return i

    # -- counting

    def referents(self):
        return self.items()

    def release_children(self):
        self.clear()

    # -- generic operations (root.py)

    def sp_len(self):
        return self.length

    def sp_bool(self):
        return 1 if self.length > 0 else 0

    def sp_iter(self):
        return W_DequeIterator(self, False)

    def sp_contains(self, w_item):
        state = self.state
        for i in range(self.length):
            w_x = self.get(i)
            if w_x is w_item or space.eq_w(w_x, w_item):
                return 1
            if self.state != state:
                raise oefmt(exc.w_RuntimeError,
                            "deque mutated during iteration")
        return 0

    def sp_getitem(self, w_index):
        return self.get(self.normalize_index(w_index))

    def sp_setitem(self, w_index, w_value):
        i = self.normalize_index(w_index)
        w_old = self.get(i)
        refcount.incref(w_value)
        self._set(i, w_value)
        refcount.decref(w_old)
        return True

    def sp_delitem(self, w_index):
        i = self.normalize_index(w_index)
        self.state += 1
        w_item = self.remove_at(i)
        refcount.decref(w_item)
        return True

    def remove_at(self, i):
        """Remove the item at i; the caller owns its reference."""
        self.rotate(-i)
        w_item = self._take_left()
        self.rotate(i)
        return w_item

    def sp_repr(self):
        from fastpy.objspace.space import _enter_repr, _leave_repr
        name = space.type_name(self).decode('utf-8')
        if not _enter_repr(self):
            return u'[...]'
        try:
            parts = [space.repr_u(w_x) for w_x in self.items()]
        finally:
            _leave_repr()
        text = name + u'([' + u', '.join(parts) + u']'
        if self.maxlen >= 0:
            text += u', maxlen=' + unicode(str(self.maxlen)) + u')'
        else:
            text += u')'
        return text

    def sp_eq(self, w_other):
        if not isinstance(w_other, W_Deque):
            return -1
        return 1 if _compare(self, space.CMP_EQ, w_other) else 0

    def sp_compare(self, op, w_other):
        if not isinstance(w_other, W_Deque):
            return -1
        return 1 if _compare(self, op, w_other) else 0

    def sp_binop(self, op, w_other, inplace):
        if op == space.OP_ADD:
            if not isinstance(w_other, W_Deque):
                if inplace:
                    self.extend(w_other)
                    return self
                return None
            if inplace:
                self.extend(w_other)
                return self
            w_new = W_Deque()
            w_new.maxlen = self.maxlen
            w_new.extend(self)
            w_new.extend(w_other)
            return w_new
        if op == space.OP_MUL:
            n = space.index_w(w_other)
            if inplace:
                _repeat_in_place(self, n)
                return self
            w_new = W_Deque()
            w_new.maxlen = self.maxlen
            items_w = self.items()
            for _ in range(max(n, 0)):
                for w_x in items_w:
                    w_new.append(w_x)
            return w_new
        return None

    def sp_rbinop(self, op, w_other):
        if op == space.OP_MUL and space.is_int(w_other):
            return self.sp_binop(op, w_other, False)
        return None


def _repeat_in_place(w_deque, n):
    if n <= 0:
        w_deque.clear()
        return
    items_w = w_deque.items()
    for _ in range(n - 1):
        for w_x in items_w:
            w_deque.append(w_x)


def _compare(w_a, op, w_b):
    """Sequence comparison of two deques (CPython's deque_richcompare)."""
    a_w = w_a.items()
    b_w = w_b.items()
    n = min(len(a_w), len(b_w))
    for i in range(n):
        if not space.eq_w(a_w[i], b_w[i]):
            if op == space.CMP_EQ:
                return False
            if op == space.CMP_NE:
                return True
            return space.compare_w(op, a_w[i], b_w[i])
    la = len(a_w)
    lb = len(b_w)
    if op == space.CMP_EQ:
        return la == lb
    if op == space.CMP_NE:
        return la != lb
    if op == space.CMP_LT:
        return la < lb
    if op == space.CMP_LE:
        return la <= lb
    if op == space.CMP_GT:
        return la > lb
    return la >= lb


W_UserDeque = make_user_subclass(W_Deque)


class W_DequeIterator(BuiltinIterator):
    _attrs_ = ['w_deque', 'index', 'state', 'reverse']

    def __init__(self, w_deque, reverse):
        self.w_deque = w_deque
        refcount.incref(w_deque)
        self.index = 0
        self.state = w_deque.state
        self.reverse = reverse

    def gettype(self):
        return w_deque_reviter_type if self.reverse else w_deque_iter_type

    def referents(self):
        return [self.w_deque]

    def release_children(self):
        w_deque = self.w_deque
        self.w_deque = None
        refcount.decref(w_deque)

    def sp_next(self):
        w_deque = self.w_deque
        if w_deque is None:
            return None
        if w_deque.state != self.state:
            self.index = w_deque.length
            raise oefmt(exc.w_RuntimeError, "deque mutated during iteration")
        if self.index >= w_deque.length:
            self.w_deque = None
            refcount.decref(w_deque)
            return None
        if self.reverse:
            w_item = w_deque.get(w_deque.length - 1 - self.index)
        else:
            w_item = w_deque.get(self.index)
        self.index += 1
        return w_item


publish(w_deque_iter_type, ['__iter__', '__next__'])
publish(w_deque_reviter_type, ['__iter__', '__next__'])


def _deque(w_self):
    assert isinstance(w_self, W_Deque)
    return w_self


# ---------------------------------------------------------------- methods

@subclassable_constructor(w_deque_type, 'deque(*args, **kwargs)')
def deque_new(w_cls, args_w, kw_names, kw_values_w):
    if check_new(w_cls, w_deque_type):
        # type.__call__ then calls __init__ with the arguments.
        w_res = W_UserDeque()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    w_res = W_Deque()
    # deque(...) itself: the constructor does __init__'s work too.
    w_iterable, w_maxlen = parse_args('deque', ['iterable', 'maxlen'], 0, 2,
                                      args_w, kw_names, kw_values_w)
    try:
        deque_init(w_res, w_iterable,
                   space.w_None if w_maxlen is None else w_maxlen)
    except OperationError:
        refcount.discard(w_res)
        raise
    return w_res


@method(w_deque_type, '__init__(self, iterable=NULL, maxlen=None)')
def deque_init(w_self, w_iterable, w_maxlen):
    d = _deque(w_self)
    maxlen = -1
    if w_maxlen is not space.w_None:
        maxlen = space.index_w(w_maxlen)
        if maxlen < 0:
            raise oefmt(exc.w_ValueError, "maxlen must be non-negative")
    d.maxlen = maxlen
    if d.length > 0:
        d.clear()
    if w_iterable is not None:
        d.extend(w_iterable)
    return space.w_None


@method(w_deque_type, 'append(self, x, /)')
def deque_append(w_self, w_x):
    _deque(w_self).append(w_x)
    return space.w_None


@method(w_deque_type, 'appendleft(self, x, /)')
def deque_appendleft(w_self, w_x):
    _deque(w_self).appendleft(w_x)
    return space.w_None


@method(w_deque_type, 'pop(self, /)')
def deque_pop(w_self):
    return _deque(w_self).pop()


@method(w_deque_type, 'popleft(self, /)')
def deque_popleft(w_self):
    return _deque(w_self).popleft()


@method(w_deque_type, 'extend(self, iterable, /)')
def deque_extend(w_self, w_iterable):
    _deque(w_self).extend(w_iterable)
    return space.w_None


@method(w_deque_type, 'extendleft(self, iterable, /)')
def deque_extendleft(w_self, w_iterable):
    _deque(w_self).extendleft(w_iterable)
    return space.w_None


@method(w_deque_type, 'clear(self, /)')
def deque_clear(w_self):
    _deque(w_self).clear()
    return space.w_None


@method(w_deque_type, 'copy(self, /)')
def deque_copy(w_self):
    d = _deque(w_self)
    if d.gettype() is w_deque_type:
        w_new = W_Deque()
        w_new.maxlen = d.maxlen
        w_new.extend(d)
        return w_new
    from fastpy.objspace.attribute import _call
    w_maxlen = space.w_None if d.maxlen < 0 else newint(d.maxlen)
    from fastpy.objspace.listobject import newlist
    w_items = newlist(d.items())
    try:
        return _call(d.gettype(), [w_items, w_maxlen])
    finally:
        refcount.discard(w_items)


@method(w_deque_type, '__copy__(self, /)')
def deque_copy_dunder(w_self):
    return deque_copy(w_self)


@method(w_deque_type, 'count(self, value, /)')
def deque_count(w_self, w_value):
    d = _deque(w_self)
    state = d.state
    n = 0
    for w_x in d.items():
        if w_x is w_value or space.eq_w(w_x, w_value):
            n += 1
        if d.state != state:
            raise oefmt(exc.w_RuntimeError, "deque mutated during iteration")
    return newint(n)


@method(w_deque_type, 'index(self, value, start=0, stop=NULL, /)')
def deque_index(w_self, w_value, w_start, w_stop):
    d = _deque(w_self)
    n = d.length
    start = space.index_w(w_start)
    stop = n if w_stop is None else space.index_w(w_stop)
    if start < 0:
        start = max(start + n, 0)
    if stop < 0:
        stop = max(stop + n, 0)
    stop = min(stop, n)
    state = d.state
    i = start
    while i < stop:
        w_x = d.get(i)
        if w_x is w_value or space.eq_w(w_x, w_value):
            return newint(i)
        if d.state != state:
            raise oefmt(exc.w_RuntimeError, "deque mutated during iteration")
        i += 1
    raise OperationError(exc.W_BaseException(exc.w_ValueError, [
        space.newtext(space.str_to_utf8(space.repr_u(w_value)) +
                      " is not in deque")]))


@method(w_deque_type, 'insert(self, index: int, value, /)')
def deque_insert(w_self, index, w_value):
    d = _deque(w_self)
    n = d.length
    if d.maxlen >= 0 and n >= d.maxlen:
        raise oefmt(exc.w_IndexError, "deque already at its maximum size")
    if index >= n:
        d.append(w_value)
        return space.w_None
    if index <= -n or index == 0:
        d.appendleft(w_value)
        return space.w_None
    if index < 0:
        index += n
    d.rotate(-index)
    d.appendleft(w_value)
    d.rotate(index)
    return space.w_None


@method(w_deque_type, 'remove(self, value, /)')
def deque_remove(w_self, w_value):
    d = _deque(w_self)
    n = d.length
    for i in range(n):
        w_x = d.get(i)
        equal = w_x is w_value or space.eq_w(w_x, w_value)
        if d.length != n:
            raise oefmt(exc.w_IndexError, "deque mutated during remove().")
        if equal:
            d.state += 1
            refcount.decref(d.remove_at(i))
            return space.w_None
    raise OperationError(exc.W_BaseException(exc.w_ValueError, [
        space.newtext(space.str_to_utf8(space.repr_u(w_value)) +
                      " is not in deque")]))


@method(w_deque_type, 'reverse(self, /)')
def deque_reverse(w_self):
    d = _deque(w_self)
    d.state += 1
    n = d.length
    for i in range(n // 2):
        w_a = d.get(i)
        d._set(i, d.get(n - 1 - i))
        d._set(n - 1 - i, w_a)
    return space.w_None


@method(w_deque_type, 'rotate(self, n: int = 1, /)')
def deque_rotate(w_self, n):
    _deque(w_self).rotate(n)
    return space.w_None


@method(w_deque_type, '__reversed__(self, /)')
def deque_reversed(w_self):
    return W_DequeIterator(_deque(w_self), True)


@method(w_deque_type, '__reduce__(self, /)')
def deque_reduce(w_self):
    from fastpy.objspace.tupleobject import newtuple
    d = _deque(w_self)
    if d.maxlen < 0:
        w_args = newtuple([])
    else:
        w_args = newtuple([newtuple([]), newint(d.maxlen)])
    w_state = space.w_None
    if d.is_user:
        w_dict = space.getattr_w(d, '__dict__')
        if space.len_w(w_dict) > 0:
            w_state = w_dict
    return newtuple([d.gettype(), w_args, w_state, space.get_iter(d)])


def _maxlen(w_self):
    d = _deque(w_self)
    if d.maxlen < 0:
        return space.w_None
    return newint(d.maxlen)


getset(w_deque_type, 'maxlen', _maxlen)
w_deque_type.dict_w['__hash__'] = space.w_None
publish(w_deque_type, ['__len__', '__bool__', '__iter__', '__contains__',
                       '__getitem__', '__setitem__', '__delitem__',
                       '__repr__', '__eq__', '__ne__', '__lt__', '__le__',
                       '__gt__', '__ge__', '__add__', '__iadd__', '__mul__',
                       '__imul__', '__rmul__'])
