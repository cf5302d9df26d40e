"""W_TypeObject: the type of every object, builtin or defined by a class
statement.

A type has bases, a method resolution order computed by C3 (CPython's
rules and error message), and a type dict mapping attribute names to
objects.  Builtin types publish their methods and slot functions in their
type dicts through the gateway (interpreter/gateway.py), so `int.__add__`
and `list.append` are ordinary entries.  Classes made by type.__new__
get their MRO, and new bases, through typemro.py (a metaclass's mro(),
`__bases__` assignment).

Lookups are elidable on (type, version, name): every change to a type's
dict or bases replaces its `version` (a quasi-immutable field) and the
versions of all its subclasses, which invalidates the JIT code that folded
an earlier lookup to a constant.  Outside traces the same key indexes a
method cache (methodcache.py), so the interpreter and the releases of
dying objects (which ask every object's type for __del__) do not walk
the MRO's dicts each time.

Types are never counted (they live for the whole run, see
docs/finalization.md); the values in a user type's dict are counted slots.
"""

from collections import OrderedDict

from rpython.rlib import jit
from fastpy.objspace.root import W_Root
from fastpy.interpreter.namespaceborrow import unborrow
from fastpy.objspace import refcount, methodcache


class VersionTag(object):
    """Identity object: a type's lookups are valid while its tag is."""
    pass


class W_TypeObject(W_Root):
    _immutable_fields_ = ['version?', 'mro_w?[*]', 'bases_w?[*]',
                          'w_base?', 'name?', 'is_heaptype',
                          'constructor?', 'w_class?', 'terminator?',
                          'makes_subtype_instances?']

    def __init__(self, name, w_base=None, bases_w=None, w_class=None,
                 is_heaptype=False, defer_mro=False):
        self.name = name
        self.qualname = name
        if bases_w is None:
            bases_w = [w_base] if w_base is not None else []
        self.bases_w = fixed_types(bases_w)
        self.w_base = bases_w[0] if len(bases_w) > 0 else None
        self.dict_w = OrderedDict()   # name -> W_Root
        self.version = VersionTag()
        self.is_heaptype = is_heaptype
        self.w_class = w_class       # the metatype; None means `type`
        self.subclasses_w = []
        # has_finalizer's answer, valid while `version` is this tag
        self.del_known_for = None
        self.del_defined = False
        # Keys of the namespace of type(name, bases, ns) that are not
        # str (add_odd_key); None for almost every class.
        self.odd_keys_w = None
        self.odd_values_w = None
        self.odd_hashes = None
        self.odd_user_keys = False
        # mapdict.py: the empty attribute layout of the instances (heap
        # types get theirs in type.__new__, others lazily).
        self.terminator = None
        # Legacy hook for builtin types without a __new__ in their dict:
        # a W_BuiltinFunction called by type(...) (builtins.py).
        self.constructor = None
        # typecall.subtype_constructor: the builtin __new__ makes the
        # instances of heap subclasses itself (subtypealloc.py).
        self.makes_subtype_instances = False
        # Collection flags given by the abc machinery (CPython's
        # Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING set by _abc from
        # `__abc_tpflags__` or a registration): matchrt.FLAG_* bits, 0
        # when none.  Changing them goes through mutated().
        self.abc_flags = 0
        if defer_mro:
            # type.__new__ sets the MRO (typemro.init_type_mro) and then
            # registers the class with its bases; until then it has none
            # (CPython's NULL tp_mro: an MRO is never empty).
            self.mro_w = []
        else:
            self.mro_w = fixed_types([self])
            if w_base is not None or len(bases_w) > 0:
                self.mro_w = fixed_types(compute_mro(self))
            for w_b in self.bases_w:
                w_b.subclasses_w.append(self)
        if is_heaptype:
            all_heap_types.append(self)

    def sp_binop(self, op, w_other, inplace):
        """type | other: a types.UnionType (uniontype.py)."""
        from fastpy.objspace import uniontype
        if op == uniontype.space.OP_OR:
            return uniontype.union_or(self, w_other)
        return None

    def sp_rbinop(self, op, w_other):
        from fastpy.objspace import uniontype
        if op == uniontype.space.OP_OR:
            return uniontype.union_or(w_other, self)
        return None

    def gettype(self):
        if self.w_class is None:
            return w_type_type
        return self.w_class

    def referents(self):
        # Builtin types hold only immortal objects.
        if not self.is_heaptype:
            return []
        result = []
        for w_value in self.dict_w.values():
            result.append(w_value)
        if self.odd_keys_w is not None:
            for i in range(len(self.odd_keys_w)):
                result.append(self.odd_keys_w[i])
                result.append(self.odd_values_w[i])
        return result

    # ------------------------------------------------------------ lookup

    def lookup(self, name):
        """The attribute `name` found along the MRO, or None."""
        if jit.we_are_jitted():
            w_self = jit.promote(self)
            version = jit.promote(w_self.version)
            w_value = w_self._pure_lookup(name, version)
            if w_value is _odd_keys_in_mro:     # (a constant: folds)
                return w_self._lookup_odd(name)
            return w_value
        if odd_keys.exist and self._has_odd_keys():
            return self._lookup_odd(name)
        return methodcache.lookup(self, self.version, name)

    def has_finalizer(self):
        """Is `__del__` defined along the MRO?  Asked at every release of
        an instance.  In traces the lookup folds; outside them the answer
        is kept until the version tag changes (a method-cache probe per
        release showed up in profiles)."""
        if jit.we_are_jitted():
            return self.lookup('__del__') is not None
        if self.del_known_for is not self.version:
            self.del_defined = self.lookup('__del__') is not None
            self.del_known_for = self.version
        return self.del_defined

    @jit.elidable
    def _pure_lookup(self, name, version):
        # A class of the MRO with keys of user types answers through
        # _lookup_odd, which runs Python code: the marker says so.  The
        # check lives in here, not in lookup(), so that a trace records
        # nothing more per lookup than the call it folds (add_odd_key
        # changes the versions of the class and its subclasses).
        if odd_keys.exist and self._has_odd_keys():
            return _odd_keys_in_mro
        return self._lookup(name)

    def _lookup(self, name):
        for w_t in self.mro_w:
            w_value = w_t.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def _has_odd_keys(self):
        for w_t in self.mro_w:
            if w_t.odd_user_keys:
                return True
        return False

    @jit.dont_look_inside
    def _lookup_odd(self, name):
        """A class of the MRO has keys of user types (not str) in its
        dict, which type(name, bases, ns) keeps: one whose hash equals
        name's is compared with name, calling Python code, as CPython's
        dict lookup does.  That code may even assign __bases__: the walk
        goes on over the MRO it started with (test_descr's
        test_type_lookup_mro_reference); an error ends the lookup with
        nothing found.  Neither cached nor folded."""
        from fastpy.interpreter.error import OperationError
        from fastpy.objspace import space
        mro_w = self.mro_w
        w_name = None
        h = 0
        try:
            for w_t in mro_w:
                w_value = w_t.dict_w.get(name, None)
                if w_value is not None:
                    return w_value
                if not w_t.odd_user_keys:
                    continue
                if w_name is None:
                    w_name = space.newtext(name)
                    h = space.hash_w(w_name)
                keys_w = w_t.odd_keys_w
                values_w = w_t.odd_values_w
                hashes = w_t.odd_hashes
                assert keys_w is not None and values_w is not None
                assert hashes is not None
                for i in range(len(keys_w)):
                    if hashes[i] == h and \
                            space.eq_w(keys_w[i], w_name):
                        return values_w[i]
        except OperationError as e:
            refcount.discard(e.w_exc)
        return None

    def add_odd_key(self, w_key, w_value, h):
        """A key of a new class's namespace that is not a str (counted,
        like the values of the dict)."""
        if self.odd_keys_w is None:
            self.odd_keys_w = []
            self.odd_values_w = []
            self.odd_hashes = []
        refcount.incref(w_key)
        refcount.incref(w_value)
        self.odd_keys_w.append(w_key)
        self.odd_values_w.append(w_value)
        self.odd_hashes.append(h)
        if w_key.is_user:
            self.odd_user_keys = True
            odd_keys.exist = True
        self.mutated()

    def lookup_where(self, name):
        """(the type in the MRO that defines name, its value)."""
        for w_t in self.mro_w:
            w_value = w_t.dict_w.get(name, None)
            if w_value is not None:
                return w_t, w_value
        return None, None

    # Older name, kept for callers that look up methods of builtin types.
    def lookup_method(self, name):
        return self.lookup(name)

    def is_subtype(self, w_other):
        if jit.we_are_jitted():
            w_self = jit.promote(self)
            version = jit.promote(w_self.version)
            return w_self._pure_is_subtype(w_other, version)
        return self._is_subtype(w_other)

    @jit.elidable
    def _pure_is_subtype(self, w_other, version):
        return self._is_subtype(w_other)

    def _is_subtype(self, w_other):
        mro_w = self.mro_w
        if len(mro_w) == 0:
            # no MRO yet (its metaclass's mro() is running)
            return base_chain_has(self, w_other)
        for w_t in mro_w:
            if w_t is w_other:
                return True
        return False

    # ------------------------------------------------------------ mutation

    def mutated(self):
        """The dict or the bases changed: lookups folded so far are
        stale, here and in every subclass."""
        self.version = VersionTag()
        for w_sub in self.subclasses_w:
            w_sub.mutated()

    def setdictvalue(self, name, w_value):
        """type.name = value (the dict slot counts the value)."""
        refcount.incref(w_value)
        w_old = self.dict_w.get(name, None)
        self.dict_w[name] = w_value
        self.mutated()
        unborrow(w_old)         # LOAD_METHOD borrowed it
        refcount.decref(w_old)

    def deldictvalue(self, name):
        """del type.name; False if the type's own dict has no such name."""
        w_old = self.dict_w.get(name, None)
        if w_old is None:
            return False
        del self.dict_w[name]
        self.mutated()
        unborrow(w_old)         # LOAD_METHOD borrowed it
        refcount.decref(w_old)
        return True

    def add_method(self, w_func):
        """Builtin types: publish an immortal builtin function under its
        name (no counting, nothing is folded yet at setup time)."""
        self.dict_w[w_func.name] = w_func


class W_TypeWithMetaclass(W_TypeObject):
    """A class whose metaclass is not `type` (EnumType, ABCMeta, ...):
    generic operations on the class itself (iteration, len, `in`, repr,
    operators) go through the metaclass's special methods, as for an
    instance of a user class (protocol.py)."""
    is_user = True


def base_chain_has(w_a, w_b):
    """Is w_b on the chain of best bases from w_a (CPython's
    type_is_subtype_base_chain)?"""
    w_t = w_a
    while w_t is not None:
        if w_t is w_b:
            return True
        w_t = w_t.w_base
    return w_b is w_object_type


class OddKeys(object):
    """Has any class a key of a user type in its dict (add_odd_key)?
    Until then lookups never test for them."""

    def __init__(self):
        self.exist = False

odd_keys = OddKeys()


class OddKeysMarker(W_Root):
    """What _pure_lookup answers for a class whose MRO has keys of user
    types: the lookup must compare them with the name."""

_odd_keys_in_mro = OddKeysMarker()


def fixed_types(types_w):
    """A fresh never-resized copy (bases_w and mro_w are immutable
    arrays, read as constants in traces)."""
    result = [None] * len(types_w)
    for i in range(len(types_w)):
        result[i] = types_w[i]
    return result


# Every type created by a class statement or type(name, bases, dict): they
# live for the whole run (the heap checker uses them as roots).
all_heap_types = []


class MroError(Exception):
    """C3 linearization failed; `message` is CPython's TypeError text."""
    def __init__(self, message):
        self.message = message


def list_copy(types_w):
    result = []
    for w_t in types_w:
        result.append(w_t)
    return result


def compute_mro(w_type):
    """C3 linearization of w_type's bases (CPython's algorithm)."""
    bases_w = w_type.bases_w
    if len(bases_w) == 1:
        result = [w_type]
        for w_t in bases_w[0].mro_w:
            result.append(w_t)
        return result
    seqs = [list_copy(w_b.mro_w) for w_b in bases_w]
    seqs.append(list_copy(bases_w))
    result = [w_type]
    while True:
        nonempty = [s for s in seqs if len(s) > 0]
        if len(nonempty) == 0:
            return result
        w_candidate = None
        for seq in nonempty:
            w_head = seq[0]
            in_tail = False
            for other in nonempty:
                if w_head in other[1:]:
                    in_tail = True
                    break
            if not in_tail:
                w_candidate = w_head
                break
        if w_candidate is None:
            heads_w = []
            for seq in nonempty:
                if seq[0] not in heads_w:
                    heads_w.append(seq[0])
            names = [w_h.name for w_h in heads_w]
            raise MroError("Cannot create a consistent method resolution\n"
                           "order (MRO) for bases " + ", ".join(names))
        result.append(w_candidate)
        for seq in nonempty:
            if seq[0] is w_candidate:
                del seq[0]
        seqs = nonempty


w_object_type = W_TypeObject('object')
w_type_type = W_TypeObject('type', w_object_type)
