"""The gateway: RPython functions published as Python builtins.

Declarative form, one line above the implementation:

    @method(w_list_type, 'pop(self, index: int = -1, /)', W_ListObject)
    def list_pop(w_self, index): ...

    @function('divmod(x, y, /)')
    def builtin_divmod(w_x, w_y): ...

    @classmethod_(w_dict_type, 'fromkeys(type, iterable, value=None, /)')
    def dict_fromkeys(w_type, w_iterable, w_value): ...

The signature string is parsed once, at import time, into a Signature:
parameter names, kinds (positional-only before `/`, keyword-only after `*`,
`*args`, `**kwargs`), defaults and an unwrap type per parameter:

    name            a W_Root; a missing argument with default NULL is None
    name: int       an RPython int (index protocol; TypeError otherwise)
    name: float     an RPython float (ints accepted)
    name: str       the RPython unicode value of a str (TypeError otherwise)
    name: bool      is_true(value)
    *args           a list of W_Root
    **kwargs        (names, values): a list of utf-8 str and a list of W_Root

Defaults are literals: None (the None object), NULL (absent), ints,
floats, 'strings', True/False.  A wrapper generated per signature checks
the arguments with CPython's messages and calls the implementation with
unwrapped values.  The wrapper is a constant function; in a JIT trace its
argument matching folds for a call site (the Signature is immutable and
the argument list is virtual).

`method`/`classmethod_`/`staticmethod_` store the builtin in the type's
dict, where attribute lookup finds it like any other type attribute.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.function import (W_BuiltinFunction,
                                         w_builtin_function_type)
from fastpy.objspace import exceptions as exc


# ---------------------------------------------------------------- signatures

POS_ONLY, POS_OR_KW, KW_ONLY = 0, 1, 2
NULL = object()         # default marker: the argument is simply absent


class Signature(object):
    """What a builtin accepts.  Built at import time, immutable."""
    _immutable_fields_ = ['name', 'names[*]', 'kinds[*]', 'types[*]',
                          'defaults_w[*]', 'has_default[*]', 'nparams',
                          'npositional', 'varargs', 'varkw', 'min_pos',
                          'display', 'style', 'text_params', 'bound_first']

    def __init__(self, name, names, kinds, types, defaults_w, has_default,
                 varargs, varkw, display):
        self.name = name
        self.display = display   # shown in messages, e.g. 'list.append'
        self.names = names
        self.kinds = kinds
        self.types = types
        self.defaults_w = defaults_w
        self.has_default = has_default
        self.nparams = len(names)
        npos = 0
        min_pos = 0
        for i in range(len(names)):
            if kinds[i] != KW_ONLY:
                npos += 1
                if not has_default[i]:
                    min_pos = npos
        self.npositional = npos
        self.min_pos = min_pos
        self.varargs = varargs
        self.varkw = varkw
        # __text_signature__ (textsignature.py): the parameters as
        # written, without the bound first one; None when a default has
        # no source form (NULL: CPython documents such builtins with
        # several signatures and gives None).
        self.text_params = None
        self.bound_first = None     # '$self' / '$type' / None
        # Which of CPython's message families this builtin uses.
        takes_kw = varkw or KW_ONLY in kinds or POS_OR_KW in kinds
        self.takes_keywords = takes_kw

    def param_index(self, name):
        for i in range(self.nparams):
            if self.names[i] == name and self.kinds[i] != POS_ONLY:
                return i
        return -1


def _wrap_default(text):
    from fastpy.objspace import space
    from fastpy.objspace.intobject import newint
    from fastpy.objspace.floatobject import newfloat
    from fastpy.objspace.strobject import newstr
    if text == 'NULL':
        return None, NULL
    if text == 'None':
        return space.w_None, None
    if text == 'True':
        return space.w_True, True
    if text == 'False':
        return space.w_False, False
    if text[0] in '\'"':
        value = text[1:-1].decode('utf-8')
        return newstr(value), value
    try:
        value = int(text)
        return newint(value), value
    except ValueError:
        value = float(text)
        return newfloat(value), value


def parse_signature(spec, display=None, skip_self=False):
    """'name(a, b: int = 0, /, *args, key=None, **kw)' -> Signature and
    the raw default of every parameter (for the unwrapped types)."""
    name, rest = spec.split('(', 1)
    name = name.strip()
    assert rest.endswith(')'), spec
    rest = rest[:-1].strip()
    names, kinds, types, defaults_w, has_default, raw_defaults = \
        [], [], [], [], [], []
    varargs = varkw = False
    kind = POS_OR_KW
    parts = [p.strip() for p in rest.split(',')] if rest else []
    saw_slash = '/' in parts
    for part in parts:
        if part == '/':
            for i in range(len(kinds)):
                kinds[i] = POS_ONLY
            continue
        if part == '*':
            kind = KW_ONLY
            continue
        if part.startswith('**'):
            varkw = True
            continue
        if part.startswith('*'):
            varargs = True
            kind = KW_ONLY
            continue
        default = None
        if '=' in part:
            part, default = [x.strip() for x in part.split('=', 1)]
        typ = 'obj'
        if ':' in part:
            part, typ = [x.strip() for x in part.split(':', 1)]
        assert typ in ('obj', 'int', 'float', 'str', 'bool'), spec
        names.append(part)
        kinds.append(kind)
        types.append(typ)
        if default is None:
            defaults_w.append(None)
            has_default.append(False)
            raw_defaults.append(None)
        else:
            w_default, raw = _wrap_default(default)
            defaults_w.append(w_default)
            has_default.append(True)
            raw_defaults.append(raw)
    del saw_slash
    sig = Signature(name, names, kinds, types, defaults_w, has_default,
                    varargs, varkw, display or name)
    sig.bound_first, sig.text_params = _text_params(parts)
    return sig, raw_defaults


def _text_params(parts):
    """(bound first parameter, the rest as a __text_signature__ list)."""
    bound = None
    if parts and parts[0] in ('self', 'type', 'cls'):
        bound = '$self' if parts[0] == 'self' else '$type'
        parts = parts[1:]
    text = []
    for part in parts:
        default = None
        if '=' in part:
            part, default = [x.strip() for x in part.split('=', 1)]
            if default == 'NULL':
                return bound, None
        if ':' in part:
            part = part.split(':', 1)[0].strip()
        text.append(part if default is None else '%s=%s' % (part, default))
    return bound, ', '.join(text)


# ---------------------------------------------------------------- matching

def _plural(n):
    return "" if n == 1 else "s"


def arity_error(sig, n, nself=0):
    """CPython's message for n positional arguments that do not fit (n
    and the counts shown leave out the nself bound arguments)."""
    npos = sig.npositional - nself
    min_pos = sig.min_pos - nself
    if not sig.takes_keywords and not sig.varargs:
        if npos == 0:
            return oefmt(exc.w_TypeError, "%s() takes no arguments (%d given)"
                         % (sig.display, n))
        if npos == 1 and min_pos == 1:
            return oefmt(exc.w_TypeError,
                         "%s() takes exactly one argument (%d given)" %
                         (sig.display, n))
        if min_pos == npos:
            return oefmt(exc.w_TypeError, "%s expected %d argument%s, got %d"
                         % (sig.name, npos, _plural(npos), n))
        if n < min_pos:
            return oefmt(exc.w_TypeError,
                         "%s expected at least %d argument%s, got %d" %
                         (sig.name, min_pos, _plural(min_pos), n))
        return oefmt(exc.w_TypeError,
                     "%s expected at most %d argument%s, got %d" %
                     (sig.name, npos, _plural(npos), n))
    if n < min_pos:
        missing = sig.names[n + nself]
        return oefmt(exc.w_TypeError,
                     "%s() missing required argument '%s' (pos %d)" %
                     (sig.name, missing, n + 1))
    # more arguments than parameters at all (keyword-only ones count)
    total = sig.nparams - nself
    if n > total:
        return oefmt(exc.w_TypeError,
                     "%s() takes at most %d argument%s (%d given)" %
                     (sig.name, total, _plural(total), n))
    if npos == 0:
        return oefmt(exc.w_TypeError,
                     "%s() takes no positional arguments" % sig.name)
    if min_pos == npos:
        return oefmt(exc.w_TypeError,
                     "%s() takes exactly %d positional argument%s (%d given)"
                     % (sig.name, npos, _plural(npos), n))
    return oefmt(exc.w_TypeError,
                 "%s() takes at most %d positional argument%s (%d given)" %
                 (sig.name, npos, _plural(npos), n))


@jit.unroll_safe
def match_arguments(sig, args, nself):
    """The value of every parameter (None where absent and defaulting to
    NULL), *args as a list, **kwargs as (names, values).  nself: leading
    arguments already bound (a method's self), not shown in counts."""
    args_w = args.args_w
    n = len(args_w)
    values_w = [None] * sig.nparams
    npos = sig.npositional
    if n > npos and not sig.varargs:
        raise arity_error(sig, n - nself, nself)
    extra_w = None
    if sig.varargs:
        extra_w = []
    for i in range(n):
        if i < npos:
            values_w[i] = args_w[i]
        else:
            extra_w.append(args_w[i])
    kw_names = None
    kw_values_w = None
    nkw = len(args.kw_names)
    if nkw > 0:
        if not sig.takes_keywords:
            raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments"
                        % sig.display)
        for k in range(nkw):
            kw = args.kw_names[k]
            i = sig.param_index(kw)
            if i < 0:
                if sig.varkw:
                    if kw_names is None:
                        kw_names = []
                        kw_values_w = []
                    kw_names.append(kw)
                    kw_values_w.append(args.kw_values_w[k])
                    continue
                raise oefmt(exc.w_TypeError,
                            "'%s' is an invalid keyword argument for %s()" %
                            (kw, sig.name))
            if values_w[i] is not None:
                raise oefmt(exc.w_TypeError,
                            "argument for %s() given by name ('%s') and "
                            "position (%d)" % (sig.name, kw, i + 1 - nself))
            values_w[i] = args.kw_values_w[k]
    for i in range(sig.nparams):
        if values_w[i] is None:
            if sig.has_default[i]:
                values_w[i] = sig.defaults_w[i]
            elif sig.kinds[i] == KW_ONLY:
                raise oefmt(exc.w_TypeError,
                            "%s() missing required keyword-only argument "
                            "'%s'" % (sig.name, sig.names[i]))
            else:
                raise arity_error(sig, n - nself, nself)
    return values_w, extra_w, kw_names, kw_values_w


# ---------------------------------------------------------------- unwrapping

# (Names, not the space module, are imported locally: a module object
# must not flow between blocks of an RPython function.)

def unwrap_int(w_value, name):
    from fastpy.objspace.space import int_w
    return int_w(w_value)


def unwrap_float(w_value, name):
    from fastpy.objspace.space import float_w
    return float_w(w_value)


def unwrap_str(w_value, name):
    from fastpy.objspace.strobject import W_StrObject
    from fastpy.objspace.space import type_name
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument must be str, not %s" %
                    (name, type_name(w_value)))
    return w_value.value


def unwrap_bool(w_value, name):
    from fastpy.objspace.space import is_true
    return is_true(w_value)


def _make_wrapper(sig, raw_defaults, impl, self_cls, nself, w_selftype=None):
    """Generate `wrapper(args)`: match, check self, unwrap, call.  Self is
    checked against the RPython class self_cls, or else against the
    Python type w_selftype (a method found on a type and called with
    any object: `deque.append([], 1)` is CPython's TypeError)."""
    lines = ['def wrapper(args):']
    if self_cls is None and w_selftype is not None:
        # self first, as CPython's method descriptors check it before
        # the other arguments
        lines.append('    if len(args.args_w) > 0 and not '
                     'args.args_w[0].gettype().is_subtype(w_selftype):')
        lines.append('        raise self_error(args.args_w[0])')
    lines.append('    values_w, extra_w, kw_names, kw_values_w = '
                 'match_arguments(sig, args, nself)')
    call_args = []
    for i in range(sig.nparams):
        name = 'a%d' % i
        typ = sig.types[i]
        lines.append('    w_%s = values_w[%d]' % (name, i))
        if i == 0 and self_cls is not None:
            lines.append('    if not isinstance(w_a0, self_cls):')
            lines.append('        raise self_error(w_a0)')
        if typ == 'obj':
            call_args.append('w_' + name)
            continue
        if raw_defaults[i] is NULL:
            # An absent unwrapped argument: the implementation's default.
            raise ValueError('NULL default needs an object parameter: %s'
                             % sig.name)
        conv = 'unwrap_%s(w_%s, sig.name)' % (typ, name)
        lines.append('    %s = %s' % (name, conv))
        call_args.append(name)
    if sig.varargs:
        call_args.append('extra_w')
    if sig.varkw:
        call_args.append('kw_names')
        call_args.append('kw_values_w')
    lines.append('    return impl(%s)' % ', '.join(call_args))
    from fastpy.objspace import space

    def self_error(w_obj):
        if w_selftype is not None:
            type_display = qualified_type_name(w_selftype)
            if _is_slot_wrapper(sig.name):
                return oefmt(exc.w_TypeError,
                             "descriptor '%s' requires a '%s' object but "
                             "received a '%s'" % (sig.name, type_display,
                                                  space.type_name(w_obj)))
        else:
            type_display = display_type
        return oefmt(exc.w_TypeError,
                     "descriptor '%s' for '%s' objects doesn't apply to a "
                     "'%s' object" % (sig.name, type_display,
                                      space.type_name(w_obj)))
    display_type = sig.display.split('.')[0]
    ns = {'match_arguments': match_arguments, 'sig': sig, 'impl': impl,
          'nself': nself, 'self_cls': self_cls, 'self_error': self_error,
          'w_selftype': w_selftype,
          'unwrap_int': unwrap_int, 'unwrap_float': unwrap_float,
          'unwrap_str': unwrap_str, 'unwrap_bool': unwrap_bool,
          'NULL': NULL}
    exec '\n'.join(lines) in ns
    wrapper = ns['wrapper']
    wrapper.__name__ = 'gw_' + impl.__name__
    return wrapper


# Dunder methods that CPython's types define as ordinary methods rather
# than as slot wrappers (whose self check words its error differently).
_PLAIN_DUNDER_METHODS = dict.fromkeys([
    '__reduce__', '__reduce_ex__', '__sizeof__', '__reversed__', '__copy__',
    '__deepcopy__', '__format__', '__getnewargs__', '__getnewargs_ex__',
    '__class_getitem__', '__length_hint__', '__setstate__', '__getstate__',
    '__dir__', '__subclasshook__', '__init_subclass__', '__round__',
    '__trunc__', '__floor__', '__ceil__', '__enter__', '__exit__',
    '__bytes__', '__complex__', '__fspath__', '__instancecheck__',
    '__subclasscheck__', '__subclasses__', '__prepare__'], True)


def _is_slot_wrapper(name):
    return (name.startswith('__') and name.endswith('__') and
            name not in _PLAIN_DUNDER_METHODS)


def qualified_type_name(w_type):
    """'collections.deque' for a type outside builtins, else its name."""
    from fastpy.objspace.strobject import W_StrObject
    w_module = w_type.dict_w.get('__module__', None)
    if isinstance(w_module, W_StrObject):
        module = w_module.value.encode('utf-8')
        if module != 'builtins':
            return '%s.%s' % (module, w_type.name)
    return w_type.name


def interp2app(spec, impl, self_cls=None, display=None, nself=0, doc=None,
               w_objclass=None, check_self_type=False):
    sig, raw_defaults = parse_signature(spec, display)
    w_selftype = None
    if check_self_type and w_objclass is not None and \
            w_objclass.name != 'object':
        w_selftype = w_objclass
    wrapper = _make_wrapper(sig, raw_defaults, impl, self_cls, nself,
                            w_selftype)
    w_func = W_BuiltinFunction(sig.name, wrapper)
    # only an explicit doc: impl.__doc__ describes the RPython code
    w_func.doc = doc
    w_func.w_objclass = w_objclass
    w_func.signature = sig
    if w_objclass is not None and sig.name != '__new__':
        from fastpy.interpreter.function import (w_method_descriptor_type,
                                                 w_wrapper_descriptor_type)
        if _is_slot_wrapper(sig.name):
            w_func.w_functype = w_wrapper_descriptor_type
        else:
            w_func.w_functype = w_method_descriptor_type
    return w_func


# ---------------------------------------------------------------- decorators

def function(spec, doc=None):
    """A builtin function (put it in a module's namespace yourself: the
    decorated name stays the RPython function; `.w_func` is the object)."""
    def decorate(impl):
        impl.w_func = interp2app(spec, impl, doc=doc)
        return impl
    return decorate


def method(w_type, spec, self_cls=None, doc=None):
    """A method of a builtin type, stored in its type dict."""
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl, self_cls,
                            display='%s.%s' % (w_type.name, name), nself=1,
                            doc=doc, w_objclass=w_type, check_self_type=True)
        w_type.add_method(w_func)
        impl.w_func = w_func
        return impl
    return decorate


def classmethod_(w_type, spec, doc=None):
    """A builtin classmethod (dict.fromkeys): bound to the class when
    looked up on the type or an instance."""
    def decorate(impl):
        from fastpy.objspace.descriptor import W_ClassMethod
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl,
                            display='%s.%s' % (w_type.name, name), nself=1,
                            doc=doc, w_objclass=w_type)
        w_func.w_functype = w_builtin_function_type
        w_type.dict_w[name] = W_ClassMethod(w_func, immortal=True)
        impl.w_func = w_func
        return impl
    return decorate


def staticmethod_(w_type, spec, doc=None):
    """A builtin static method (str.maketrans, and every __new__)."""
    def decorate(impl):
        from fastpy.objspace.descriptor import W_StaticMethod
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl,
                            display='%s.%s' % (w_type.name, name), doc=doc,
                            w_objclass=w_type)
        w_func.w_functype = w_builtin_function_type
        if name == '__new__':
            # CPython stores a builtin function (not a staticmethod) for
            # __new__; type.__call__ passes the class explicitly.
            w_type.dict_w[name] = w_func
        else:
            w_type.dict_w[name] = W_StaticMethod(w_func, immortal=True)
        impl.w_func = w_func
        return impl
    return decorate


def getset(w_type, name, getter, setter=None, doc=None, member=False):
    """A computed attribute of a builtin type (int.real, f.__name__);
    member: a read-only field in CPython (property.fget)."""
    from fastpy.objspace.descriptor import W_GetSetDescr
    w_descr = W_GetSetDescr(name, w_type, getter, setter, doc, member)
    w_type.dict_w[name] = w_descr
    return w_descr


# ---------------------------------------------------------------- legacy

def check_arity(name, args, min_args, max_args, allow_kw=False, nself=0):
    """nself: leading arguments (a method's self) not shown in messages."""
    n = len(args.args_w) - nself
    min_args -= nself
    max_args -= nself if max_args >= 0 else 0
    if not allow_kw and len(args.kw_names) > 0:
        raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments" %
                    name)
    if min_args == max_args and n != min_args:
        if min_args == 0:
            raise oefmt(exc.w_TypeError,
                        "%s() takes no arguments (%d given)" % (name, n))
        if min_args == 1:
            raise oefmt(exc.w_TypeError,
                        "%s() takes exactly one argument (%d given)" %
                        (name, n))
        raise oefmt(exc.w_TypeError, "%s expected %d arguments, got %d" %
                    (name, min_args, n))
    if n < min_args:
        raise oefmt(exc.w_TypeError,
                    "%s expected at least %d argument%s, got %d" %
                    (name, min_args, "s" if min_args != 1 else "", n))
    if max_args >= 0 and n > max_args:
        raise oefmt(exc.w_TypeError,
                    "%s expected at most %d argument%s, got %d" %
                    (name, max_args, "s" if max_args != 1 else "", n))


def make_builtin(name, impl, min_args, max_args, allow_kw=False,
                 display_name=None, nself=0):
    """Wrap impl(args) so that arity is checked first (builtins whose
    arguments do not fit a Signature, e.g. print, min, max)."""
    shown = display_name or name

    def checked(args):
        check_arity(shown, args, min_args, max_args, allow_kw, nself)
        return impl(args)
    checked.__name__ = 'builtin_' + name.replace('.', '_')
    return W_BuiltinFunction(name, checked)


def kwarg(args, name):
    """The value of keyword argument `name`, or None."""
    for i in range(len(args.kw_names)):
        if args.kw_names[i] == name:
            return args.kw_values_w[i]
    return None


def reject_other_kwargs(fname, args, allowed):
    for kw in args.kw_names:
        if kw not in allowed:
            raise oefmt(exc.w_TypeError,
                        "'%s' is an invalid keyword argument for %s()" %
                        (kw, fname))


def legacy_method(w_type, name, impl, min_args, max_args, allow_kw=False):
    """Old-style registration of impl(args) as a method (min/max count
    the explicit arguments; self is added here).  Prefer `method`."""
    w_type.add_method(make_builtin(name, impl, min_args + 1, max_args + 1,
                                   allow_kw, w_type.name + '.' + name,
                                   nself=1))
