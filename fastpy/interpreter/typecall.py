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
        staticmethod_(w_type, new_spec, doc=doc)(impl)
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
        w_type.constructor = interp2app(spec, ctor, doc=doc)
        return impl
    return decorate
