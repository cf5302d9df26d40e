"""Struct sequences: CPython's PyStructSequence (Objects/structseq.c).

A struct sequence type is a builtin subclass of tuple whose items are
also named fields (`sys.version_info.major`, `time.struct_time.tm_year`,
`os.stat_result.st_mode`):

    w_version_info_type = make_structseq_type(
        'sys', 'version_info',
        ['major', 'minor', 'micro', 'releaselevel', 'serial'],
        doc='...', instantiable=False)
    w_vi = new_structseq(w_version_info_type, [w_major, ...])

`fields` lists every field in order; the first `n_sequence_fields` (all
of them by default) are the tuple's items, the others are hidden fields
reachable only as attributes (`struct_time.tm_zone`, `stat_result.
st_atime` as a float).  A field named '' is unnamed (CPython's
PyStructSequence_UnnamedField): part of the tuple, without attribute.

The type has what CPython gives it: read-only member descriptors for
the named fields ("readonly attribute"), `n_fields`,
`n_sequence_fields`, `n_unnamed_fields`, `__match_args__`, `__repr__`
(`sys.version_info(major=3, ...)`, visible fields only), `__reduce__`
and, when `instantiable`, `__new__(sequence, dict=None)` with CPython's
messages.  Everything else (len, indexing, slicing, comparison with
tuples, hashing, iteration, concatenation) is tuple's, on the visible
items.

Instances are W_StructSeq, a W_TupleObject whose `items_w` are the
visible fields; hidden fields are in `extra_w`.  They are `is_user`
objects so that the object space looks their special methods up on
their type (the repr) instead of taking tuple's fast paths.
"""

from rpython.rlib.debug import make_sure_not_resized

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.mapdict import W_MemberDescr
from fastpy.objspace.strobject import newstr
from fastpy.objspace.intobject import newint
from fastpy.objspace.tupleobject import (W_TupleObject, w_tuple_type,
                                         fixed_copy, newtuple, newconsttuple)
from fastpy.objspace.typeobject import W_TypeObject


class StructSeqDesc(object):
    """What a struct sequence type is made of (immutable)."""
    _immutable_fields_ = ['w_type', 'full_name', 'fields[*]',
                          'member_names[*]', 'n_fields', 'n_sequence',
                          'n_unnamed']

    def __init__(self, w_type, full_name, fields, n_sequence):
        self.w_type = w_type
        self.full_name = full_name          # tp_name: 'sys.version_info'
        self.fields = fields
        self.n_fields = len(fields)
        self.n_sequence = n_sequence
        n_unnamed = 0
        member_names = []
        for name in fields:
            if name:
                member_names.append(name)
            else:
                n_unnamed += 1
        self.n_unnamed = n_unnamed
        # CPython's tp_members: the named fields only, in order.
        self.member_names = member_names


class W_StructSeq(W_TupleObject):
    """An instance of a struct sequence type (see the module doc)."""
    _attrs_ = ['desc', 'extra_w']
    _immutable_fields_ = ['desc', 'extra_w[*]']
    is_user = True

    def __init__(self, desc, items_w, extra_w):
        W_TupleObject.__init__(self, items_w)
        make_sure_not_resized(extra_w)
        self.desc = desc
        self.extra_w = extra_w
        for w_item in extra_w:
            refcount.incref(w_item)

    def gettype(self):
        return self.desc.w_type

    def referents(self):
        result = list(self.items_w)
        for w_item in self.extra_w:
            result.append(w_item)
        return result

    def release_children(self):
        # structseq_dealloc: every field, from the first.
        for w_item in self.items_w:
            refcount.decref(w_item)
        for w_item in self.extra_w:
            refcount.decref(w_item)

    def field(self, index):
        """Field `index` of all fields (visible, then hidden)."""
        n = len(self.items_w)
        if index < n:
            return self.items_w[index]
        return self.extra_w[index - n]

    # The member descriptors of the fields read through read_slot.
    def read_slot(self, index):
        return self.field(index)

    def write_slot(self, index, w_value):
        raise oefmt(exc.w_AttributeError, "readonly attribute")

    def attribute_names(self):
        return []


def new_structseq(w_type, fields_w):
    """An instance of the struct sequence type w_type from all its
    fields (hidden ones too, None where unset)."""
    desc = _desc_of(w_type)
    assert len(fields_w) == desc.n_fields
    n = desc.n_sequence
    items_w = [None] * n
    extra_w = [None] * (desc.n_fields - n)
    for i in range(desc.n_fields):
        if i < n:
            items_w[i] = fields_w[i]
        else:
            extra_w[i - n] = fields_w[i]
    return W_StructSeq(desc, items_w, extra_w)


def _desc_of(w_type):
    desc = _DESCS.get(w_type, None)
    assert desc is not None
    return desc


_DESCS = {}     # W_TypeObject -> StructSeqDesc


def is_structseq_type(w_type):
    return w_type in _DESCS


# ---------------------------------------------------------------- the type

def make_structseq_type(module, name, fields, n_sequence_fields=-1,
                        doc=None, instantiable=True, field_docs=None):
    """A new struct sequence type `module.name` (see the module doc)."""
    if n_sequence_fields < 0:
        n_sequence_fields = len(fields)
    w_type = W_TypeObject(name, w_tuple_type)
    # The C type's tp_name, which repr() shows: no module for builtins.
    full_name = name if module == 'builtins' else '%s.%s' % (module, name)
    desc = StructSeqDesc(w_type, full_name, fields, n_sequence_fields)
    _DESCS[w_type] = desc
    d = w_type.dict_w
    d['__module__'] = newstr(module.decode('utf-8'))
    d['__doc__'] = newstr(doc.decode('utf-8')) if doc is not None \
        else _none()
    d['n_sequence_fields'] = newint(n_sequence_fields)
    d['n_fields'] = newint(len(fields))
    d['n_unnamed_fields'] = newint(desc.n_unnamed)
    match_args = []
    for i in range(n_sequence_fields):
        if fields[i]:
            match_args.append(newstr(fields[i].decode('utf-8')))
    d['__match_args__'] = newconsttuple(match_args)
    for i in range(len(fields)):
        if fields[i]:
            d[fields[i]] = W_MemberDescr(fields[i], i, w_type)
    _add_methods(w_type, desc, instantiable)
    return w_type


def _none():
    from fastpy.objspace.noneobject import w_None
    return w_None


def _add_methods(w_type, desc, instantiable):
    display = desc.full_name

    def structseq_repr(w_self):
        return newstr(repr_u(w_self))
    structseq_repr.__name__ = 'structseq_repr'
    w_type.add_method(interp2app('__repr__(self, /)', structseq_repr,
                                 W_StructSeq, display + '.__repr__', 1,
                                 doc='Return repr(self).',
                                 w_objclass=w_type))

    def structseq_reduce(w_self):
        return reduce_w(w_self)
    structseq_reduce.__name__ = 'structseq_reduce'
    w_type.add_method(interp2app('__reduce__(self, /)', structseq_reduce,
                                 W_StructSeq, display + '.__reduce__', 1,
                                 w_objclass=w_type))

    if instantiable:
        def structseq_new(w_cls, w_sequence, w_dict):
            return new_from_sequence(desc, w_cls, w_sequence, w_dict)
    else:
        def structseq_new(w_cls, w_sequence, w_dict):
            raise oefmt(exc.w_TypeError, "cannot create '%s' instances" %
                        desc.full_name)
    structseq_new.__name__ = 'structseq_new'
    w_new = interp2app('__new__(type, sequence=NULL, dict=NULL)',
                       structseq_new, display=display + '.__new__',
                       w_objclass=w_type)
    w_type.dict_w['__new__'] = w_new


def repr_u(w_self):
    """CPython's structseq_repr: `name(field=value, ...)` over the
    visible items, named as tp_members (named fields) in order."""
    from fastpy.objspace import space
    from fastpy.objspace import nesting
    assert isinstance(w_self, W_StructSeq)
    desc = w_self.desc
    parts = []
    nesting.enter(nesting.REPR)
    try:
        items_w = w_self.items_w
        for i in range(len(items_w)):
            if i < len(desc.member_names):
                name = desc.member_names[i]
            else:
                name = ''
            parts.append(name.decode('utf-8') + u'=' +
                         space.repr_u(items_w[i]))
    finally:
        nesting.leave()
    return desc.full_name.decode('utf-8') + u'(' + u', '.join(parts) + u')'


def reduce_w(w_self):
    """(type, (visible items, {hidden named field: value}))."""
    from fastpy.objspace.dictobject import newdict
    assert isinstance(w_self, W_StructSeq)
    desc = w_self.desc
    w_tup = newtuple(list(w_self.items_w))
    w_dict = newdict()
    for i in range(desc.n_sequence, desc.n_fields):
        name = desc.member_names[i - desc.n_unnamed]
        w_dict.setitem_str(name, w_self.field(i))
    return newtuple([desc.w_type, newtuple([w_tup, w_dict])])


def new_from_sequence(desc, w_cls, w_sequence, w_dict):
    """structseq_new: `type(sequence, dict=None)`."""
    from fastpy.objspace import space
    from fastpy.objspace.dictobject import W_DictObject
    if w_sequence is None:
        raise oefmt(exc.w_TypeError, "structseq() missing required "
                    "argument 'sequence' (pos 1)")
    items_w = _sequence_items(w_sequence)
    if w_dict is space.w_None:
        w_dict = None
    n = len(items_w)
    min_len = desc.n_sequence
    max_len = desc.n_fields
    msg = None
    if w_dict is not None and not isinstance(w_dict, W_DictObject):
        msg = "%s() takes a dict as second arg, if any" % desc.full_name
    elif n < min_len:
        if min_len == max_len:
            msg = "%s() takes a %d-sequence (%d-sequence given)" % (
                desc.full_name, min_len, n)
        else:
            msg = ("%s() takes an at least %d-sequence (%d-sequence given)"
                   % (desc.full_name, min_len, n))
    elif n > max_len:
        if min_len == max_len:
            msg = "%s() takes a %d-sequence (%d-sequence given)" % (
                desc.full_name, min_len, n)
        else:
            msg = ("%s() takes an at most %d-sequence (%d-sequence given)"
                   % (desc.full_name, max_len, n))
    if msg is not None:
        _discard_all(w_sequence, items_w)
        raise oefmt(exc.w_TypeError, msg)
    fields_w = [None] * max_len
    for i in range(max_len):
        if i < n:
            fields_w[i] = items_w[i]
            continue
        w_value = None
        if w_dict is not None:
            assert isinstance(w_dict, W_DictObject)
            w_value = w_dict.getitem_str(desc.member_names[i -
                                                           desc.n_unnamed])
        if w_value is None:
            w_value = space.w_None
        fields_w[i] = w_value
    return new_structseq(desc.w_type, fields_w)


def _sequence_items(w_sequence):
    """PySequence_Fast(seq, "constructor requires a sequence"): a
    TypeError of iter() becomes that message."""
    from fastpy.objspace import space
    from fastpy.objspace.listobject import W_ListObject
    if (isinstance(w_sequence, W_TupleObject) or
            isinstance(w_sequence, W_ListObject)):
        return space.iterate(w_sequence)
    try:
        w_iter = space.get_iter(w_sequence)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError, "constructor requires a sequence")
    refcount.incref(w_iter)
    try:
        return space.collect_items(w_iter)
    finally:
        refcount.decref(w_iter)


def _discard_all(w_sequence, items_w):
    if isinstance(w_sequence, W_TupleObject):
        return
    from fastpy.objspace.listobject import W_ListObject
    if isinstance(w_sequence, W_ListObject):
        return
    for w_item in items_w:
        refcount.discard(w_item)
