"""functools._lru_cache_wrapper, the object `functools.lru_cache` and
`functools.cache` return: it calls the wrapped function once per
distinct arguments and answers repeated calls from its cache.

As CPython's C version: the key is the single argument itself when that
is an exact str or int (no keywords, not typed), else a tuple of the
arguments, a marker and the keyword names and values, and with `typed`
the types of all of them; the hash of the key is computed once per
call; a bounded cache drops its least recently used entry when full.
The cache is an RPython dict of CacheLinks (a key with its hash, and
the result), whose doubly linked list keeps the order of use (newest
last).  Instances
take attributes (update_wrapper sets __wrapped__, __doc__ ...) and weak
references."""

from rpython.rlib.objectmodel import r_dict

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import getset, method
from fastpy.modules.modtypes import (module_type, subclassable_constructor,
                                     check_new, parse_args,
                                     check_dict_value)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace import protocol
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import W_StrObject, newstr_utf8
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.mapdict import make_user_subclass, Terminator

w_lru_cache_wrapper_type = module_type('_lru_cache_wrapper', 'functools')
w_lru_cache_wrapper_type.terminator = Terminator(w_lru_cache_wrapper_type, 0,
                                                 True)

# Separates the positional arguments from the keyword items in a key
# (CPython's kwd_mark): an immortal object that equals only itself and
# that no caller can reach.
w_kwd_mark = W_TypeObject('_lru_kwd_mark', w_object_type)

UNBOUNDED = -1


class CacheLink(object):
    """One cached call: its key (with the key's hash, computed once per
    call as CPython does) and result (both counted), and its place in
    the order of use.  A link without a result is a lookup probe."""
    _attrs_ = ['w_key', 'hash', 'w_result', 'prev', 'next']

    def __init__(self, w_key, hash, w_result):
        self.w_key = w_key
        self.hash = hash
        self.w_result = w_result
        self.prev = None
        self.next = None


def _link_eq(a, b):
    return a.hash == b.hash and space.eq_w(a.w_key, b.w_key)


def _link_hash(a):
    return a.hash


def _new_cache():
    return r_dict(_link_eq, _link_hash)


class W_LruCacheWrapperBase(W_Counted):
    _attrs_ = ['w_func', 'w_cache_info_type', 'maxsize', 'typed', 'hits',
               'misses', 'cache', 'oldest', 'newest']

    def __init__(self, w_func, maxsize, typed, w_cache_info_type):
        self.w_func = w_func
        self.w_cache_info_type = w_cache_info_type
        refcount.incref(w_func)
        refcount.incref(w_cache_info_type)
        self.maxsize = maxsize
        self.typed = typed
        self.hits = 0
        self.misses = 0
        self.cache = _new_cache()
        self.oldest = None
        self.newest = None

    def referents(self):
        result = [w for w in [self.w_func, self.w_cache_info_type]
                  if w is not None]
        link = self.oldest
        while link is not None:
            result.append(link.w_key)
            result.append(link.w_result)
            link = link.next
        return result

    def release_children(self):
        self.clear_cache()
        w_func, w_info = self.w_func, self.w_cache_info_type
        self.w_func = self.w_cache_info_type = None
        refcount.decref(w_func)
        refcount.decref(w_info)

    # -- the order of use

    def unlink(self, link):
        if link.prev is None:
            self.oldest = link.next
        else:
            link.prev.next = link.next
        if link.next is None:
            self.newest = link.prev
        else:
            link.next.prev = link.prev
        link.prev = link.next = None

    def append(self, link):
        link.prev = self.newest
        link.next = None
        if self.newest is None:
            self.oldest = link
        else:
            self.newest.next = link
        self.newest = link

    def clear_cache(self):
        """Empty the cache, then drop its keys and results, oldest first
        (they may run code that calls this wrapper again)."""
        link = self.oldest
        self.cache = _new_cache()
        self.oldest = self.newest = None
        while link is not None:
            following = link.next
            refcount.decref(link.w_key)
            refcount.decref(link.w_result)
            link = following

    # -- calls

    def lookup(self, probe):
        link = self.cache.get(probe, None)
        if link is not None and self.maxsize != UNBOUNDED:
            self.unlink(link)
            self.append(link)
        return link

    def store(self, probe, w_result):
        if probe in self.cache:
            # A call made while computing this one cached the same key.
            return
        if self.maxsize != UNBOUNDED and len(self.cache) >= self.maxsize:
            old = self.oldest
            assert old is not None
            self.unlink(old)
            del self.cache[old]
            self._add(probe, w_result)
            refcount.decref(old.w_key)
            refcount.decref(old.w_result)
        else:
            self._add(probe, w_result)

    def _add(self, probe, w_result):
        refcount.incref(probe.w_key)
        refcount.incref(w_result)
        link = CacheLink(probe.w_key, probe.hash, w_result)
        self.cache[link] = link
        self.append(link)


W_LruCacheWrapper = make_user_subclass(W_LruCacheWrapperBase)


def make_key(args_w, kw_names, kw_values_w, typed):
    """The cache key of a call (CPython's lru_cache_make_key)."""
    nkw = 0 if kw_names is None else len(kw_names)
    if not typed and nkw == 0:
        if len(args_w) == 1:
            w_arg = args_w[0]
            if type(w_arg) is W_StrObject or type(w_arg) is W_IntObject:
                return w_arg
        return newtuple(args_w)
    items_w = list(args_w)
    if nkw:
        items_w.append(w_kwd_mark)
        for i in range(nkw):
            items_w.append(newstr_utf8(kw_names[i]))
            items_w.append(kw_values_w[i])
    if typed:
        for w_arg in args_w:
            items_w.append(w_arg.gettype())
        for i in range(nkw):
            items_w.append(kw_values_w[i].gettype())
    return newtuple(items_w)


@subclassable_constructor(w_lru_cache_wrapper_type,
                          '_lru_cache_wrapper(*args, **kwargs)')
def lru_cache_wrapper_new(w_cls, args_w, kw_names, kw_values_w):
    from fastpy.modules.builtinfuncs import callable_w
    check_new(w_cls, w_lru_cache_wrapper_type)
    [w_func, w_maxsize, w_typed, w_info] = parse_args(
        'lru_cache', ['user_function', 'maxsize', 'typed',
                      'cache_info_type'], 4, 4, args_w, kw_names,
        kw_values_w)
    if not callable_w(w_func):
        raise oefmt(exc.w_TypeError, "the first argument must be callable")
    if w_maxsize is space.w_None:
        maxsize = UNBOUNDED
    else:
        maxsize = _maxsize(w_maxsize)
    typed = space.is_true(w_typed)
    w_res = W_LruCacheWrapper(w_func, maxsize, typed, w_info)
    assert isinstance(w_cls, W_TypeObject)
    w_res.init_map(w_cls)
    return w_res


def _maxsize(w_maxsize):
    """A maxsize given as an integer (anything with __index__): below 0
    means 0."""
    if space.is_int(w_maxsize):
        w_index = w_maxsize
    else:
        w_index = protocol.index(w_maxsize)
        if w_index is None:
            raise oefmt(exc.w_TypeError, "maxsize should be integer or None")
    if isinstance(w_index, W_LongObject):
        if w_index.bigval.sign < 0:
            return 0
        raise oefmt(exc.w_OverflowError,
                    "cannot fit 'int' into an index-sized integer")
    return max(space.int_w(w_index), 0)


@method(w_lru_cache_wrapper_type, '__call__(self, *args, **kwargs)',
        W_LruCacheWrapper)
def lru_cache_wrapper_call(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    names = [] if kw_names is None else kw_names
    values_w = [] if kw_values_w is None else kw_values_w
    if w_self.maxsize == 0:
        w_self.misses += 1
        return call_function(w_self.w_func, Arguments(args_w, names,
                                                      values_w))
    w_key = make_key(args_w, kw_names, kw_values_w, w_self.typed)
    try:
        probe = CacheLink(w_key, space.hash_w(w_key), None)
        link = w_self.lookup(probe)
        if link is not None:
            w_self.hits += 1
            return link.w_result
        w_self.misses += 1
        # The wrapper holds its function for the call (the call may
        # clear or replace what refers to the wrapper).
        w_func = w_self.w_func
        refcount.incref(w_func)
        try:
            w_result = call_function(w_func, Arguments(args_w, names,
                                                       values_w))
        finally:
            refcount.decref(w_func)
        w_self.store(probe, w_result)
        return w_result
    finally:
        refcount.discard(w_key)


@method(w_lru_cache_wrapper_type, 'cache_info(self, /)', W_LruCacheWrapper)
def lru_cache_info(w_self):
    from fastpy.modules.modtypes import call_holding
    if w_self.maxsize == UNBOUNDED:
        w_maxsize = space.w_None
    else:
        w_maxsize = newint(w_self.maxsize)
    return call_holding(w_self.w_cache_info_type, [
        newint(w_self.hits), newint(w_self.misses), w_maxsize,
        newint(len(w_self.cache))])


@method(w_lru_cache_wrapper_type, 'cache_clear(self, /)', W_LruCacheWrapper)
def lru_cache_clear(w_self):
    w_self.hits = w_self.misses = 0
    w_self.clear_cache()
    return space.w_None


@method(w_lru_cache_wrapper_type, '__get__(self, instance, owner=None, /)',
        W_LruCacheWrapper)
def lru_cache_get(w_self, w_instance, w_owner):
    from fastpy.interpreter.function import W_BoundMethod
    if w_instance is space.w_None:
        return w_self
    return W_BoundMethod(w_instance, w_self)


@method(w_lru_cache_wrapper_type, '__reduce__(self, /)', W_LruCacheWrapper)
def lru_cache_reduce(w_self):
    return space.getattr_w(w_self, '__qualname__')


@method(w_lru_cache_wrapper_type, '__copy__(self, /)', W_LruCacheWrapper)
def lru_cache_copy(w_self):
    return w_self


@method(w_lru_cache_wrapper_type, '__deepcopy__(self, memo, /)',
        W_LruCacheWrapper)
def lru_cache_deepcopy(w_self, w_memo):
    return w_self


def _wrapper_self(w_obj):
    if not isinstance(w_obj, W_LruCacheWrapper):
        raise oefmt(exc.w_TypeError, "descriptor '__dict__' for "
                    "'functools._lru_cache_wrapper' objects doesn't apply "
                    "to a '%s' object" % space.type_name(w_obj))
    return w_obj


def _get_dict(w_obj):
    w_dict = _wrapper_self(w_obj).getdict()
    assert w_dict is not None
    return w_dict


def _set_dict(w_obj, w_value):
    w_self = _wrapper_self(w_obj)
    w_self.setdict(check_dict_value(w_value))


getset(w_lru_cache_wrapper_type, '__dict__', _get_dict, _set_dict)

