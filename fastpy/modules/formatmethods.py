"""String formatting as builtins and methods: format(), ascii(),
str.format, str.format_map and the __format__ methods of int, float and
str, complex (engines in objspace/formatspec.py and strformat.py; object.__format__
is in objspace/typemethods.py).
"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import function, method
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace.strobject import W_StrObject, w_str_type, newstr
from fastpy.objspace.intobject import W_IntObject, w_int_type
from fastpy.objspace.floatobject import W_FloatObject, w_float_type
from fastpy.objspace.complexobject import w_complex_type
from fastpy.objspace import formatspec, strformat


@function('format(value, format_spec=NULL, /)')
def builtin_format(w_value, w_spec):
    spec = u''
    if w_spec is not None:
        if not isinstance(w_spec, W_StrObject):
            raise oefmt(exc.w_TypeError,
                        "format() argument 2 must be str, not %s" %
                        space.type_name(w_spec))
        spec = w_spec.value
    return newstr(formatspec.format_w(w_value, spec))


@function('ascii(obj, /)')
def builtin_ascii(w_obj):
    return newstr(formatspec.ascii_u(w_obj))


BUILTINS = [builtin_format.w_func, builtin_ascii.w_func]


@method(w_str_type, 'format(self, /, *args, **kwargs)', W_StrObject)
def str_format(w_self, args_w, kw_names, kw_values_w):
    assert isinstance(w_self, W_StrObject)
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    fargs = strformat.FormatArgs(args_w, kw_names, kw_values_w, None)
    return newstr(strformat.format_string(w_self.value, fargs))


@method(w_str_type, 'format_map(self, mapping, /)', W_StrObject)
def str_format_map(w_self, w_mapping):
    assert isinstance(w_self, W_StrObject)
    fargs = strformat.FormatArgs(None, [], [], w_mapping)
    return newstr(strformat.format_string(w_self.value, fargs))


def _spec(w_spec):
    if not isinstance(w_spec, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "__format__() argument must be str, not %s" %
                    space.type_name(w_spec))
    return w_spec.value


@method(w_int_type, '__format__(self, format_spec, /)')
def int_format(w_self, w_spec):
    return newstr(formatspec.format_int(w_self, _spec(w_spec)))


@method(w_float_type, '__format__(self, format_spec, /)')
def float_format(w_self, w_spec):
    assert isinstance(w_self, W_FloatObject)
    return newstr(formatspec.format_float(w_self, w_self.floatval,
                                          _spec(w_spec)))


@method(w_complex_type, '__format__(self, format_spec, /)')
def complex_format(w_self, w_spec):
    from fastpy.objspace.complexobject import W_ComplexObject
    assert isinstance(w_self, W_ComplexObject)
    return newstr(formatspec.format_complex(w_self, w_self.realval,
                                            w_self.imagval, _spec(w_spec)))


@method(w_str_type, '__format__(self, format_spec, /)')
def str_format_method(w_self, w_spec):
    assert isinstance(w_self, W_StrObject)
    spec = _spec(w_spec)
    if len(spec) == 0:
        return newstr(space.str_u(w_self))
    return newstr(formatspec.format_str(w_self, w_self.value, spec))
