"""Helpers shared by the builtin modules that define types (itertools,
_operator, _functools).

- `module_type(name, module)`: a builtin type whose reprs show
  `module.name` (`<class 'itertools.chain'>`).
- `subclassable_constructor(w_type, spec)`: like typecall.constructor,
  but `__new__` is stored as a static method, so that type.__call__ of a
  user subclass calls the implementation with the subclass as w_cls (the
  implementation makes an instance of the type's user RPython subclass,
  see `check_new`).
- `itertools_constructor(w_type, spec, positional_only)`:
  typecall.subtype_constructor for a type of the itertools module (its
  messages name `itertools.<name>`); instances through
  subtypealloc.new_instance.
- `new_instance(cls, user_cls, w_cls, user, *args)`: an instance of the
  builtin class or, for a user subclass, of its map-carrying RPython
  subclass (`mapdict.make_user_subclass`) typed as w_cls.
- `check_positional(name, n, min, max)`: CPython's
  _PyArg_CheckPositional messages ("cycle expected 1 argument, got 0").
- `BuiltinIterator`: the base of the iterator types (iter(x) is x).
"""

from rpython.rlib.objectmodel import specialize

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import interp2app, parse_signature
from fastpy.objspace import exceptions as exc
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import newstr
from fastpy.objspace.typeobject import W_TypeObject, w_object_type


def module_type(name, module):
    w_type = W_TypeObject(name, w_object_type)
    w_type.dict_w['__module__'] = newstr(module.decode('utf-8'))
    return w_type


def subclassable_constructor(w_type, spec):
    """impl(w_cls, ...) is both `T.__new__(cls, ...)` (a static method in
    the type dict: type.__call__ of a user subclass passes the subclass)
    and the call `T(...)` (w_cls = T)."""
    def decorate(impl):
        from fastpy.objspace.descriptor import W_StaticMethod
        name, rest = spec.split('(', 1)
        rest = rest.strip()
        new_spec = '__new__(cls, ' + rest if rest != ')' else \
            '__new__(cls)'
        w_new = interp2app(new_spec, impl,
                           display='%s.__new__' % w_type.name,
                           w_objclass=w_type)
        w_type.dict_w['__new__'] = W_StaticMethod(w_new, immortal=True)
        sig, _ = parse_signature(spec)
        params = ['a%d' % i for i in range(sig.nparams)]
        if sig.varargs:
            params.append('extra_w')
        if sig.varkw:
            params.append('kw_names')
            params.append('kw_values_w')
        src = 'def ctor(%s):\n    return impl(w_type%s)\n' % (
            ', '.join(params), ''.join(', ' + p for p in params))
        ns = {'impl': impl, 'w_type': w_type}
        exec src in ns
        ctor = ns['ctor']
        ctor.__name__ = 'ctor_' + impl.__name__
        w_type.constructor = interp2app(spec, ctor)
        return impl
    return decorate


def itertools_constructor(w_type, spec, positional_only=False):
    from fastpy.interpreter.typecall import subtype_constructor
    return subtype_constructor(w_type, spec, positional_only,
                               'itertools.' + w_type.name)


def check_new(w_cls, w_type):
    """`w_type.__new__(w_cls)`: is w_cls w_type itself (False) or one of
    its subclasses (True)?  CPython's TypeErrors otherwise."""
    if w_cls is w_type:
        return False
    qual = _full_name(w_type)
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError,
                    "%s.__new__(X): X is not a type object (%s)" %
                    (qual, w_cls.gettype().name))
    if not w_cls.is_subtype(w_type):
        raise oefmt(exc.w_TypeError,
                    "%s.__new__(%s): %s is not a subtype of %s" %
                    (qual, w_cls.name, w_cls.name, qual))
    return True


@specialize.arg(0, 1)
def new_instance(cls, user_cls, w_cls, user, *args):
    """`cls(*args)`, or when `user` (see check_new) an instance of
    user_cls, cls's user subclass, whose map gives it the type w_cls."""
    if user:
        w_res = user_cls(*args)
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    return cls(*args)


def _full_name(w_type):
    from fastpy.objspace import protocol
    return protocol.type_module_name(w_type)


def check_positional(name, n, min_args, max_args):
    if min_args <= n <= max_args:
        return
    if min_args == max_args:
        raise oefmt(exc.w_TypeError, "%s expected %d argument%s, got %d" %
                    (name, min_args, _s(min_args), n))
    if n < min_args:
        raise oefmt(exc.w_TypeError,
                    "%s expected at least %d argument%s, got %d" %
                    (name, min_args, _s(min_args), n))
    raise oefmt(exc.w_TypeError, "%s expected at most %d argument%s, got %d"
                % (name, max_args, _s(max_args), n))


def _s(n):
    return "" if n == 1 else "s"


def no_keywords(name, kw_names):
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments" %
                    name)


class BuiltinIterator(W_Counted):
    """Common parts of the iterator types: iter(x) is x; object's repr."""
    _attrs_ = []

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_repr(self):
        from fastpy.objspace import protocol
        return protocol.default_repr(self)


def call_holding(w_func, args_w):
    from fastpy.objspace.itertypes import call_holding as _ch
    return _ch(w_func, args_w)


def parse_args(fname, names, minpos, maxpos, args_w, kw_names,
               kw_values_w):
    """Match *args/**kwargs to `names` as CPython's keyword parsers do
    (PyArg_ParseTupleAndKeywords, Argument Clinic), with their messages.
    The first maxpos names may be given by position; the first minpos
    are required.  Returns one value per name, None where absent."""
    n = len(args_w)
    nk = 0 if kw_names is None else len(kw_names)
    maxargs = len(names)
    if n + nk > maxargs:
        raise oefmt(exc.w_TypeError,
                    "%s() takes at most %d %sargument%s (%d given)" %
                    (fname, maxargs, "keyword " if n == 0 else "",
                     _s(maxargs), n + nk))
    if n > maxpos:
        if maxpos == 0:
            raise oefmt(exc.w_TypeError,
                        "%s() takes no positional arguments" % fname)
        raise oefmt(exc.w_TypeError,
                    "%s() takes %s %d positional argument%s (%d given)" %
                    (fname, "at most" if minpos < maxpos else "exactly",
                     maxpos, _s(maxpos), n))
    values_w = [None] * maxargs
    for i in range(n):
        values_w[i] = args_w[i]
    for i in range(n, maxargs):
        w_value = _find_kw(names[i], kw_names, kw_values_w)
        if w_value is None and i < minpos:
            raise oefmt(exc.w_TypeError,
                        "%s() missing required argument '%s' (pos %d)" %
                        (fname, names[i], i + 1))
        values_w[i] = w_value
    for k in range(nk):
        kw = kw_names[k]
        index = -1
        for i in range(maxargs):
            if names[i] == kw:
                index = i
        if index < 0:
            raise oefmt(exc.w_TypeError,
                        "'%s' is an invalid keyword argument for %s()" %
                        (kw, fname))
        if index < n:
            raise oefmt(exc.w_TypeError,
                        "argument for %s() given by name ('%s') and "
                        "position (%d)" % (fname, kw, index + 1))
    return values_w


def _find_kw(name, kw_names, kw_values_w):
    if kw_names is None:
        return None
    for k in range(len(kw_names)):
        if kw_names[k] == name:
            return kw_values_w[k]
    return None


def check_dict_value(w_value):
    """The new value of a `__dict__` slot: a dict (CPython's messages
    for a deletion or another type)."""
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.objspace import space
    if w_value is None:
        raise oefmt(exc.w_TypeError, "cannot delete __dict__")
    if not isinstance(w_value, W_DictObject):
        raise oefmt(exc.w_TypeError, "__dict__ must be set to a dictionary, "
                    "not a '%s'" % space.type_name(w_value))
    return w_value
