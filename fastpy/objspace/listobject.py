"""`list`: a resizable array whose storage depends on what it holds.

Storage strategies (the idea of PyPy's list strategies): a list keeps a
`strategy`, a stateless singleton that knows how to read its `lstorage`,
an erased RPython list (rpython.rlib.rerased):

    empty   no items yet (storage: nothing)
    int     machine ints; every item is an exact W_IntObject (not a bool,
            not a W_LongObject)
    float   C doubles; every item is an exact W_FloatObject that is not a
            NaN (a NaN keeps its identity, `x in [x]`, in an object list)
    object  W_Root references, counted

A list starts with the strategy that fits its items and moves on the
first store that does not fit: empty -> int/float/object, int/float ->
object.  It never goes back (except to empty, when cleared).  Unboxed
items are wrapped again with a new W_IntObject / W_FloatObject on each
read; those are uncounted leaves (W_Root.counted is False), so the int
and float strategies do no reference counting at all.

Reference counts (refcount.py) are kept by the object strategy only: a
stored item is incref'd, a removed one decref'd (released at once if that
was its last reference); `pop` disowns the item it hands to its caller.
When an item is replaced the new one is counted before the old one is
dropped, and a list that drops many items (release, clear, replace_all,
delslice) first puts itself into a consistent state, then drops them
from the end to the start, like CPython.

JIT: the strategy is an ordinary field; reading it and calling a method
on it costs one guard on its class.  The per-item methods (length,
getitem, setitem, append, ...) have no loops so traces inline them: on a
float list `v[j]` is a bounds check and a raw float read.  Every loop
(switching strategy, copying, searching) lives in a separate function;
the ones a trace meets on small or virtual lists (building a list,
releasing it, unpacking it) are unrolled for those only.
"""

from rpython.rlib import jit, rerased
from rpython.rlib.objectmodel import import_from_mixin, instantiate
from rpython.rlib.listsort import make_timsort_class

from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.floatobject import W_FloatObject
from fastpy.objspace import refcount
from fastpy.objspace import sizelimits
from fastpy.objspace import exceptions as exc
from fastpy.interpreter.error import OperationError, oefmt

w_list_type = W_TypeObject('list', w_object_type)

# Loops over at most this many items are unrolled in traces when the
# length is a constant (virtual lists are unrolled at any length).
UNROLL_CUTOFF = 16


def _unroll_items(items):
    return jit.loop_unrolling_heuristic(items, len(items), UNROLL_CUTOFF)


def _unroll_list(w_list):
    return jit.loop_unrolling_heuristic(w_list, w_list.length(),
                                        UNROLL_CUTOFF)


def is_plain_int(w_obj):
    """Can w_obj live unboxed in an int list?"""
    return type(w_obj) is W_IntObject


def is_plain_float(w_obj):
    """Can w_obj live unboxed in a float list?  Not a NaN: unboxing would
    lose its identity, which `in`, `==`, count() and index() observe."""
    if type(w_obj) is W_FloatObject:
        assert isinstance(w_obj, W_FloatObject)
        f = w_obj.floatval
        return f == f
    return False


class W_ListObject(W_Counted):
    _attrs_ = ['strategy', 'lstorage']

    def __init__(self, items_w):
        """A list of the items of the RPython list items_w (copied; not
        kept).  Every stored item gains a reference."""
        strategy = strategy_for_items(items_w)
        self.lstorage = strategy.storage_from_items(items_w)
        self.strategy = strategy

    def gettype(self):
        return w_list_type

    def referents(self):
        return self.strategy.referents(self)

    def release_children(self):
        self.strategy.release_children(self)

    # -- reading

    def length(self):
        return self.strategy.length(self)

    def getitem(self, i):
        """The item at i, 0 <= i < length (checked by the caller)."""
        return self.strategy.getitem(self, i)

    def getitems_copy(self):
        """A new resizable RPython list of the items (not counted)."""
        return self.strategy.getitems_copy(self)

    def getitems_fixedsize(self):
        """A new RPython list of the items that is never resized, so it
        can go where tuples' items go (W_TupleObject.items_w)."""
        return self.strategy.getitems_fixedsize(self)

    def find(self, w_item):
        """The first index whose item is w_item or == w_item, or -1."""
        return self.strategy.find(self, w_item)

    def count(self, w_item):
        """How many items are w_item or == w_item."""
        return self.strategy.count(self, w_item)

    def equals(self, w_other):
        """Python list == list, as an RPython bool."""
        if self.length() != w_other.length():
            return False
        strategy = self.strategy
        if strategy is w_other.strategy:
            return strategy.equals_same(self, w_other)
        return _equals_generic(self, w_other)

    # -- new lists

    def copy(self):
        strategy = self.strategy
        return _list_with_storage(strategy, strategy.copy_storage(self))

    def getslice(self, start, step, n):
        """A new list of the n items at start, start + step, ...; the
        indices are valid (from space.slice_indices)."""
        strategy = self.strategy
        return _list_with_storage(
            strategy, strategy.slice_storage(self, start, step, n))

    def concat(self, w_other):
        """self + w_other as a new list."""
        strategy = self.strategy
        if strategy is w_other.strategy:
            return _list_with_storage(strategy,
                                      strategy.concat_storage(self, w_other))
        if self.length() == 0:
            return w_other.copy()
        if w_other.length() == 0:
            return self.copy()
        return W_ListObject(self.getitems_copy() + w_other.getitems_copy())

    def mul(self, n):
        """self * n as a new list, same strategy."""
        if n < 0:
            n = 0
        strategy = self.strategy
        return _list_with_storage(strategy, strategy.mul_storage(self, n))

    # -- writing

    def setitem(self, i, w_item):
        """Store at i, 0 <= i < length (checked by the caller)."""
        self.strategy.setitem(self, i, w_item)

    def append(self, w_item):
        self.strategy.append(self, w_item)

    # The *_owned stores take over a reference the caller holds (a value
    # stack entry it has removed) instead of counting a new one: no
    # count update for a stored object.  In a trace, an object allocated
    # there is then written out with count 1 when it escapes into the
    # list, and no decrement and zero test follow.

    def setitem_owned(self, i, w_item):
        self.strategy.setitem_owned(self, i, w_item)

    def append_owned(self, w_item):
        self.strategy.append_owned(self, w_item)

    def insert(self, i, w_item):
        """Insert before i, 0 <= i <= length (clamped by the caller)."""
        self.strategy.insert(self, i, w_item)

    def pop(self, i):
        """Remove the item at i (valid) and return it disowned: a
        temporary the caller stores or discards (refcount.py)."""
        return self.strategy.pop(self, i)

    def delitem(self, i):
        """Remove the item at i (valid), releasing it if that was its
        last reference."""
        self.strategy.delitem(self, i)

    def extend(self, items_w):
        """Append the items of the RPython list items_w."""
        self.strategy.extend(self, items_w)

    def extend_list(self, w_other):
        """Append the items of the list w_other (may be self)."""
        strategy = self.strategy
        if strategy is w_other.strategy:
            strategy.extend_same(self, w_other)
        elif w_other.length() == 0:
            pass
        elif self.length() == 0:
            other = w_other.strategy
            self.lstorage = other.copy_storage(w_other)
            self.strategy = other
        else:
            self.extend(w_other.getitems_copy())

    def delslice(self, start, stop):
        """Remove the items start..stop-1 (0 <= start <= stop <= length)."""
        self.strategy.delslice(self, start, stop)

    def replace_all(self, items_w):
        """Set the contents to the items of items_w (the same objects may
        appear in both): the new items are counted first, then the old
        ones dropped."""
        old_strategy = self.strategy
        old_storage = self.lstorage
        strategy = strategy_for_items(items_w)
        self.lstorage = strategy.storage_from_items(items_w)
        self.strategy = strategy
        old_strategy.drop_storage(old_storage)

    def clear(self):
        self.strategy.clear(self)

    def inplace_mul(self, n):
        """self *= n."""
        if n <= 0:
            self.clear()
        elif n > 1:
            self.strategy.inplace_mul(self, n)

    def reverse(self):
        self.strategy.reverse(self)

    def sort(self, reverse):
        """Stable sort by Python `<`; may raise OperationError (then the
        list is unchanged)."""
        self.strategy.sort(self, reverse)

    def switch_to_object_strategy(self):
        strategy = self.strategy
        if strategy is not object_strategy:
            self.lstorage = object_strategy.erase(
                strategy.getitems_copy(self))
            self.strategy = object_strategy


def _list_with_storage(strategy, lstorage):
    w_list = instantiate(W_ListObject)
    w_list.lstorage = lstorage
    w_list.strategy = strategy
    return w_list


def newlist(items_w):
    return W_ListObject(items_w)


def newlist_range(start, step, length):
    """list(range(...)) without boxing the ints."""
    if length <= 0:
        return W_ListObject([])
    sizelimits.check_items(length, sizelimits.WORD)
    ints = [0] * length
    for i in range(length):
        ints[i] = start + i * step
    return _list_with_storage(int_strategy, int_strategy.erase(ints))


@jit.look_inside_iff(lambda items_w: _unroll_items(items_w))
def strategy_for_items(items_w):
    """The strategy that can hold all of items_w."""
    n = len(items_w)
    if n == 0:
        return empty_strategy
    if is_plain_int(items_w[0]):
        for i in range(1, n):
            if not is_plain_int(items_w[i]):
                return object_strategy
        return int_strategy
    if is_plain_float(items_w[0]):
        for i in range(1, n):
            if not is_plain_float(items_w[i]):
                return object_strategy
        return float_strategy
    return object_strategy


def strategy_for_item(w_item):
    if is_plain_int(w_item):
        return int_strategy
    if is_plain_float(w_item):
        return float_strategy
    return object_strategy


def _switch_to_object(w_list):
    """Out of line: the loop that boxes every item."""
    w_list.switch_to_object_strategy()


@jit.look_inside_iff(lambda items_w: _unroll_items(items_w))
def _incref_items(items_w):
    for w_item in items_w:
        refcount.incref(w_item)


# The release of a list with object storage drops its items, the last
# first (list_dealloc).
_release_items_from_end = refcount.make_release_items_from_end()


@jit.look_inside_iff(lambda items_w: _unroll_items(items_w))
def _decref_items_from_end(items_w):
    """Drop one reference to each item, last item first (CPython's
    order).  The caller has detached items_w from any list first."""
    i = len(items_w) - 1
    while i >= 0:
        refcount.decref(items_w[i])
        i -= 1


def _find_generic(w_list, w_item):
    from fastpy.objspace import space
    i = 0
    while i < w_list.length():
        w_x = w_list.getitem(i)
        if w_x is w_item or space.eq_w(w_x, w_item):
            return i
        i += 1
    return -1


def _count_generic(w_list, w_item):
    from fastpy.objspace import space
    count = 0
    i = 0
    while i < w_list.length():
        w_x = w_list.getitem(i)
        if w_x is w_item or space.eq_w(w_x, w_item):
            count += 1
        i += 1
    return count


def _equals_generic(w_a, w_b):
    from fastpy.objspace import space
    i = 0
    while i < w_a.length() and i < w_b.length():
        w_x = w_a.getitem(i)
        w_y = w_b.getitem(i)
        if not (w_x is w_y):
            # held while __eq__ runs: it may change either list
            refcount.incref(w_x)
            refcount.incref(w_y)
            try:
                same = space.eq_w(w_x, w_y)
            finally:
                refcount.decref(w_x)
                refcount.decref(w_y)
            if not same:
                # a list that __eq__ shortened has no item i left: then
                # the lengths decide, as when the items run out
                if i >= w_a.length() or i >= w_b.length():
                    break
                return False
        i += 1
    return w_a.length() == w_b.length()


TimSort = make_timsort_class()


class ObjectSort(TimSort):
    """Sorts W_Root items by Python `<` (may raise OperationError)."""
    def lt(self, w_a, w_b):
        from fastpy.objspace import space
        return space.compare_w(space.CMP_LT, w_a, w_b)

IntSort = make_timsort_class()
FloatSort = make_timsort_class()


# ---------------------------------------------------------------- strategies

class ListStrategy(object):
    """A way of storing a list's items.  One stateless instance per
    class; every method takes the W_ListObject."""
    _attrs_ = []
    name = '?'

    # Strategies that store unboxed values (or switch strategy) count as
    # usual and drop the caller's reference; the object strategy stores
    # it as it is.

    def setitem_owned(self, w_list, i, w_item):
        self.setitem(w_list, i, w_item)
        refcount.decref(w_item)

    def append_owned(self, w_list, w_item):
        self.append(w_list, w_item)
        refcount.decref(w_item)


class EmptyListStrategy(ListStrategy):
    _attrs_ = []
    name = 'empty'

    erase, unerase = rerased.new_erasing_pair('empty list')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)

    def storage_from_items(self, items_w):
        return self.erase(None)

    def drop_storage(self, lstorage):
        pass

    def referents(self, w_list):
        return []

    def release_children(self, w_list):
        pass

    def length(self, w_list):
        return 0

    def getitem(self, w_list, i):
        raise IndexError

    def getitems_copy(self, w_list):
        return []

    def getitems_fixedsize(self, w_list):
        return []

    def find(self, w_list, w_item):
        return -1

    def count(self, w_list, w_item):
        return 0

    def equals_same(self, w_list, w_other):
        return True

    def copy_storage(self, w_list):
        return self.erase(None)

    def slice_storage(self, w_list, start, step, n):
        return self.erase(None)

    def concat_storage(self, w_list, w_other):
        return self.erase(None)

    def mul_storage(self, w_list, n):
        return self.erase(None)

    def setitem(self, w_list, i, w_item):
        raise IndexError

    def append(self, w_list, w_item):
        strategy = strategy_for_item(w_item)
        w_list.lstorage = strategy.storage_from_one(w_item)
        w_list.strategy = strategy

    def insert(self, w_list, i, w_item):
        self.append(w_list, w_item)

    def pop(self, w_list, i):
        raise IndexError

    def delitem(self, w_list, i):
        raise IndexError

    def extend(self, w_list, items_w):
        if len(items_w) > 0:
            strategy = strategy_for_items(items_w)
            w_list.lstorage = strategy.storage_from_items(items_w)
            w_list.strategy = strategy

    def extend_same(self, w_list, w_other):
        pass

    def delslice(self, w_list, start, stop):
        pass

    def clear(self, w_list):
        pass

    def inplace_mul(self, w_list, n):
        pass

    def reverse(self, w_list):
        pass

    def sort(self, w_list, reverse):
        pass


class ObjectListStrategy(ListStrategy):
    """Counted W_Root references: today's list, for anything."""
    _attrs_ = []
    name = 'object'

    erase, unerase = rerased.new_erasing_pair('object list')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)

    def storage_from_items(self, items_w):
        return self.erase(_stored_copy(items_w))

    def storage_from_one(self, w_item):
        refcount.incref(w_item)
        return self.erase([w_item])

    def drop_storage(self, lstorage):
        _decref_items_from_end(self.unerase(lstorage))

    def referents(self, w_list):
        return list(self.unerase(w_list.lstorage))

    def release_children(self, w_list):
        # Detach first: a decref may run release code that looks at the
        # list.  A list that never escaped a trace is virtual, and so is
        # its storage: the loop is unrolled and nothing is called.
        items_w = self.unerase(w_list.lstorage)
        w_list.lstorage = empty_strategy.erase(None)
        w_list.strategy = empty_strategy
        _release_items_from_end(items_w)

    def length(self, w_list):
        return len(self.unerase(w_list.lstorage))

    def getitem(self, w_list, i):
        assert i >= 0
        return self.unerase(w_list.lstorage)[i]

    @jit.look_inside_iff(lambda self, w_list: _unroll_list(w_list))
    def getitems_copy(self, w_list):
        items_w = self.unerase(w_list.lstorage)
        n = len(items_w)
        result = [None] * n
        for i in range(n):
            result[i] = items_w[i]
        return result

    @jit.look_inside_iff(lambda self, w_list: _unroll_list(w_list))
    def getitems_fixedsize(self, w_list):
        items_w = self.unerase(w_list.lstorage)
        n = len(items_w)
        result = [None] * n
        for i in range(n):
            result[i] = items_w[i]
        return result

    def find(self, w_list, w_item):
        return _find_generic(w_list, w_item)

    def count(self, w_list, w_item):
        return _count_generic(w_list, w_item)

    def equals_same(self, w_list, w_other):
        return _equals_generic(w_list, w_other)

    def copy_storage(self, w_list):
        return self.erase(_stored_copy(self.unerase(w_list.lstorage)))

    def slice_storage(self, w_list, start, step, n):
        items_w = self.unerase(w_list.lstorage)
        if step == 1:
            assert start >= 0 and n >= 0
            result = items_w[start:start + n]
        else:
            result = [items_w[start + k * step] for k in range(n)]
        _incref_items(result)
        return self.erase(result)

    def concat_storage(self, w_list, w_other):
        result = (self.unerase(w_list.lstorage) +
                  self.unerase(w_other.lstorage))
        _incref_items(result)
        return self.erase(result)

    def mul_storage(self, w_list, n):
        result = self.unerase(w_list.lstorage) * n
        _incref_items(result)
        return self.erase(result)

    def setitem(self, w_list, i, w_item):
        refcount.incref(w_item)
        self.setitem_owned(w_list, i, w_item)

    def append(self, w_list, w_item):
        refcount.incref(w_item)
        self.append_owned(w_list, w_item)

    def setitem_owned(self, w_list, i, w_item):
        assert i >= 0
        items_w = self.unerase(w_list.lstorage)
        w_old = items_w[i]
        items_w[i] = w_item
        refcount.decref(w_old)

    def append_owned(self, w_list, w_item):
        self.unerase(w_list.lstorage).append(w_item)

    def insert(self, w_list, i, w_item):
        assert i >= 0
        refcount.incref(w_item)
        self.unerase(w_list.lstorage).insert(i, w_item)

    def pop(self, w_list, i):
        assert i >= 0
        items_w = self.unerase(w_list.lstorage)
        if i == len(items_w) - 1:
            w_item = items_w.pop()
        else:
            w_item = items_w.pop(i)
        refcount.disown(w_item)
        return w_item

    def delitem(self, w_list, i):
        assert i >= 0
        items_w = self.unerase(w_list.lstorage)
        if i == len(items_w) - 1:
            w_item = items_w.pop()
        else:
            w_item = items_w.pop(i)
        refcount.decref(w_item)

    def extend(self, w_list, items_w):
        _incref_items(items_w)
        self.unerase(w_list.lstorage).extend(items_w)

    def extend_same(self, w_list, w_other):
        other_w = self.unerase(w_other.lstorage)
        _incref_items(other_w)
        # Also right for w_other is w_list: extend reads the length first.
        self.unerase(w_list.lstorage).extend(other_w)

    def delslice(self, w_list, start, stop):
        assert start >= 0 and stop >= 0 and start <= stop
        items_w = self.unerase(w_list.lstorage)
        removed_w = items_w[start:stop]
        del items_w[start:stop]
        _decref_items_from_end(removed_w)

    def clear(self, w_list):
        self.release_children(w_list)

    def inplace_mul(self, w_list, n):
        items_w = self.unerase(w_list.lstorage)
        length = len(items_w)
        result = items_w * n
        # The first copy already holds its references.
        _incref_items(result[length:])
        w_list.lstorage = self.erase(result)

    def reverse(self, w_list):
        self.unerase(w_list.lstorage).reverse()

    def sort(self, w_list, reverse):
        # As in CPython the list is empty while it sorts (comparisons run
        # Python code that may look at it or change it): the items and
        # their references move to `sorted_w` and back.  A comparison
        # that raises leaves the list as it was; a list changed meanwhile
        # gets its sorted items back and ValueError.  The list is in the
        # empty strategy meanwhile, which any store leaves for good (an
        # append and a pop are a change too, as in CPython).
        items_w = self.unerase(w_list.lstorage)
        sorted_w = list(items_w)
        w_list.lstorage = empty_strategy.erase(None)
        w_list.strategy = empty_strategy
        if reverse:
            sorted_w.reverse()
        operr = None
        try:
            ObjectSort(sorted_w).sort()
        except OperationError as e:
            operr = e
            sorted_w = items_w
        if reverse and operr is None:
            sorted_w.reverse()
        modified = w_list.strategy is not empty_strategy
        if modified:
            w_list.clear()
        w_list.strategy = self
        w_list.lstorage = self.erase(sorted_w)
        if operr is not None:
            raise operr
        if modified:
            raise oefmt(exc.w_ValueError, "list modified during sort")


@jit.look_inside_iff(lambda items_w: _unroll_items(items_w))
def _stored_copy(items_w):
    """A copy of items_w for an object list's storage; every item gains
    a reference."""
    n = len(items_w)
    result = [None] * n
    for i in range(n):
        w_item = items_w[i]
        refcount.incref(w_item)
        result[i] = w_item
    return result


class UnboxedListStrategyMixin(object):
    """The int and float strategies, copied into each class by
    import_from_mixin so each is annotated with its own item type.  The
    class provides erase/unerase, zero, is_correct_type(w) (can be stored
    unboxed), unwrap(w), wrap(v), is_raw_comparable(w) / raw_value(w)
    (compares equal to items by raw value) and sort_raw(items).  Items
    are uncounted: nothing here touches a reference count."""

    @jit.look_inside_iff(lambda self, items_w: _unroll_items(items_w))
    def storage_from_items(self, items_w):
        n = len(items_w)
        result = [self.zero] * n
        for i in range(n):
            result[i] = self.unwrap(items_w[i])
        return self.erase(result)

    def storage_from_one(self, w_item):
        return self.erase([self.unwrap(w_item)])

    def drop_storage(self, lstorage):
        pass

    def referents(self, w_list):
        return [self.wrap(v) for v in self.unerase(w_list.lstorage)]

    def release_children(self, w_list):
        pass

    def length(self, w_list):
        return len(self.unerase(w_list.lstorage))

    def getitem(self, w_list, i):
        assert i >= 0
        return self.wrap(self.unerase(w_list.lstorage)[i])

    @jit.look_inside_iff(lambda self, w_list: _unroll_list(w_list))
    def getitems_copy(self, w_list):
        items = self.unerase(w_list.lstorage)
        n = len(items)
        result = [None] * n
        for i in range(n):
            result[i] = self.wrap(items[i])
        return result

    @jit.look_inside_iff(lambda self, w_list: _unroll_list(w_list))
    def getitems_fixedsize(self, w_list):
        items = self.unerase(w_list.lstorage)
        n = len(items)
        result = [None] * n
        for i in range(n):
            result[i] = self.wrap(items[i])
        return result

    def find(self, w_list, w_item):
        if not self.is_raw_comparable(w_item):
            return _find_generic(w_list, w_item)
        value = self.raw_value(w_item)
        items = self.unerase(w_list.lstorage)
        for i in range(len(items)):
            if items[i] == value:
                return i
        return -1

    def count(self, w_list, w_item):
        if not self.is_raw_comparable(w_item):
            return _count_generic(w_list, w_item)
        value = self.raw_value(w_item)
        count = 0
        for v in self.unerase(w_list.lstorage):
            if v == value:
                count += 1
        return count

    def equals_same(self, w_list, w_other):
        a = self.unerase(w_list.lstorage)
        b = self.unerase(w_other.lstorage)
        if len(a) != len(b):
            return False
        for i in range(len(a)):
            if a[i] != b[i]:
                return False
        return True

    def copy_storage(self, w_list):
        return self.erase(list(self.unerase(w_list.lstorage)))

    def slice_storage(self, w_list, start, step, n):
        items = self.unerase(w_list.lstorage)
        if step == 1:
            assert start >= 0 and n >= 0
            return self.erase(items[start:start + n])
        return self.erase([items[start + k * step] for k in range(n)])

    def concat_storage(self, w_list, w_other):
        return self.erase(self.unerase(w_list.lstorage) +
                          self.unerase(w_other.lstorage))

    def mul_storage(self, w_list, n):
        return self.erase(self.unerase(w_list.lstorage) * n)

    def setitem(self, w_list, i, w_item):
        if self.is_correct_type(w_item):
            assert i >= 0
            self.unerase(w_list.lstorage)[i] = self.unwrap(w_item)
        else:
            _switch_to_object(w_list)
            object_strategy.setitem(w_list, i, w_item)

    def append(self, w_list, w_item):
        if self.is_correct_type(w_item):
            self.unerase(w_list.lstorage).append(self.unwrap(w_item))
        else:
            _switch_to_object(w_list)
            object_strategy.append(w_list, w_item)

    def insert(self, w_list, i, w_item):
        if self.is_correct_type(w_item):
            assert i >= 0
            self.unerase(w_list.lstorage).insert(i, self.unwrap(w_item))
        else:
            _switch_to_object(w_list)
            object_strategy.insert(w_list, i, w_item)

    def pop(self, w_list, i):
        assert i >= 0
        items = self.unerase(w_list.lstorage)
        if i == len(items) - 1:
            value = items.pop()
        else:
            value = items.pop(i)
        return self.wrap(value)

    def delitem(self, w_list, i):
        assert i >= 0
        items = self.unerase(w_list.lstorage)
        if i == len(items) - 1:
            items.pop()
        else:
            del items[i]

    def extend(self, w_list, items_w):
        for w_item in items_w:
            if not self.is_correct_type(w_item):
                _switch_to_object(w_list)
                object_strategy.extend(w_list, items_w)
                return
        items = self.unerase(w_list.lstorage)
        for w_item in items_w:
            items.append(self.unwrap(w_item))

    def extend_same(self, w_list, w_other):
        # Also right for w_other is w_list: extend reads the length first.
        self.unerase(w_list.lstorage).extend(self.unerase(w_other.lstorage))

    def delslice(self, w_list, start, stop):
        assert start >= 0 and stop >= 0 and start <= stop
        del self.unerase(w_list.lstorage)[start:stop]

    def clear(self, w_list):
        w_list.lstorage = empty_strategy.erase(None)
        w_list.strategy = empty_strategy

    def inplace_mul(self, w_list, n):
        w_list.lstorage = self.erase(self.unerase(w_list.lstorage) * n)

    def reverse(self, w_list):
        self.unerase(w_list.lstorage).reverse()

    def sort(self, w_list, reverse):
        items = self.unerase(w_list.lstorage)
        if reverse:
            items.reverse()
        self.sort_raw(items)
        if reverse:
            items.reverse()


def _sort_ints(items):
    IntSort(items).sort()


def _sort_floats(items):
    FloatSort(items).sort()


def _wrap_int(value):
    return W_IntObject(value)


def _wrap_float(value):
    return W_FloatObject(value)


def _unwrap_int(w_item):
    assert isinstance(w_item, W_IntObject)
    return w_item.intval


def _unwrap_float(w_item):
    assert isinstance(w_item, W_FloatObject)
    return w_item.floatval


def _is_int_comparable(w_item):
    # bools too: True == 1
    return isinstance(w_item, W_IntObject)


def _is_float_comparable(w_item):
    return isinstance(w_item, W_FloatObject)


class IntListStrategy(ListStrategy):
    _attrs_ = []
    name = 'int'
    zero = 0

    erase, unerase = rerased.new_erasing_pair('int list')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)
    is_correct_type = staticmethod(is_plain_int)
    wrap = staticmethod(_wrap_int)
    unwrap = staticmethod(_unwrap_int)
    is_raw_comparable = staticmethod(_is_int_comparable)
    raw_value = staticmethod(_unwrap_int)
    sort_raw = staticmethod(_sort_ints)

    import_from_mixin(UnboxedListStrategyMixin)


class FloatListStrategy(ListStrategy):
    _attrs_ = []
    name = 'float'
    zero = 0.0

    erase, unerase = rerased.new_erasing_pair('float list')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)
    is_correct_type = staticmethod(is_plain_float)
    wrap = staticmethod(_wrap_float)
    unwrap = staticmethod(_unwrap_float)
    is_raw_comparable = staticmethod(_is_float_comparable)
    raw_value = staticmethod(_unwrap_float)
    sort_raw = staticmethod(_sort_floats)

    import_from_mixin(UnboxedListStrategyMixin)


empty_strategy = EmptyListStrategy()
object_strategy = ObjectListStrategy()
int_strategy = IntListStrategy()
float_strategy = FloatListStrategy()
