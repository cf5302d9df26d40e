"""Pattern matching at run time (compiler/matchgen.py compiles the match
statement): MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and
GET_LEN, as CPython 3.11's ceval.c runs them.

Which types are sequences, mappings, or match themselves with one
positional sub-pattern (`int(x)`) are CPython's type flags
(Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING, _Py_TPFLAGS_MATCH_SELF): here
a builtin type in the MRO with one of the names below, so subclasses
(user classes too) inherit them, and types added later only need their
name listed.  A class gets a collection flag from the abc machinery
(W_TypeObject.abc_flags, set by modules/abcmodule.py): the abstract
Sequence and Mapping, and the classes registered with them.  As in
CPython, the first type along the MRO with a collection flag decides
between sequence and mapping.
"""

from rpython.rlib import jit

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type
from fastpy.objspace.strobject import W_StrObject, w_str_type
from fastpy.objspace.dictobject import W_DictObject

SEQUENCE_TYPES = ['list', 'tuple', 'range', 'memoryview', 'deque', 'array']
MAPPING_TYPES = ['dict', 'mappingproxy', 'defaultdict', 'OrderedDict',
                 'Counter']
MATCH_SELF_TYPES = ['bool', 'bytearray', 'bytes', 'dict', 'float',
                    'frozenset', 'int', 'list', 'set', 'str', 'tuple']

FLAG_SEQUENCE = 1
FLAG_MAPPING = 2
FLAG_MATCH_SELF = 4


def type_flags(w_type):
    """The FLAG_* bits of a type (constant in traces)."""
    w_type = jit.promote(w_type)
    return _type_flags(w_type, jit.promote(w_type.version))


@jit.elidable
def _type_flags(w_type, version):
    flags = 0
    collection = 0
    for w_t in w_type.mro_w:
        if collection == 0:
            collection = own_collection_flags(w_t)
        if not w_t.is_heaptype and w_t.name in MATCH_SELF_TYPES:
            flags |= FLAG_MATCH_SELF
    return flags | collection


def own_collection_flags(w_t):
    """FLAG_SEQUENCE or FLAG_MAPPING given to the type itself, or 0."""
    if w_t.abc_flags != 0:
        return w_t.abc_flags
    if w_t.is_heaptype:
        return 0
    if w_t.name in SEQUENCE_TYPES:
        return FLAG_SEQUENCE
    if w_t.name in MAPPING_TYPES:
        return FLAG_MAPPING
    return 0


def MATCH_SEQUENCE(frame):
    flags = type_flags(frame.peek(0).gettype())
    frame.push(space.newbool(flags & FLAG_SEQUENCE != 0))


def MATCH_MAPPING(frame):
    flags = type_flags(frame.peek(0).gettype())
    frame.push(space.newbool(flags & FLAG_MAPPING != 0))


def GET_LEN(frame):
    frame.push(space.newint(space.len_w(frame.peek(0))))


# ---------------------------------------------------------------- mappings

class W_MatchDummy(W_Root):
    """The default passed to a mapping's get(): no value is it."""
    _attrs_ = []

    def gettype(self):
        return w_object_type

w_dummy = W_MatchDummy()


def MATCH_KEYS(frame):
    """[subject, keys] -> [subject, keys, values tuple or None]."""
    w_keys = frame.peek(0)
    w_subject = frame.peek(1)
    assert isinstance(w_keys, W_TupleObject)
    frame.push(match_keys(w_subject, w_keys.items_w))


def match_keys(w_map, keys_w):
    n = len(keys_w)
    if n == 0:
        return W_TupleObject([])
    w_get = None
    if not (isinstance(w_map, W_DictObject) and not w_map.is_user):
        # map.get(key, dummy): no __missing__, no exception to catch.
        w_get = space.getattr_w(w_map, 'get')
        refcount.incref(w_get)
    values_w = []
    hashes = []
    try:
        for i in range(n):
            w_key = keys_w[i]
            h = space.hash_w(w_key)
            for j in range(i):
                if hashes[j] == h and (keys_w[j] is w_key or
                                       space.eq_w(keys_w[j], w_key)):
                    raise oefmt(exc.w_ValueError,
                                "mapping pattern checks duplicate key (%s)"
                                % space.str_to_utf8(space.repr_u(w_key)))
            hashes.append(h)
            if w_get is None:
                assert isinstance(w_map, W_DictObject)
                w_value = w_map.getitem(w_key)
            else:
                w_value = _call_get(w_get, w_key)
                if w_value is w_dummy:
                    w_value = None
            if w_value is None:
                _drop_all(values_w)
                return space.w_None
            refcount.incref(w_value)      # held until the tuple has it
            values_w.append(w_value)
    except OperationError:
        _drop_all(values_w)
        raise
    finally:
        if w_get is not None:
            refcount.decref(w_get)
    w_values = _new_tuple(values_w)
    _drop_all(values_w)
    return w_values


def _call_get(w_get, w_key):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    return call_function(w_get, Arguments([w_key, w_dummy]))


def _new_tuple(items_w):
    """A tuple of the items of a list that is appended to (newtuple()
    would merge that list with the fixed-size ones passed to it)."""
    n = len(items_w)
    fixed_w = [None] * n
    for i in range(n):
        fixed_w[i] = items_w[i]
    return W_TupleObject(fixed_w)


def _drop_all(values_w):
    for w_value in values_w:
        refcount.decref(w_value)


# ---------------------------------------------------------------- classes

def MATCH_CLASS(frame, nargs):
    """[subject, cls, names] -> [tuple of attributes, or None]."""
    w_names = frame.peek(0)
    w_cls = frame.peek(1)
    w_subject = frame.peek(2)
    frame.replace_top(3, match_class(w_subject, w_cls, nargs, w_names))


def match_class(w_subject, w_cls, nargs, w_names):
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError, "called match pattern must be a type")
    assert isinstance(w_names, W_TupleObject)
    if not space.isinstance_w(w_subject, w_cls):
        return space.w_None
    seen = []
    attrs_w = []
    w_match_args = None
    try:
        if nargs > 0:
            match_self = False
            w_match_args = w_cls.lookup('__match_args__')
            if w_match_args is not None:
                refcount.incref(w_match_args)
                if not (isinstance(w_match_args, W_TupleObject) and
                        w_match_args.gettype() is w_tuple_type):
                    raise oefmt(exc.w_TypeError,
                                "%s.__match_args__ must be a tuple (got %s)"
                                % (w_cls.name,
                                   space.type_name(w_match_args)))
                assert isinstance(w_match_args, W_TupleObject)
                allowed = len(w_match_args.items_w)
            else:
                match_self = type_flags(w_cls) & FLAG_MATCH_SELF != 0
                allowed = 1 if match_self else 0
            if allowed < nargs:
                plural = '' if allowed == 1 else 's'
                raise oefmt(exc.w_TypeError,
                            "%s() accepts %d positional sub-pattern%s "
                            "(%d given)" % (w_cls.name, allowed, plural,
                                            nargs))
            if match_self:
                refcount.incref(w_subject)
                attrs_w.append(w_subject)
            else:
                assert isinstance(w_match_args, W_TupleObject)
                for i in range(nargs):
                    w_name = w_match_args.items_w[i]
                    if not (isinstance(w_name, W_StrObject) and
                            w_name.gettype() is w_str_type):
                        raise oefmt(exc.w_TypeError,
                                    "__match_args__ elements must be "
                                    "strings (got %s)" %
                                    space.type_name(w_name))
                    if not _get_attr(w_subject, w_cls, w_name, seen,
                                     attrs_w):
                        _drop_all(attrs_w)
                        return space.w_None
        for w_name in w_names.items_w:
            assert isinstance(w_name, W_StrObject)
            if not _get_attr(w_subject, w_cls, w_name, seen, attrs_w):
                _drop_all(attrs_w)
                return space.w_None
    except OperationError:
        _drop_all(attrs_w)
        raise
    finally:
        if w_match_args is not None:
            refcount.decref(w_match_args)
    w_attrs = _new_tuple(attrs_w)
    _drop_all(attrs_w)
    return w_attrs


def _get_attr(w_subject, w_cls, w_name, seen, attrs_w):
    """Append subject.name (held) to attrs_w; False if it has none."""
    name = space.str_w(w_name)
    if name in seen:
        raise oefmt(exc.w_TypeError,
                    "%s() got multiple sub-patterns for attribute %s" %
                    (w_cls.name, space.str_to_utf8(space.repr_u(w_name))))
    seen.append(name)
    try:
        w_attr = space.getattr_w(w_subject, name.encode('utf-8'))
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return False
    refcount.incref(w_attr)
    attrs_w.append(w_attr)
    return True
