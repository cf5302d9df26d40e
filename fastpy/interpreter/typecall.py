"""Constructors of builtin types declared once for both ways in:

    @constructor(w_set_type, 'set(iterable=NULL, /)')
    def set_new(w_cls, w_iterable): ...

publishes `set.__new__(cls, iterable=NULL, /)` in the type dict (the
gateway's staticmethod_) and makes `set(...)` call the same
implementation with w_cls = the type (the legacy `constructor` hook that
calling a type uses).  The signature string is the one CPython's
messages show for calls of the type itself (`set expected at most 1
argument, got 2`).  A user subclass passes its own class as w_cls: the
implementation returns an object of the builtin type when w_cls is the
type itself.
"""

from fastpy.interpreter.gateway import interp2app, staticmethod_, \
    parse_signature


def constructor(w_type, spec, doc=None):
    def decorate(impl):
        name, rest = spec.split('(', 1)
        rest = rest.strip()
        new_spec = '__new__(cls, ' + rest if rest != ')' else \
            '__new__(cls)'
        sig, _ = parse_signature(spec)
        params = ['a%d' % i for i in range(sig.nparams)]
        if sig.varargs:
            params.append('extra_w')
        if sig.varkw:
            params.append('kw_names')
            params.append('kw_values_w')
        staticmethod_(w_type, new_spec, doc=doc)(
            _subclass_aware_new(w_type, impl, params))
        src = 'def ctor(%s):\n    return impl(w_type%s)\n' % (
            ', '.join(params), ''.join(', ' + p for p in params))
        ns = {'impl': impl, 'w_type': w_type}
        exec src in ns
        ctor = ns['ctor']
        ctor.__name__ = 'ctor_' + impl.__name__
        w_type.constructor = interp2app(spec, ctor, doc=doc)
        return impl
    return decorate


def _subclass_aware_new(w_type, impl, params):
    """`T.__new__(cls, ...)` as the type dict publishes it: with cls a
    user subclass of T (a __new__ override calling super().__new__), the
    instance of cls holding the value impl builds (userobjects.py);
    CPython's TypeErrors for a cls that is no subtype of T."""
    src = ('def new(w_cls%s):\n'
           '    w_sub = heap_subclass(w_type, w_cls)\n'
           '    if w_sub is None:\n'
           '        return impl(w_cls%s)\n'
           '    if starts_empty(w_sub):\n'
           '        return allocate(w_sub)\n'
           '    return from_value(w_sub, impl(w_type%s))\n' %
           ((''.join(', ' + p for p in params),) +
            (''.join(', ' + p for p in params),) * 2))
    ns = {'impl': impl, 'w_type': w_type, 'heap_subclass': heap_subclass,
          'starts_empty': starts_empty, 'allocate': allocate,
          'from_value': from_value}
    exec src in ns
    new = ns['new']
    new.__name__ = 'new_' + impl.__name__
    return new


def heap_subclass(w_type, w_cls):
    """w_cls when it is a user subclass of w_type (None for w_type itself
    or a builtin subtype); TypeError when it is no subtype."""
    from fastpy.interpreter.error import oefmt
    from fastpy.objspace import exceptions as exc
    from fastpy.objspace.typeobject import W_TypeObject
    if w_cls is w_type:
        return None
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError, "%s.__new__(X): X is not a type object "
                    "(%s)" % (w_type.name, w_cls.gettype().name))
    if not w_cls.is_subtype(w_type):
        raise oefmt(exc.w_TypeError, "%s.__new__(%s): %s is not a subtype "
                    "of %s" % (w_type.name, w_cls.name, w_cls.name,
                               w_type.name))
    if not w_cls.is_heaptype:
        return None
    return w_cls


def starts_empty(w_cls):
    from fastpy.objspace.userobjects import starts_empty
    return starts_empty(w_cls)


def allocate(w_cls):
    from fastpy.objspace.userobjects import allocate
    return allocate(w_cls)


def from_value(w_cls, w_value):
    from fastpy.objspace.userobjects import from_builtin_value
    return from_builtin_value(w_cls, w_value)


def subtype_constructor(w_type, spec, positional_only=False,
                        qualname=None):
    """A constructor whose impl(w_cls, ...) makes the instance itself for
    the class it is given: w_type, or a heap subclass (through
    subtypealloc.new_instance).  `T(...)` calls impl(T, ...);
    `T.__new__(cls, ...)` (also what type.__call__ of a heap subclass
    calls) checks cls and calls impl(cls, ...), with the arguments
    matched against `spec` and CPython's messages naming T.

    positional_only: the rule of CPython's types whose arguments are all
    positional (filter, map, chain, cycle ...): keywords get "T() takes
    no keyword arguments", unless cls is a heap subclass with its own
    __init__, which receives them (__new__ ignores them)."""
    def decorate(impl):
        from fastpy.interpreter.gateway import _make_wrapper
        name, rest = spec.split('(', 1)
        rest = rest.strip()
        parse_spec = ('%s(cls, %s' % (name, rest) if rest != ')' else
                      '%s(cls)' % name)
        sig, raw_defaults = parse_signature(parse_spec)
        parse = _make_wrapper(sig, raw_defaults, impl, None, 1)
        qual = qualname or w_type.name

        def construct(w_cls, args_w, kw_names, kw_values_w):
            from fastpy.interpreter.function import Arguments
            if positional_only and kw_names is not None and \
                    len(kw_names) > 0:
                if w_cls is w_type or not overrides_init(w_cls):
                    from fastpy.interpreter.error import oefmt
                    from fastpy.objspace import exceptions as exc
                    raise oefmt(exc.w_TypeError,
                                "%s() takes no keyword arguments" % name)
                kw_names = None
                kw_values_w = None
            return parse(Arguments([w_cls] + args_w, kw_names, kw_values_w))

        def new(w_cls, args_w, kw_names, kw_values_w):
            return construct(requested_type(w_type, w_cls, qual), args_w,
                             kw_names, kw_values_w)
        new.__name__ = 'new_' + impl.__name__
        construct.__name__ = 'construct_' + impl.__name__
        staticmethod_(w_type, '__new__(cls, *args, **kwargs)')(new)
        w_type.makes_subtype_instances = True
        if positional_only:
            # T(...): the keyword check comes before the arity check
            def ctor(args_w, kw_names, kw_values_w):
                return construct(w_type, args_w, kw_names, kw_values_w)
            ctor.__name__ = 'ctor_' + impl.__name__
            w_type.constructor = interp2app(name + '(*args, **kwargs)',
                                            ctor)
        else:
            src = 'def ctor(%s):\n    return impl(w_type%s)\n'
            params = ['a%d' % i for i in range(sig.nparams - 1)]
            if sig.varargs:
                params.append('extra_w')
            if sig.varkw:
                params.append('kw_names')
                params.append('kw_values_w')
            ns = {'impl': impl, 'w_type': w_type}
            exec src % (', '.join(params), ''.join(', ' + p for p in params)) \
                in ns
            ctor = ns['ctor']
            ctor.__name__ = 'ctor_' + impl.__name__
            w_type.constructor = interp2app(spec, ctor)
        return impl
    return decorate


def requested_type(w_type, w_cls, qualname):
    """The class `w_type.__new__(w_cls)` instantiates: w_type itself or
    a heap subclass; CPython's TypeErrors for anything else."""
    from fastpy.interpreter.error import oefmt
    from fastpy.objspace import exceptions as exc
    from fastpy.objspace.typeobject import W_TypeObject
    if w_cls is w_type:
        return w_type
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError, "%s.__new__(X): X is not a type object "
                    "(%s)" % (qualname, w_cls.gettype().name))
    if not w_cls.is_subtype(w_type):
        raise oefmt(exc.w_TypeError, "%s.__new__(%s): %s is not a subtype "
                    "of %s" % (qualname, w_cls.name, w_cls.name, qualname))
    if not w_cls.is_heaptype:
        return w_type
    return w_cls


def overrides_init(w_cls):
    from fastpy.objspace.subtypealloc import overrides_init as _oi
    return _oi(w_cls)
