"""Maps (hidden classes): the attribute layout of instances of user
classes.

A Map is shared by every instance that got the same attributes in the
same order.  The chain starts at its type's Terminator (no attributes
apart from the type's `__slots__`, which take the first `nslots` storage
positions); adding an attribute follows (or creates) a transition to a
child map that records the name and its position in the instance's flat
`storage_w`.  Maps never change, so `index_of(name)` is elidable on
(map, name): in a JIT trace an attribute read is a guard on the map plus
a field read.  A map knows its type, so the same guard fixes the type.

When a program asks for an instance's `__dict__`, the instance switches
to dict storage: its map becomes the type's `dict_map` (`devolved`), the
attributes move into a real dict, and from then on every access goes
through that dict (slots stay in the storage).

Instances hold counted references: every storage slot and the dict.
Release order is CPython's subtype_dealloc: slots, then the attributes
(in insertion order, as a dict releases them).

`UserInstanceMixin` carries the map storage; W_ObjectInstance (instances
whose solid base is `object`) and the user subclasses of builtin types
(`make_user_subclass`) import it.
"""

from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized
from rpython.rlib.objectmodel import import_from_mixin, specialize

from fastpy.objspace.root import W_Counted
from fastpy.objspace import refcount
from fastpy.objspace import weaklist
from fastpy.objspace.weaklist import clear_weakrefs
from fastpy.objspace.finalizer import has_del, run_del, \
    register as register_finalizable


class Map(object):
    """One attribute layout.  `parent` is None for a terminator."""
    _immutable_fields_ = ['w_type', 'parent', 'name', 'index', 'length',
                          'terminator', 'devolved', 'has_dict']

    def __init__(self, w_type, parent, name, index, terminator,
                 devolved=False, has_dict=True):
        self.w_type = w_type
        self.parent = parent
        self.name = name
        self.index = index
        self.terminator = terminator
        self.devolved = devolved
        self.has_dict = has_dict     # may instances get attributes?
        if parent is None:
            self.length = index      # a terminator: the slots
        else:
            self.length = index + 1
        self.transitions = {}        # name -> Map

    @jit.elidable
    def index_of(self, name):
        """The storage position of attribute `name`, or -1."""
        m = self
        while m.parent is not None:
            if m.name == name:
                return m.index
            m = m.parent
        return -1

    @jit.elidable
    def with_attr(self, name):
        """The map after adding attribute `name`."""
        m = self.transitions.get(name, None)
        if m is None:
            m = Map(self.w_type, self, name, self.length, self.terminator)
            self.transitions[name] = m
        return m

    def attr_names(self):
        """The attribute names in insertion order (slots not included)."""
        names = []
        m = self
        while m.parent is not None:
            names.append(m.name)
            m = m.parent
        names.reverse()
        return names


class Terminator(Map):
    """The empty layout of a type's instances.  `size_estimate` is the
    storage size new instances start with (quasi-immutable: it grows
    when instances need more room, so allocation in traces has a
    constant size)."""
    _immutable_fields_ = ['nslots', 'size_estimate?', 'dict_map']

    def __init__(self, w_type, nslots, has_dict):
        Map.__init__(self, w_type, None, '', nslots, None,
                     has_dict=has_dict)
        self.terminator = self
        self.nslots = nslots
        self.size_estimate = nslots
        self.dict_map = Map(w_type, None, '', nslots, self, devolved=True,
                            has_dict=has_dict)
        self.dict_map.terminator = self


def get_terminator(w_type):
    """The terminator of a heap type, or of a builtin type (its instances
    get no attributes)."""
    term = w_type.terminator
    if term is None:
        term = Terminator(w_type, 0, False)
        w_type.terminator = term
    return term


def new_storage(term):
    storage = [None] * term.size_estimate
    make_sure_not_resized(storage)
    return storage


class UserInstanceMixin(object):
    """Map storage: `map`, `storage_w` (fixed-size, replaced when it
    grows), `w_dict` (only when the map is devolved)."""

    def init_map(self, w_type):
        term = jit.promote(get_terminator(w_type))
        self.map = term
        self.storage_w = new_storage(term)
        self.w_dict = None
        if jit.promote(w_type).lookup('__del__') is not None:
            register_finalizable(self)

    def getmap(self):
        return jit.promote(self.map)

    # -- attributes in the storage (or the devolved dict)

    def getdictvalue(self, name):
        """The instance attribute `name`, or None."""
        map = self.getmap()
        if map.devolved:
            w_dict = self.w_dict
            assert w_dict is not None
            return w_dict.getitem_str(name)
        index = map.index_of(name)
        if index < 0:
            return None
        return self.storage_w[index]

    def store_attr(self, name, w_value):
        """Store attribute `name`; False if instances have no dict."""
        map = self.getmap()
        if map.devolved:
            w_dict = self.w_dict
            assert w_dict is not None
            w_dict.setitem_str(name, w_value)
            return True
        index = map.index_of(name)
        if index >= 0:
            self.write_slot(index, w_value)
            return True
        if not map.has_dict:
            return False
        new_map = map.with_attr(name)
        index = new_map.index
        if index >= len(self.storage_w):
            self._grow_storage(index + 1)
        refcount.incref(w_value)
        self.storage_w[index] = w_value
        self.map = new_map
        return True

    def write_slot(self, index, w_value):
        w_old = self.storage_w[index]
        refcount.incref(w_value)
        self.storage_w[index] = w_value
        refcount.decref(w_old)

    def read_slot(self, index):
        return self.storage_w[index]

    def _grow_storage(self, size):
        # (a distinct name: the builtin classes this mixin goes into
        # have methods of their own, W_Deque._grow)
        term = self.map.terminator
        if term.size_estimate < size:
            term.size_estimate = size
        storage = [None] * size
        for i in range(len(self.storage_w)):
            storage[i] = self.storage_w[i]
        make_sure_not_resized(storage)
        self.storage_w = storage

    def delete_attr(self, name):
        """del attribute `name`; False if there is no such attribute."""
        map = self.getmap()
        if map.devolved:
            w_dict = self.w_dict
            assert w_dict is not None
            from fastpy.objspace.strobject import newstr_utf8
            return w_dict.delitem(newstr_utf8(name))
        index = map.index_of(name)
        if index < 0 or index < map.terminator.nslots:
            return False
        w_old = self._remove_attr(map, name)
        refcount.decref(w_old)
        return True

    def _remove_attr(self, map, name):
        """Rebuild the layout without `name`; return the removed value
        (still counted by the caller)."""
        term = map.terminator
        names = map.attr_names()
        old_storage = self.storage_w
        new_map = term
        storage = [None] * len(old_storage)
        for i in range(term.nslots):
            storage[i] = old_storage[i]
        w_removed = None
        for attr in names:
            w_value = old_storage[map.index_of(attr)]
            if attr == name:
                w_removed = w_value
                continue
            new_map = new_map.with_attr(attr)
            storage[new_map.index] = w_value
        make_sure_not_resized(storage)
        self.storage_w = storage
        self.map = new_map
        return w_removed

    # -- __dict__

    def has_instance_dict(self):
        map = self.getmap()
        return map.devolved or map.has_dict

    def getdict(self):
        """The instance's __dict__ (switching to dict storage), or None
        if its type gives instances no dict."""
        map = self.getmap()
        if map.devolved:
            return self.w_dict
        if not map.has_dict:
            return None
        from fastpy.objspace.dictobject import newdict
        w_dict = newdict()
        term = map.terminator
        names = map.attr_names()
        for attr in names:
            index = map.index_of(attr)
            w_value = self.storage_w[index]
            w_dict.setitem_str(attr, w_value)     # counts it ...
            self.storage_w[index] = None
            refcount.decref(w_value)             # ... and the slot lets go
        refcount.incref(w_dict)
        self.w_dict = w_dict
        self.map = term.dict_map
        return w_dict

    def setdict(self, w_dict):
        map = self.getmap()
        if not map.devolved:
            self.getdict()
        w_old = self.w_dict
        refcount.incref(w_dict)
        self.w_dict = w_dict
        refcount.decref(w_old)

    def attribute_names(self):
        """Names of the instance attributes (for dir())."""
        map = self.getmap()
        if map.devolved:
            from fastpy.objspace import space
            return [space.str_w(w_k).encode('utf-8')
                    for w_k in self.w_dict.keys()]
        return map.attr_names()

    # -- __class__ assignment

    def set_class(self, w_type):
        """Move to the same layout in w_type (layouts were checked);
        True (the instance can change class)."""
        map = self.getmap()
        term = get_terminator(w_type)
        if map.devolved:
            self.map = term.dict_map
            return True
        names = map.attr_names()
        new_map = term
        storage = [None] * len(self.storage_w)
        for i in range(term.nslots):
            storage[i] = self.storage_w[i]
        for attr in names:
            new_map = new_map.with_attr(attr)
            storage[new_map.index] = self.storage_w[map.index_of(attr)]
        make_sure_not_resized(storage)
        self.storage_w = storage
        self.map = new_map
        return True

    # -- counting

    def user_referents(self, result):
        for w_value in self.storage_w:
            if w_value is not None:
                result.append(w_value)
        if self.w_dict is not None:
            result.append(self.w_dict)

    def release_user_slots(self):
        """Drop the storage then the dict (CPython's subtype_dealloc:
        slots first, then the dict; our storage holds the slots first
        and then the attributes in insertion order).  Positions from
        the map's length on are always empty, so the loop runs over the
        map's length: a constant in a trace, where it unrolls."""
        length = self.getmap().length
        storage = self.storage_w
        w_dict = self.w_dict
        self.storage_w = _EMPTY
        self.w_dict = None
        _release_storage(storage, length)
        refcount.decref(w_dict)


_EMPTY = []
make_sure_not_resized(_EMPTY)


@jit.unroll_safe
def _release_storage(storage, length):
    # The storage is already detached from its instance and is garbage
    # once this returns: its positions are not cleared (each store into
    # an old array would pass the GC's write barrier).
    for i in range(length):
        w_value = storage[i]
        if w_value is not None:
            refcount.decref(w_value)


class W_ObjectInstance(W_Counted):
    """An instance of a class whose solid base is `object`."""
    _attrs_ = ['map', 'storage_w', 'w_dict', 'weaklist']
    import_from_mixin(UserInstanceMixin)
    import_from_mixin(weaklist.WeaklistMixin)
    is_user = True
    weaklist = None

    def __init__(self, w_type):
        self.init_map(w_type)

    def gettype(self):
        return self.getmap().w_type

    def referents(self):
        result = []
        self.user_referents(result)
        return result

    def release_children(self):
        if has_del(self) and run_del(self):
            return      # resurrected by __del__
        if self.weaklist is not None:
            clear_weakrefs(self)
        self.release_user_slots()


def make_user_subclass(cls):
    """The RPython class of instances of user subclasses of the builtin
    class `cls`: cls's representation plus map storage, with gettype()
    answering the user type.  Built once per builtin class at import
    time.  `cls` must be a W_Counted (instances are counted)."""
    assert issubclass(cls, W_Counted), cls
    own_weaklist = not weaklist.has_weaklist_field(cls)

    class W_User(cls):
        _attrs_ = ['map', 'storage_w', 'w_dict'] + (
            ['weaklist'] if own_weaklist else [])
        import_from_mixin(UserInstanceMixin)
        if own_weaklist:
            import_from_mixin(weaklist.WeaklistMixin)
            weaklist = None
        is_user = True

        def gettype(self):
            return self.getmap().w_type

        def referents(self):
            result = cls.referents(self)
            self.user_referents(result)
            return result

        def release_children(self):
            if has_del(self) and run_del(self):
                return      # resurrected by __del__
            if self.weaklist is not None:
                clear_weakrefs(self)
            self.release_user_slots()
            cls.release_children(self)

    W_User.__name__ = 'W_User' + cls.__name__[2:]
    return W_User


# ---------------------------------------------------------------- __slots__

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_member_descriptor_type = W_TypeObject('member_descriptor', w_object_type)


class W_MemberDescr(W_Root):
    """A name of `__slots__`: a data descriptor reading and writing one
    storage position of the instances.  Lives in a type dict; immortal."""
    _immutable_fields_ = ['name', 'index', 'w_objclass']

    def __init__(self, name, index, w_objclass):
        self.name = name
        self.index = index
        self.w_objclass = w_objclass

    def gettype(self):
        return w_member_descriptor_type

    def sp_repr(self):
        # <member 'x' of 'C' objects>; builtin types show their tp_name
        # ('sys.version_info').
        from fastpy.objspace.protocol import type_module_name
        w_cls = self.w_objclass
        if w_cls.is_heaptype:
            cls_name = w_cls.name
        else:
            cls_name = type_module_name(w_cls)
        return u"<member '%s' of '%s' objects>" % (
            self.name.decode('utf-8'), cls_name.decode('utf-8'))
