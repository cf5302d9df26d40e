"""`dict`: insertion-ordered hash table; keys and values are counted slots.

Keys are compared with Python equality and hashed with Python hash (see
space.eq_w / space.hash_w), which may raise OperationError.

Small dicts have no hash table: while a dict holds at most SMALL_LIMIT
keys, all of them exact `str`s, `storage` is None and a lookup scans
`order` comparing string values (pure: no user `__eq__` can run).  Such
a dict is plain objects and lists, which stay virtual in a trace: a
`**kwargs` dict, a `{'x': 1, 'y': 2}` record built and read in a loop
allocate nothing there.  The first other key, or one key too many,
builds the table (`_make_table`) for good.

Invariant: `storage` is None or maps each key to its DictEntry; `order` lists the
same entries in insertion order, with None where an entry was deleted
(`entry.index` is its position; `nholes` counts the Nones, and the list
is compacted when they are the majority).  Iteration walks `order` by
index, a loop-free step per item that traces inline
(dictiterobject.py); lookups go through `storage`.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import r_ordereddict
from fastpy.objspace.root import W_Counted, W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace.strobject import W_StrObject

# Keys a dict holds before it needs a hash table (see above).
SMALL_LIMIT = 8

w_dict_type = W_TypeObject('dict', w_object_type)


def _key_eq(w_a, w_b):
    # identity first, as CPython's lookup: a NaN key finds itself
    if w_a is w_b:
        return True
    from fastpy.objspace import space
    return space.eq_w(w_a, w_b)


def _key_hash(w_a):
    from fastpy.objspace import space
    return space.hash_w(w_a)


def new_storage():
    return r_ordereddict(_key_eq, _key_hash)


class DictEntry(object):
    """One key/value pair.  The stored key object is kept so deletion can
    drop the reference of the key that was inserted, not of the lookup key."""
    _attrs_ = ['w_key', 'w_value', 'index']

    def __init__(self, w_key, w_value, index):
        self.w_key = w_key
        self.w_value = w_value
        self.index = index          # position in the dict's `order`

    def set_value(self, w_value):
        """Replace the value slot (counted)."""
        w_old = self.w_value
        refcount.incref(w_value)
        self.w_value = w_value
        refcount.decref(w_old)


class W_DictObject(W_Counted):
    _attrs_ = ['storage', 'order', 'nholes', 'keys_version']
    _immutable_fields_ = ['keys_version?']

    # A dict used as some function's globals (a module's, or one given
    # to exec/eval) gets a version of its set of keys, quasi-immutable
    # and replaced whenever a key is added or removed, so that a trace
    # folds the lookup of a global name to its constant DictEntry and
    # only reads the entry's current value (lookup_entry).  Other dicts
    # have none and pay nothing for it.
    keys_version = None

    def __init__(self):
        self.storage = None         # small dict: see the module doc
        self.order = []
        self.nholes = 0

    def gettype(self):
        return w_dict_type

    def referents(self):
        result = []
        for entry in self.entries():
            result.append(entry.w_key)
            result.append(entry.w_value)
        return result

    def release_children(self):
        # CPython's dict_dealloc drops key then value, in insertion order.
        entries = self.entries()
        self.storage = None
        self.order = []
        self.nholes = 0
        self.keys_changed()
        for entry in entries:
            refcount.decref(entry.w_key)
            refcount.decref(entry.w_value)

    def length(self):
        return len(self.order) - self.nholes

    def find_entry(self, w_key):
        """The DictEntry of w_key, or None."""
        if self.storage is None:
            if type(w_key) is W_StrObject:
                return _scan_str(self.order, w_key.value)
            if self.length() == 0:
                # hashed all the same: an unhashable key raises
                # TypeError (and a __hash__ runs once), as with a table
                _key_hash(w_key)
                return None
            # a str subclass or any object may equal a str key
            self._make_table()
        return self.storage.get(w_key, None)

    def _make_table(self):
        storage = new_storage()
        for entry in self.order:
            if entry is not None:
                storage[entry.w_key] = entry
        self.storage = storage

    def getitem(self, w_key):
        """The value or None."""
        entry = self.find_entry(w_key)
        if entry is None:
            return None
        return entry.w_value

    def setitem(self, w_key, w_value):
        if self.storage is None and (type(w_key) is not W_StrObject or
                                     len(self.order) >= SMALL_LIMIT):
            self._make_table()
        if self.storage is not None and _hash_runs_code(w_key):
            self._insert_once(w_key, w_value)
            return
        entry = self.find_entry(w_key)
        if entry is None:
            self.keys_changed()
            refcount.incref(w_key)
            refcount.incref(w_value)
            entry = self.new_entry(w_key, w_value, len(self.order))
            if self.storage is not None:
                self.storage[w_key] = entry
            self.order.append(entry)
        else:
            # CPython keeps the original key object and replaces the value.
            entry.set_value(w_value)

    def _insert_once(self, w_key, w_value):
        """setitem with one lookup of the table, so a key whose __hash__
        or __eq__ is Python code runs it once, as in CPython: the entry
        is made first and stored unless the key is there already."""
        entry = self._lookup_or_add(w_key, w_value)
        if entry.w_value is not w_value:
            entry.set_value(w_value)

    def _lookup_or_add(self, w_key, w_value):
        """The entry of w_key, added with w_value when absent (one
        lookup; a table dict only)."""
        new = self.new_entry(w_key, w_value, -1)
        entry = self.storage.setdefault(w_key, new)
        if entry is new:
            self.keys_changed()
            refcount.incref(w_key)
            refcount.incref(w_value)
            new.index = len(self.order)
            self.order.append(new)
        return entry

    def setdefault(self, w_key, w_default):
        """dict.setdefault: the value of w_key, after storing w_default
        when the key is absent (one lookup of the key)."""
        if self.storage is None and type(w_key) is not W_StrObject:
            self._make_table()
        if self.storage is not None:
            return self._lookup_or_add(w_key, w_default).w_value
        w_value = self.getitem(w_key)
        if w_value is None:
            self.setitem(w_key, w_default)
            return w_default
        return w_value

    def new_entry(self, w_key, w_value, index):
        return DictEntry(w_key, w_value, index)

    def delitem(self, w_key):
        """Remove the pair (releasing what only it held); False if the
        key is absent."""
        w_value = self.pop_value(w_key)
        if w_value is None:
            return False
        refcount.discard(w_value)
        return True

    def pop_value(self, w_key):
        """Remove the pair and hand its value to the caller as a
        temporary (refcount.disown), or return None if the key is
        absent."""
        entry = self.find_entry(w_key)
        if entry is None:
            return None
        self._remove(w_key, entry)
        refcount.decref(entry.w_key)
        refcount.disown(entry.w_value)
        return entry.w_value

    def _remove(self, w_key, entry):
        self.keys_changed()
        if self.storage is not None:
            del self.storage[w_key]
        self.order[entry.index] = None
        self.nholes += 1
        if self.nholes > 8 and 2 * self.nholes > len(self.order):
            self.order = self.entries()
            for i in range(len(self.order)):
                self.order[i].index = i
            self.nholes = 0

    def keys_changed(self):
        if self.keys_version is not None:
            self.keys_version = DictVersion()

    def used_as_globals(self):
        """Some function runs with this dict as its globals."""
        if self.keys_version is None:
            self.keys_version = DictVersion()

    def lookup_entry(self, w_name):
        """The DictEntry of a str key, or None; constant-folded in traces
        for a constant globals dict and name."""
        version = self.keys_version
        if jit.we_are_jitted() and version is not None:
            return _lookup_entry(self, version, w_name)
        return self.find_entry(w_name)

    def lookup_entry_utf8(self, name):
        """lookup_entry for a name given as utf-8 (an attribute name):
        no str object is made when the lookup folds."""
        version = self.keys_version
        if jit.we_are_jitted() and version is not None:
            return _lookup_entry_utf8(self, version, name)
        from fastpy.objspace.strobject import newstr_utf8
        return self.find_entry(newstr_utf8(name))

    def entries(self):
        """A snapshot of the pairs in insertion order."""
        return [entry for entry in self.order if entry is not None]

    def keys(self):
        return [entry.w_key for entry in self.order if entry is not None]

    def values(self):
        return [entry.w_value for entry in self.order if entry is not None]

    def setitem_str(self, name, w_value):
        from fastpy.objspace.strobject import newstr_utf8
        self.setitem(newstr_utf8(name), w_value)

    def getitem_str(self, name):
        from fastpy.objspace.strobject import newstr_utf8
        return self.getitem(newstr_utf8(name))

    def sp_binop(self, op, w_other, inplace):
        """d | other, d |= other (dictmethods.py)."""
        from fastpy.objspace.dictmethods import dict_binop
        return dict_binop(self, op, w_other, inplace)


class GlobalEntry(DictEntry):
    """An entry of a module dict (globals or builtins).

    While `borrowable`, LOAD_GLOBAL pushes the value without counting it
    (a borrowed stack entry, frame.py): the entry's own reference keeps
    the object alive.  Before the entry drops that reference (rebinding,
    deletion, clearing), every frame slot that borrows the object takes a
    reference of its own (namespaceborrow.py), so a function whose global
    name is rebound while it runs stays alive until its call returns, as
    in CPython.  That walk over the running frames is cheap outside
    traces but forces frames out of one, so an entry rebound more than
    once (a global updated in a loop) stops being borrowable: LOAD_GLOBAL
    then counts, and rebinding walks nothing.  `borrowable` is
    quasi-immutable, a constant in traces.

    While borrowable, the value is also mirrored in the quasi-immutable
    `w_stable` (not a counted slot: `w_value` holds the reference), which
    LOAD_GLOBAL reads: a global class or function is then a constant in
    traces, so `isinstance(x, A)` or a call of `f` fold on it.  Such an
    entry is rebound at most once before it stops being borrowable, so
    few traces are invalidated by a write of `w_stable`."""
    _attrs_ = ['borrowable', 'rebinds', 'w_stable']
    _immutable_fields_ = ['borrowable?', 'w_stable?']

    def __init__(self, w_key, w_value, index):
        DictEntry.__init__(self, w_key, w_value, index)
        self.borrowable = True
        self.rebinds = 0
        self.w_stable = w_value

    def set_value(self, w_value):
        if self.borrowable:
            self.rebinds += 1
            if self.rebinds > 1:
                self.borrowable = False
                self.w_stable = None
            else:
                self.w_stable = w_value
            self.unborrow_value()
        DictEntry.set_value(self, w_value)

    def unborrow_value(self):
        """The entry is about to drop its value: borrowers take their
        own references first."""
        from fastpy.interpreter.namespaceborrow import unborrow
        unborrow(self.w_value)


class DictVersion(object):
    """Identity token of a module dict's set of keys."""
    pass


class W_ModuleDict(W_DictObject):
    """A dict used as a module's globals (or the builtins): versioned
    from the start, and its entries are GlobalEntry cells, whose values
    LOAD_GLOBAL may borrow."""
    _attrs_ = []

    def __init__(self):
        W_DictObject.__init__(self)
        self.keys_version = DictVersion()

    def new_entry(self, w_key, w_value, index):
        return GlobalEntry(w_key, w_value, index)

    def pop_value(self, w_key):
        entry = self.find_entry(w_key)
        if isinstance(entry, GlobalEntry) and entry.borrowable:
            entry.unborrow_value()
        return W_DictObject.pop_value(self, w_key)

    def release_children(self):
        for entry in self.order:
            if isinstance(entry, GlobalEntry) and entry.borrowable:
                entry.unborrow_value()
        W_DictObject.release_children(self)


def _hash_runs_code(w_key):
    """May hashing or comparing w_key run Python code (a user object, or
    a tuple holding one)?  Such a key is looked up once per insertion;
    other keys (ints, strs, tuples of them) keep the lookup-then-store
    path, which allocates nothing when the key is present."""
    from fastpy.objspace.tupleobject import W_TupleObject
    if w_key.is_user:
        return True
    if isinstance(w_key, W_TupleObject):
        return _items_hash_run_code(w_key.items_w)
    return False


@jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), 8))
def _items_hash_run_code(items_w):
    for w_item in items_w:
        if _hash_runs_code(w_item):
            return True
    return False


@jit.look_inside_iff(lambda order, value: jit.isvirtual(order))
def _scan_str(order, value):
    """The entry of the str key `value` in a small dict's `order`.  In a
    trace, unrolled over the entries of a virtual dict (their keys are
    then usually constants, and the comparisons fold)."""
    for entry in order:
        if entry is not None:
            w_key = entry.w_key
            assert isinstance(w_key, W_StrObject)
            if w_key.value == value:
                return entry
    return None


@jit.elidable
def _lookup_entry(w_dict, version, w_name):
    """A scan comparing str keys by value: unlike the hash table's lookup
    (Python equality, which may run user code) it is pure, as an elidable
    function must be.  It runs when a trace is compiled, not per
    iteration: the dict, its version and the name are constants there."""
    assert isinstance(w_name, W_StrObject)
    for entry in w_dict.order:
        if entry is not None:
            w_key = entry.w_key
            if isinstance(w_key, W_StrObject) and w_key.value == w_name.value:
                return entry
    return None


@jit.elidable
def _lookup_entry_utf8(w_dict, version, name):
    uname = name.decode('utf-8')
    for entry in w_dict.order:
        if entry is not None:
            w_key = entry.w_key
            if isinstance(w_key, W_StrObject) and w_key.value == uname:
                return entry
    return None


def newdict():
    return W_DictObject()


def new_module_dict():
    return W_ModuleDict()
