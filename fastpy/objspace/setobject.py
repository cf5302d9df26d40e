"""`set` and `frozenset`: CPython's open-addressing hash table.

The table follows Objects/setobject.c exactly (linear probes, perturbed
probing, the same growth rule and the same dummy entries), so a set
iterates in the order CPython's would for the same hashes: `{3, 1, 2}`
prints `{1, 2, 3}`.  Keys are counted slots.  Methods: setmethods.py.

Slot states: unused (key None, hash 0), dummy (key DUMMY, hash -1),
active (any other key).
"""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rstring import UnicodeBuilder

from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace.weaklist import WeaklistMixin, clear_weakrefs
from rpython.rlib.objectmodel import import_from_mixin
from fastpy.interpreter.error import OperationError

w_set_type = W_TypeObject('set', w_object_type)
w_frozenset_type = W_TypeObject('frozenset', w_object_type)
w_set_iterator_type = W_TypeObject('set_iterator', w_object_type)

MINSIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5
from fastpy.objspace import space


class W_DummyKey(W_Root):
    """The marker of a deleted slot (never visible to programs)."""
    _attrs_ = []

    def gettype(self):
        return w_object_type

DUMMY = W_DummyKey()


class W_SetObject(W_Counted):
    _attrs_ = ['keys_w', 'hashes', 'mask', 'fill', 'used', 'finger',
               'hash_cache', 'weaklist']
    import_from_mixin(WeaklistMixin)
    weaklist = None

    def __init__(self):
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = 0
        self.used = 0
        self.finger = 0
        self.hash_cache = -1

    def gettype(self):
        return w_set_type

    def is_frozen(self):
        return False

    def new_empty(self):
        """An empty set of the same builtin type."""
        return W_SetObject()

    # ------------------------------------------------------------ slots

    def referents(self):
        return self.active_keys()

    def release_children(self):
        if self.weaklist is not None:
            clear_weakrefs(self)
        keys_w = self.keys_w
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = self.used = 0
        for w_key in keys_w:
            if w_key is not None and w_key is not DUMMY:
                refcount.decref(w_key)

    def active_keys(self):
        result = []
        for w_key in self.keys_w:
            if w_key is not None and w_key is not DUMMY:
                result.append(w_key)
        return result

    def length(self):
        return self.used

    # ------------------------------------------------------------ table

    def lookup(self, w_key, h):
        """The slot index holding a key equal to w_key, or -1."""
        while True:
            keys_w = self.keys_w
            mask = self.mask
            i = h & mask
            perturb = r_uint(h)
            restart = False
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    w_start = keys_w[j]
                    if w_start is None:
                        return -1
                    if self.hashes[j] == h and w_start is not DUMMY:
                        if w_start is w_key:
                            return j
                        refcount.incref(w_start)    # set_lookkey
                        try:
                            eq = space.eq_w(w_start, w_key)
                        finally:
                            refcount.decref(w_start)
                        if keys_w is not self.keys_w or \
                                self.keys_w[j] is not w_start:
                            restart = True
                            break
                        if eq:
                            return j
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                perturb >>= PERTURB_SHIFT
                i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))

    def add_hashed(self, w_key, h):
        """Add w_key (counted) unless an equal key is present."""
        while True:
            keys_w = self.keys_w
            mask = self.mask
            i = h & mask
            perturb = r_uint(h)
            freeslot = -1
            restart = False
            found_unused = -1
            while found_unused < 0:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    w_start = keys_w[j]
                    if w_start is None:
                        found_unused = j
                        break
                    if self.hashes[j] == h and w_start is not DUMMY:
                        if w_start is w_key:
                            return
                        refcount.incref(w_start)    # set_lookkey
                        try:
                            eq = space.eq_w(w_start, w_key)
                        finally:
                            refcount.decref(w_start)
                        if keys_w is not self.keys_w or \
                                self.keys_w[j] is not w_start:
                            restart = True
                            break
                        if eq:
                            return
                    elif w_start is DUMMY and freeslot < 0:
                        freeslot = j
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                if found_unused >= 0:
                    break
                perturb >>= PERTURB_SHIFT
                i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))
            if restart:
                continue
            refcount.incref(w_key)
            if freeslot >= 0:
                self.used += 1
                self.keys_w[freeslot] = w_key
                self.hashes[freeslot] = h
                return
            self.fill += 1
            self.used += 1
            self.keys_w[found_unused] = w_key
            self.hashes[found_unused] = h
            if self.fill * 5 >= mask * 3:
                if self.used > 50000:
                    self.resize(self.used * 2)
                else:
                    self.resize(self.used * 4)
            return

    def resize(self, minused):
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_keys = self.keys_w
        old_hashes = self.hashes
        self.keys_w = [None] * newsize
        self.hashes = [0] * newsize
        self.mask = newsize - 1
        self.fill = self.used
        for k in range(len(old_keys)):
            w_key = old_keys[k]
            if w_key is not None and w_key is not DUMMY:
                self.insert_clean(w_key, old_hashes[k])

    def insert_clean(self, w_key, h):
        """Place a key known to be absent, in a table without dummies;
        no counting (the caller counts)."""
        mask = self.mask
        keys_w = self.keys_w
        perturb = r_uint(h)
        i = h & mask
        while True:
            if keys_w[i] is None:
                keys_w[i] = w_key
                self.hashes[i] = h
                return
            if i + LINEAR_PROBES <= mask:
                for j in range(i + 1, i + LINEAR_PROBES + 1):
                    if keys_w[j] is None:
                        keys_w[j] = w_key
                        self.hashes[j] = h
                        return
            perturb >>= PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))

    def remove_slot(self, j):
        """Empty slot j; the key goes to the caller as a temporary."""
        w_key = self.keys_w[j]
        self.keys_w[j] = DUMMY
        self.hashes[j] = -1
        self.used -= 1
        refcount.disown(w_key)
        return w_key

    # ------------------------------------------------------------ API

    def add(self, w_key):
        # The key is counted while __hash__/__eq__ run Python code: a
        # temporary passed to them must not be released by their frames.
        refcount.incref(w_key)
        try:
            self.add_hashed(w_key, space.hash_w(w_key))
        finally:
            refcount.disown(w_key)

    def contains(self, w_key):
        return self.lookup(w_key, space.hash_w(w_key)) >= 0

    def discard(self, w_key):
        """Remove an equal key; False if absent."""
        j = self.lookup(w_key, space.hash_w(w_key))
        if j < 0:
            return False
        refcount.discard(self.remove_slot(j))
        return True

    def clear(self):
        W_SetObject.release_children(self)    # not a subclass's user slots
        self.hash_cache = -1

    def merge(self, w_other):
        """set_merge: add every key of another set."""
        assert isinstance(w_other, W_SetObject)
        if w_other is self or w_other.used == 0:
            return
        if (self.fill + w_other.used) * 5 >= self.mask * 3:
            self.resize((self.used + w_other.used) * 2)
        other_keys = w_other.keys_w
        other_hashes = w_other.hashes
        if self.fill == 0 and self.mask == w_other.mask and \
                w_other.fill == w_other.used:
            for k in range(len(other_keys)):
                w_key = other_keys[k]
                if w_key is not None and w_key is not DUMMY:
                    refcount.incref(w_key)
                    self.keys_w[k] = w_key
                    self.hashes[k] = other_hashes[k]
            self.fill = w_other.fill
            self.used = w_other.used
            return
        if self.fill == 0:
            self.fill = w_other.used
            self.used = w_other.used
            for k in range(len(other_keys)):
                w_key = other_keys[k]
                if w_key is not None and w_key is not DUMMY:
                    refcount.incref(w_key)
                    self.insert_clean(w_key, other_hashes[k])
            return
        for k in range(len(other_keys)):
            w_key = other_keys[k]
            if w_key is not None and w_key is not DUMMY:
                self.add_hashed(w_key, other_hashes[k])

    def update_from(self, w_iterable):
        """set_update_internal: add every item of an iterable."""
        from fastpy.objspace.dictobject import W_DictObject
        if isinstance(w_iterable, W_SetObject):
            self.merge(w_iterable)
            return
        if isinstance(w_iterable, W_DictObject):
            n = w_iterable.length()
            if (self.fill + n) * 5 >= self.mask * 3:
                self.resize((self.used + n) * 2)
            for w_key in w_iterable.keys():
                self.add(w_key)
            return
        self.add_items(space.iterate(w_iterable))

    def add_items(self, items_w):
        """Add the items space.iterate() returned (temporaries or
        borrowed); each is dropped once added."""
        i = 0
        try:
            while i < len(items_w):
                w_item = items_w[i]
                i += 1
                self.add(w_item)
                refcount.discard(w_item)
        except OperationError:
            i -= 1          # the item that failed was not stored
            while i < len(items_w):
                refcount.discard(items_w[i])
                i += 1
            raise

    def copy(self):
        w_new = self.new_empty()
        w_new.merge(self)
        return w_new

    def frozen_hash(self):
        """frozenset_hash of CPython 3.11."""
        if self.hash_cache != -1:
            return self.hash_cache
        h = r_uint(0)
        for k in range(len(self.keys_w)):
            h ^= _shuffle_bits(r_uint(self.hashes[k]))
        if (self.mask + 1 - self.fill) & 1:
            h ^= _shuffle_bits(r_uint(0))
        if (self.fill - self.used) & 1:
            h ^= _shuffle_bits(r_uint(-1))
        h ^= (r_uint(self.used) + 1) * r_uint(1927868237)
        h ^= (h >> 11) ^ (h >> 25)
        h = h * r_uint(69069) + r_uint(907133923)
        result = intmask(h)
        if result == -1:
            result = 590923713
        self.hash_cache = result
        return result

    # ------------------------------------------------------------ space

    def sp_bool(self):
        return 1 if self.used > 0 else 0

    def sp_len(self):
        return self.used

    def sp_repr(self):
        return set_repr(self)

    def sp_hash(self):
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace import exceptions as exc
        raise oefmt(exc.w_TypeError, "unhashable type: 'set'")

    def sp_contains(self, w_item):
        return 1 if self.contains(key_for_lookup(w_item)) else 0

    def sp_eq(self, w_other):
        if not isinstance(w_other, W_SetObject):
            return -1
        return 1 if set_equal(self, w_other) else 0

    def sp_compare(self, op, w_other):
        from fastpy.objspace.setmethods import set_compare
        if not isinstance(w_other, W_SetObject):
            return -1
        return 1 if set_compare(self, op, w_other) else 0

    def sp_binop(self, op, w_other, inplace):
        from fastpy.objspace.setmethods import set_binop
        return set_binop(self, op, w_other, inplace)

    def sp_iter(self):
        return W_SetIterator(self)


class W_FrozenSetObject(W_SetObject):
    _attrs_ = []

    def gettype(self):
        return w_frozenset_type

    def is_frozen(self):
        return True

    def new_empty(self):
        return W_FrozenSetObject()

    def sp_hash(self):
        return self.frozen_hash()


def _shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def set_equal(w_a, w_b):
    if w_a.used != w_b.used:
        return False
    for w_key in w_a.active_keys():
        if not w_b.contains(w_key):
            return False
    return True


def key_for_lookup(w_key):
    """A set used as a key is looked up as the equal frozenset (CPython's
    set_contains/set_discard do the same)."""
    if isinstance(w_key, W_SetObject) and not w_key.is_frozen():
        w_frozen = W_FrozenSetObject()
        w_frozen.merge(w_key)
        return w_frozen
    return w_key


def set_repr(w_set):
    from fastpy.objspace import space
    keys_w = w_set.active_keys()
    w_type = w_set.gettype()
    # set_repr: a subclass (or a frozenset) shows its type's name
    wrapped = w_set.is_frozen() or w_type is not w_set_type
    name = w_type.name.decode('utf-8')
    if len(keys_w) == 0:
        return name + u'()'
    b = UnicodeBuilder()
    if wrapped:
        b.append(name)
        b.append(u'(')
    if not space._enter_repr(w_set):
        return name + u'(...)'
    try:
        b.append(u'{')
        for i in range(len(keys_w)):
            if i > 0:
                b.append(u', ')
            b.append(space.repr_u(keys_w[i]))
        b.append(u'}')
    finally:
        space._leave_repr()
    if wrapped:
        b.append(u')')
    return b.build()


class W_SetIterator(W_Counted):
    """Walks the table by slot; RuntimeError if the size changes."""
    _attrs_ = ['w_set', 'pos', 'size']

    def __init__(self, w_set):
        self.w_set = w_set
        self.pos = 0
        self.size = w_set.used
        refcount.incref(w_set)

    def gettype(self):
        return w_set_iterator_type

    def referents(self):
        if self.w_set is None:
            return []
        return [self.w_set]

    def release_children(self):
        w_set = self.w_set
        self.w_set = None
        refcount.decref(w_set)

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_len(self):
        if self.w_set is None:
            return 0
        return self.w_set.used

    def sp_next(self):
        w_set = self.w_set
        if w_set is None:
            return None
        if w_set.used != self.size:
            from fastpy.interpreter.error import oefmt
            from fastpy.objspace import exceptions as exc
            self.size = -1
            raise oefmt(exc.w_RuntimeError,
                        "Set changed size during iteration")
        keys_w = w_set.keys_w
        i = self.pos
        while i < len(keys_w):
            w_key = keys_w[i]
            i += 1
            if w_key is not None and w_key is not DUMMY:
                self.pos = i
                return w_key
        self.pos = i
        self.w_set = None
        refcount.decref(w_set)
        return None


# ---------------------------------------------------------------- hooks

def newset(items_w):
    """A set display `{a, b}`: the items are added left to right."""
    w_set = W_SetObject()
    for w_item in items_w:
        w_set.add(w_item)
    return w_set


def set_add(w_set, w_item):
    """SET_ADD of a set comprehension."""
    assert isinstance(w_set, W_SetObject)
    w_set.add(w_item)


def newfrozenset(items_w):
    w_set = W_FrozenSetObject()
    for w_item in items_w:
        w_set.add(w_item)
    return w_set
