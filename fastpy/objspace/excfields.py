"""The builtin exception families and their fields (CPython's member
slots of exception objects), construction and str().

A *family* is a builtin exception type that adds fields to
BaseException's: StopIteration (value), SystemExit (code), ImportError
(msg, name, path), OSError (errno, strerror, filename, filename2,
characters_written), SyntaxError (msg, filename, lineno, ...), the three
Unicode errors (encoding, object, start, end, reason), NameError (name),
AttributeError (name, obj), and the exception groups (their fields live
in W_ExceptionGroup).  An instance's family is the first family type in
its type's MRO; its fields are `W_BaseException.fields_w`, one counted
slot per field name, None meaning CPython's NULL (read as None, or 0 for
start/end).

Construction follows CPython: `__new__` (BaseException_new, OSError_new
with its errno -> subclass mapping, BaseExceptionGroup_new) takes the
positional arguments as `args`; each family's `__init__` (in the family
type's dict) parses the arguments and keywords with CPython's messages.
Calling an exact builtin exception type runs both.  Exceptions made by
RPython code (`W_BaseException(w_type, args_w)`, oefmt) get their fields
from their args the first time a field is read (`get_fields`).

The fields are getset descriptors in the family types' dicts (CPython
has member descriptors there), so `e.value = 1`, `del e.errno` and user
subclasses that assign them in their __init__ work as in CPython.
"""

from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, staticmethod_, getset
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.exceptions import W_BaseException
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.intobject import W_IntObject, newint, w_int_type
from fastpy.objspace.bytesobject import W_BytesObject


# ---------------------------------------------------------------- families

K_BASE = 0
K_STOP = 1
K_EXIT = 2
K_IMPORT = 3
K_OSERROR = 4
K_SYNTAX = 5
K_UENCODE = 6
K_UDECODE = 7
K_UTRANSLATE = 8
K_NAME = 9
K_ATTRIBUTE = 10
K_GROUP = 11


class Family(object):
    """A builtin exception type with fields of its own.  The field order
    is CPython's release order (its tp_clear)."""
    _immutable_fields_ = ['kind', 'w_type', 'fields[*]']

    def __init__(self, kind, w_type, fields):
        self.kind = kind
        self.w_type = w_type
        self.fields = fields

    def index(self, name):
        for i in range(len(self.fields)):
            if self.fields[i] == name:
                return i
        return -1


UNICODE_FIELDS = ['encoding', 'object', 'reason', 'start', 'end']
# Positions the code below relies on.
OS_ERRNO, OS_STRERROR, OS_FILENAME, OS_FILENAME2, OS_WRITTEN = 0, 1, 2, 3, 4
SY_MSG, SY_FILENAME, SY_LINENO, SY_OFFSET, SY_TEXT = 0, 1, 2, 3, 4
SY_END_LINENO, SY_END_OFFSET = 5, 6
U_ENCODING, U_OBJECT, U_REASON, U_START, U_END = 0, 1, 2, 3, 4
IM_MSG, IM_NAME, IM_PATH = 0, 1, 2

NO_FAMILY = Family(K_BASE, exc.w_BaseException, [])

FAMILIES = [
    Family(K_STOP, exc.w_StopIteration, ['value']),
    Family(K_EXIT, exc.w_SystemExit, ['code']),
    Family(K_IMPORT, exc.w_ImportError, ['msg', 'name', 'path']),
    Family(K_OSERROR, exc.w_OSError, ['errno', 'strerror', 'filename',
                                      'filename2', 'characters_written']),
    Family(K_SYNTAX, exc.w_SyntaxError,
           ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno',
            'end_offset', 'print_file_and_line']),
    Family(K_UENCODE, exc.w_UnicodeEncodeError, UNICODE_FIELDS),
    Family(K_UDECODE, exc.w_UnicodeDecodeError, UNICODE_FIELDS),
    Family(K_UTRANSLATE, exc.w_UnicodeTranslateError, UNICODE_FIELDS),
    Family(K_NAME, exc.w_NameError, ['name']),
    Family(K_ATTRIBUTE, exc.w_AttributeError, ['obj', 'name']),
    Family(K_GROUP, exc.w_BaseExceptionGroup, []),
]


@jit.elidable
def _family(w_type, version):
    for w_t in w_type.mro_w:
        for fam in FAMILIES:
            if fam.w_type is w_t:
                return fam
    return NO_FAMILY


def family_of(w_type):
    w_type = jit.promote(w_type)
    return _family(w_type, jit.promote(w_type.version))


def get_fields(w_exc, fam):
    """The field slots of w_exc (a member of fam).  An exception made by
    RPython code gets them from its args now."""
    fields_w = w_exc.fields_w
    if fields_w is None:
        fields_w = _new_fields(fam)
        w_exc.fields_w = fields_w
        args_w = [None] * len(w_exc.args_w)     # (args_w: not resizable)
        for i in range(len(args_w)):
            args_w[i] = w_exc.args_w[i]
        try:
            _init_family(w_exc, fam, args_w, None, None, False)
        except OperationError as e:
            refcount.discard(e.w_exc)
    return fields_w


def _new_fields(fam):
    fields_w = [None] * len(fam.fields)
    make_sure_not_resized(fields_w)
    return fields_w


def _field(w_exc, fam, i):
    return get_fields(w_exc, fam)[i]


def _set_field(w_exc, fam, i, w_value):
    """Store w_value (None: NULL) in field i, counting it."""
    fields_w = get_fields(w_exc, fam)
    w_old = fields_w[i]
    refcount.incref(w_value)
    fields_w[i] = w_value
    refcount.decref(w_old)


def _or_none(w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


@jit.look_inside_iff(lambda w_exc, args_w: jit.loop_unrolling_heuristic(
    args_w, len(args_w), 8))
def _set_args(w_exc, args_w):
    new_w = [None] * len(args_w)      # args_w is never resized
    for i in range(len(args_w)):
        new_w[i] = args_w[i]
        refcount.incref(args_w[i])
    old_w = w_exc.args_w
    w_exc.args_w = new_w
    for w_arg in old_w:
        refcount.decref(w_arg)


def _has_kw(kw_names):
    return kw_names is not None and len(kw_names) > 0


def _no_keywords(w_type, kw_names):
    """CPython's _PyArg_NoKeywords(type name, kwds)."""
    if _has_kw(kw_names):
        raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments" %
                    w_type.name)


# ---------------------------------------------------------------- __new__

def allocate(w_type, args_w):
    """A new exception of w_type with `args` = args_w and NULL fields
    (BaseException_new's allocation)."""
    fam = family_of(w_type)
    if w_type.is_heaptype:
        from fastpy.objspace.userobjects import W_UserException
        w_exc = W_UserException(w_type, list(args_w))
        w_exc.init_map(w_type)
    else:
        w_exc = W_BaseException(w_type, list(args_w))
    w_exc.fields_w = _new_fields(fam)
    return w_exc


def oserror_use_init(w_type):
    """CPython's oserror_use_init: a subclass that overrides __init__
    but not __new__ parses its arguments in __init__."""
    w_init = w_type.lookup('__init__')
    if w_init is _INIT_FUNCS[K_OSERROR]:
        return False
    return w_type.lookup('__new__') is exception_new.w_func


def exc_new(w_type, args_w, kw_names):
    """BaseException.__new__(w_type, *args_w, **kw): the new instance
    (a temporary)."""
    fam = family_of(w_type)
    if fam.kind == K_GROUP:
        _no_keywords(w_type, kw_names)
        from fastpy.objspace.excinstances import new_exception_group
        return new_exception_group(w_type, args_w)
    if fam.kind == K_OSERROR:
        if oserror_use_init(w_type):
            return allocate(w_type, [])
        _no_keywords(w_type, kw_names)
        if w_type is exc.w_OSError and 2 <= len(args_w) <= 5:
            w_sub = _errno_subclass(args_w[0])
            if w_sub is not None:
                w_type = w_sub
        w_exc = allocate(w_type, [])
        try:
            _oserror_init(w_exc, fam, args_w)
        except OperationError:
            refcount.discard(w_exc)
            raise
        return w_exc
    return allocate(w_type, args_w)


def _errno_subclass(w_errno):
    from fastpy.objspace.excinstances import ERRNO_MAP
    if not isinstance(w_errno, W_IntObject):     # ints and bools
        return None
    return ERRNO_MAP.get(w_errno.intval, None)


@staticmethod_(exc.w_BaseException, '__new__(type, /, *args, **kwargs)')
def exception_new(w_cls, args_w, kw_names, kw_values_w):
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError, "BaseException.__new__(X): X is not "
                    "a type object (%s)" % space.type_name(w_cls))
    if not w_cls.is_subtype(exc.w_BaseException):
        raise oefmt(exc.w_TypeError, "BaseException.__new__(%s): %s is not "
                    "a subtype of BaseException" % (w_cls.name, w_cls.name))
    return exc_new(w_cls, args_w, kw_names)


def construct(w_type, args):
    """w_type(*args) for an exact builtin exception type: its __new__,
    then its family's __init__ (the type's tp_init)."""
    w_exc = exc_new(w_type, args.args_w, args.kw_names)
    assert isinstance(w_exc, W_BaseException)
    fam = family_of(w_exc.gettype())
    try:
        _init_family(w_exc, fam, args.args_w, args.kw_names,
                     args.kw_values_w, True)
    except OperationError:
        refcount.discard(w_exc)
        raise
    return w_exc


# ---------------------------------------------------------------- __init__

def _init_family(w_exc, fam, args_w, kw_names, kw_values_w, strict):
    """The __init__ of family `fam` on w_exc.  `strict` False: the lazy
    fill from args of an exception made by RPython code (args are kept
    as they are)."""
    kind = fam.kind
    if kind == K_OSERROR:
        if strict:
            w_type = w_exc.gettype()
            if not oserror_use_init(w_type):
                return          # everything was done by __new__
            _no_keywords(w_type, kw_names)
        _oserror_init(w_exc, fam, args_w, strict)
        return
    if kind == K_IMPORT or kind == K_NAME or kind == K_ATTRIBUTE:
        if strict:
            _set_args(w_exc, args_w)
        _kw_fields_init(w_exc, fam, kw_names, kw_values_w)
        if kind == K_IMPORT:
            w_msg = args_w[0] if len(args_w) == 1 else None
            _set_field(w_exc, fam, IM_MSG, w_msg)
        return
    if strict:
        _no_keywords(w_exc.gettype(), kw_names)
        _set_args(w_exc, args_w)
    if kind == K_STOP:
        w_value = args_w[0] if len(args_w) > 0 else space.w_None
        _set_field(w_exc, fam, 0, w_value)
    elif kind == K_EXIT:
        if len(args_w) == 1:
            _set_field(w_exc, fam, 0, args_w[0])
        elif len(args_w) > 1:
            _set_field(w_exc, fam, 0, newtuple(list(args_w)))
    elif kind == K_SYNTAX:
        _syntax_init(w_exc, fam, args_w)
    elif kind == K_UENCODE or kind == K_UDECODE or kind == K_UTRANSLATE:
        _unicode_init(w_exc, fam, args_w, strict)


KW_FIELDS = {K_IMPORT: ('ImportError', ['name', 'path']),
             K_NAME: ('NameError', ['name']),
             K_ATTRIBUTE: ('AttributeError', ['name', 'obj'])}


def _kw_fields_init(w_exc, fam, kw_names, kw_values_w):
    """The keyword-only fields (`|$OO:ImportError` and friends): every
    one is set, to NULL when not given."""
    fname, allowed = KW_FIELDS[fam.kind]
    n = 0
    if kw_names is not None:
        n = len(kw_names)
        if n > len(allowed):
            raise oefmt(exc.w_TypeError,
                        "%s() takes at most %d keyword argument%s (%d given)"
                        % (fname, len(allowed),
                           's' if len(allowed) != 1 else '', n))
        for kw in kw_names:
            if kw not in allowed:
                raise oefmt(exc.w_TypeError, "'%s' is an invalid keyword "
                            "argument for %s()" % (kw, fname))
    for name in allowed:
        w_value = None
        for j in range(n):
            if kw_names[j] == name:
                w_value = kw_values_w[j]
        _set_field(w_exc, fam, fam.index(name), w_value)


def _oserror_init(w_exc, fam, args_w, strict=True):
    """oserror_parse_args + oserror_init."""
    n = len(args_w)
    if not (2 <= n <= 5):
        if strict:
            _set_args(w_exc, args_w)
        return
    w_errno = args_w[0]
    w_strerror = args_w[1]
    w_filename = args_w[2] if n >= 3 else None
    w_filename2 = args_w[4] if n == 5 else None
    new_args_w = args_w
    if w_filename is not None and w_filename is not space.w_None:
        if w_exc.gettype() is exc.w_BlockingIOError and \
                _number_check(w_filename):
            written = _as_ssize(w_filename, exc.w_ValueError)
            _set_field(w_exc, fam, OS_WRITTEN, newint(written))
        else:
            _set_field(w_exc, fam, OS_FILENAME, w_filename)
            if w_filename2 is not None and w_filename2 is not space.w_None:
                _set_field(w_exc, fam, OS_FILENAME2, w_filename2)
            new_args_w = [args_w[0], args_w[1]]
    _set_field(w_exc, fam, OS_ERRNO, w_errno)
    _set_field(w_exc, fam, OS_STRERROR, w_strerror)
    if strict:
        _set_args(w_exc, new_args_w)


def _number_check(w_obj):
    """PyNumber_Check."""
    from fastpy.objspace.floatobject import W_FloatObject
    from fastpy.objspace.complexobject import W_ComplexObject
    if space.is_int(w_obj) or isinstance(w_obj, W_FloatObject) or \
            isinstance(w_obj, W_ComplexObject):
        return True
    w_type = w_obj.gettype()
    return (w_type.lookup('__index__') is not None or
            w_type.lookup('__int__') is not None or
            w_type.lookup('__float__') is not None)


def _as_ssize(w_obj, w_overflow_type):
    """PyNumber_AsSsize_t(w_obj, w_overflow_type)."""
    try:
        return space.int_w(w_obj)
    except OperationError as e:
        if w_overflow_type is not None and e.match(exc.w_OverflowError):
            refcount.discard(e.w_exc)
            raise oefmt(w_overflow_type, "cannot fit '%s' into an "
                        "index-sized integer" % space.type_name(w_obj))
        raise


def _tuple_arity_error(n, least, most):
    """PyArg_ParseTuple's message for a wrong number of items."""
    if least == most:
        return oefmt(exc.w_TypeError, "function takes exactly %d arguments "
                     "(%d given)" % (least, n))
    if n < least:
        return oefmt(exc.w_TypeError, "function takes at least %d arguments "
                     "(%d given)" % (least, n))
    return oefmt(exc.w_TypeError, "function takes at most %d arguments "
                 "(%d given)" % (most, n))


def _syntax_init(w_exc, fam, args_w):
    n = len(args_w)
    if n >= 1:
        _set_field(w_exc, fam, SY_MSG, args_w[0])
    if n != 2:
        return
    info_w = space.iterate(args_w[1])          # PySequence_Tuple
    _set_field(w_exc, fam, SY_END_LINENO, None)
    _set_field(w_exc, fam, SY_END_OFFSET, None)
    if not (4 <= len(info_w) <= 6):
        raise _tuple_arity_error(len(info_w), 4, 6)
    for i in range(len(info_w)):
        _set_field(w_exc, fam, SY_FILENAME + i, info_w[i])
    if len(info_w) == 5:
        raise oefmt(exc.w_TypeError, "end_offset must be provided when "
                    "end_lineno is provided")


def _unicode_init(w_exc, fam, args_w, strict):
    """'UUnnU' (encode), 'UOnnU' (decode, object made bytes), 'UnnU'
    (translate)."""
    kind = fam.kind
    for i in range(len(fam.fields)):
        if i != U_START and i != U_END:
            _set_field(w_exc, fam, i, None)
    nargs = 4 if kind == K_UTRANSLATE else 5
    if len(args_w) != nargs:
        if strict:
            raise _tuple_arity_error(len(args_w), nargs, nargs)
        return
    first = 0
    if kind != K_UTRANSLATE:
        _check_str(args_w[0], 1)
        first = 1
    w_object = args_w[first]
    if kind != K_UDECODE:
        _check_str(w_object, first + 1)
    start = space.int_w(args_w[first + 1])
    _set_field(w_exc, fam, U_START, newint(start))
    end = space.int_w(args_w[first + 2])
    _set_field(w_exc, fam, U_END, newint(end))
    _check_str(args_w[first + 3], first + 4)
    if kind == K_UDECODE and not isinstance(w_object, W_BytesObject):
        w_object = _bytes_from_buffer(w_object)
    if kind != K_UTRANSLATE:
        _set_field(w_exc, fam, U_ENCODING, args_w[0])
    _set_field(w_exc, fam, U_OBJECT, w_object)
    _set_field(w_exc, fam, U_REASON, args_w[first + 3])


def _check_str(w_obj, position):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "argument %d must be str, not %s" %
                    (position, space.type_name(w_obj)))


def _bytes_from_buffer(w_obj):
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_obj, W_BytearrayObject):
        return W_BytesObject(w_obj.as_str())
    if isinstance(w_obj, W_MemoryView):
        return W_BytesObject(w_obj.as_str())
    raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                "'%s'" % space.type_name(w_obj))


def _make_init(fam):
    def init(w_self, args_w, kw_names, kw_values_w):
        if not w_self.gettype().is_subtype(fam.w_type):
            raise oefmt(exc.w_TypeError, "descriptor '__init__' requires a "
                        "'%s' object but received a '%s'" %
                        (fam.w_type.name, space.type_name(w_self)))
        assert isinstance(w_self, W_BaseException)
        _init_family(w_self, fam, args_w, kw_names, kw_values_w, True)
        return space.w_None
    init.__name__ = 'exception_init_%s' % fam.w_type.name
    return init


def _register_inits():
    funcs = {}
    for fam in [NO_FAMILY] + FAMILIES:
        impl = _make_init(fam)
        method(fam.w_type, '__init__(self, /, *args, **kwargs)')(impl)
        funcs[fam.kind] = impl.w_func
    return funcs

_INIT_FUNCS = _register_inits()


# ---------------------------------------------------------------- fields

def _make_field_getset(fam, i):
    name = fam.fields[i]
    is_ssize = (name == 'start' or name == 'end')

    def get(w_obj):
        assert isinstance(w_obj, W_BaseException)
        w_value = _field(w_obj, fam, i)
        if w_value is None:
            if is_ssize:
                return newint(0)
            return space.w_None
        return w_value

    def set(w_obj, w_value):
        assert isinstance(w_obj, W_BaseException)
        if is_ssize:
            if w_value is None:
                raise oefmt(exc.w_TypeError,
                            "can't delete numeric/char attribute")
            if not space.is_int(w_value):
                raise oefmt(exc.w_TypeError, "an integer is required")
            w_value = newint(space.int_w(w_value))
        _set_field(w_obj, fam, i, w_value)

    get.__name__ = 'get_%s_%s' % (fam.w_type.name, name)
    set.__name__ = 'set_%s_%s' % (fam.w_type.name, name)
    getset(fam.w_type, name, get, set)


def _get_written(w_obj):
    assert isinstance(w_obj, W_BaseException)
    fam = family_of(w_obj.gettype())
    w_value = _field(w_obj, fam, OS_WRITTEN)
    if w_value is None:
        raise oefmt(exc.w_AttributeError, "characters_written")
    return w_value


def _set_written(w_obj, w_value):
    assert isinstance(w_obj, W_BaseException)
    fam = family_of(w_obj.gettype())
    if w_value is None:
        if _field(w_obj, fam, OS_WRITTEN) is None:
            raise oefmt(exc.w_AttributeError, "characters_written")
        _set_field(w_obj, fam, OS_WRITTEN, None)
        return
    _set_field(w_obj, fam, OS_WRITTEN,
               newint(_as_ssize(w_value, exc.w_ValueError)))


def _register_fields():
    for fam in FAMILIES:
        for i in range(len(fam.fields)):
            if fam.fields[i] == 'characters_written':
                getset(fam.w_type, 'characters_written', _get_written,
                       _set_written)
            else:
                _make_field_getset(fam, i)

_register_fields()


# ---------------------------------------------------------------- str()

def family_str(w_exc):
    """str() of an exception whose family formats it itself, or None
    (then BaseException's str applies)."""
    fam = family_of(w_exc.gettype())
    kind = fam.kind
    if kind == K_BASE or kind == K_STOP or kind == K_EXIT or \
            kind == K_NAME or kind == K_ATTRIBUTE or kind == K_GROUP:
        return None
    if kind == K_OSERROR:
        return _oserror_str(w_exc, fam)
    if kind == K_IMPORT:
        w_msg = _field(w_exc, fam, IM_MSG)
        if w_msg is not None and type(w_msg) is W_StrObject:
            return w_msg.value
        return None
    if kind == K_SYNTAX:
        return _syntax_str(w_exc, fam)
    return _unicode_str(w_exc, fam)


def _str_or_null(w_obj):
    if w_obj is None:
        return u'<NULL>'
    return space.str_u(w_obj)


def _oserror_str(w_exc, fam):
    fields_w = get_fields(w_exc, fam)
    w_errno = _or_none(fields_w[OS_ERRNO])
    w_strerror = _or_none(fields_w[OS_STRERROR])
    w_filename = fields_w[OS_FILENAME]
    if w_filename is not None:
        s = (u'[Errno ' + space.str_u(w_errno) + u'] ' +
             space.str_u(w_strerror) + u': ' + space.repr_u(w_filename))
        w_filename2 = fields_w[OS_FILENAME2]
        if w_filename2 is not None:
            s += u' -> ' + space.repr_u(w_filename2)
        return s
    if fields_w[OS_ERRNO] is not None and fields_w[OS_STRERROR] is not None:
        return (u'[Errno ' + space.str_u(w_errno) + u'] ' +
                space.str_u(w_strerror))
    return None


def _syntax_str(w_exc, fam):
    fields_w = get_fields(w_exc, fam)
    msg = space.str_u(_or_none(fields_w[SY_MSG]))
    w_filename = fields_w[SY_FILENAME]
    filename = None
    if w_filename is not None and isinstance(w_filename, W_StrObject):
        filename = _basename(w_filename.value)
    w_lineno = fields_w[SY_LINENO]
    have_lineno = w_lineno is not None and space.is_int(w_lineno) and \
        w_lineno.gettype() is w_int_type
    if filename is None and not have_lineno:
        return msg
    lineno = u''
    if have_lineno:
        try:
            lineno = str(space.int_w(w_lineno)).decode('ascii')
        except OperationError as e:      # overflow: CPython prints -1
            refcount.discard(e.w_exc)
            lineno = u'-1'
    if filename is not None and have_lineno:
        return msg + u' (' + filename + u', line ' + lineno + u')'
    if filename is not None:
        return msg + u' (' + filename + u')'
    return msg + u' (line ' + lineno + u')'


def _basename(path):
    i = len(path) - 1
    while i >= 0:
        if path[i] == u'/':
            start = i + 1
            assert start >= 0
            return path[start:]
        i -= 1
    return path


def _unicode_str(w_exc, fam):
    from fastpy.objspace.excinstances import _hex_digits, _char_escape
    fields_w = get_fields(w_exc, fam)
    w_obj = fields_w[U_OBJECT]
    if w_obj is None:
        return u''
    reason = _str_or_null(fields_w[U_REASON])
    start = 0
    end = 0
    if fields_w[U_START] is not None:
        start = space.int_w(fields_w[U_START])
    if fields_w[U_END] is not None:
        end = space.int_w(fields_w[U_END])
    kind = fam.kind
    if kind == K_UDECODE:
        encoding = _str_or_null(fields_w[U_ENCODING])
        if isinstance(w_obj, W_BytesObject) and \
                0 <= start < len(w_obj.value) and end == start + 1:
            byte = ord(w_obj.value[start])
            detail = '0x%s in position %d: ' % (_hex_digits(byte, 2), start)
            return (u"'" + encoding + u"' codec can't decode byte " +
                    detail.decode('ascii') + reason)
        detail = '%d-%d: ' % (start, end - 1)
        return (u"'" + encoding + u"' codec can't decode bytes in position "
                + detail.decode('ascii') + reason)
    if kind == K_UENCODE:
        prefix = u"'" + _str_or_null(fields_w[U_ENCODING]) + \
            u"' codec can't encode"
    else:
        prefix = u"can't translate"
    if isinstance(w_obj, W_StrObject) and \
            0 <= start < len(w_obj.value) and end == start + 1:
        detail = "%s' in position %d: " % (
            _char_escape(ord(w_obj.value[start])), start)
        return prefix + u" character '" + detail.decode('ascii') + reason
    detail = '%d-%d: ' % (start, end - 1)
    return prefix + u" characters in position " + detail.decode('ascii') + \
        reason


# ---------------------------------------------------------------- pickling

def _state_dict(w_exc):
    """The instance dict CPython would have (None if it has none)."""
    from fastpy.objspace.userobjects import W_UserException
    if isinstance(w_exc, W_UserException):
        if len(w_exc.attribute_names()) == 0 and \
                not w_exc.getmap().devolved:
            return None
    elif w_exc.w_attrdict is None:
        return None
    return w_exc.getdict()


@method(exc.w_BaseException, '__reduce__(self, /)', W_BaseException)
def exception_reduce(w_self):
    w_type = w_self.gettype()
    fam = family_of(w_type)
    w_args = newtuple(list(w_self.args_w))
    w_state = _state_dict(w_self)
    if fam.kind == K_OSERROR:
        fields_w = get_fields(w_self, fam)
        w_filename = fields_w[OS_FILENAME]
        if len(w_self.args_w) == 2 and w_filename is not None:
            items_w = [w_self.args_w[0], w_self.args_w[1], w_filename]
            w_filename2 = fields_w[OS_FILENAME2]
            if w_filename2 is not None:
                items_w.append(space.w_None)
                items_w.append(w_filename2)
            refcount.discard(w_args)
            w_args = newtuple(items_w)
    elif fam.kind == K_IMPORT:
        fields_w = get_fields(w_self, fam)
        if fields_w[IM_NAME] is not None or fields_w[IM_PATH] is not None:
            from fastpy.objspace.dictobject import newdict, W_DictObject
            w_new = newdict()
            if w_state is not None:
                assert isinstance(w_state, W_DictObject)
                for w_key in w_state.keys():
                    w_new.setitem(w_key, w_state.getitem(w_key))
            if fields_w[IM_NAME] is not None:
                w_new.setitem_str('name', fields_w[IM_NAME])
            if fields_w[IM_PATH] is not None:
                w_new.setitem_str('path', fields_w[IM_PATH])
            w_state = w_new
    if w_state is None:
        return newtuple([w_type, w_args])
    return newtuple([w_type, w_args, w_state])


@method(exc.w_BaseException, '__setstate__(self, state, /)',
        W_BaseException)
def exception_setstate(w_self, w_state):
    from fastpy.objspace.dictobject import W_DictObject
    if w_state is space.w_None:
        return space.w_None
    if not isinstance(w_state, W_DictObject):
        raise oefmt(exc.w_TypeError, "state is not a dictionary")
    from fastpy.objspace.attribute import setattr_w
    for w_key in w_state.keys():
        w_value = w_state.getitem(w_key)
        if not isinstance(w_key, W_StrObject):
            raise oefmt(exc.w_TypeError, "attribute name must be string, "
                        "not '%s'" % space.type_name(w_key))
        setattr_w(w_self, w_key.value.encode('utf-8'), w_value)
    return space.w_None


# ---------------------------------------------------------------- codecs

def unicode_error(w_type, encoding, w_object, start, end, reason):
    """The OperationError a codec raises: w_type(encoding, w_object,
    start, end, reason), its fields read from these args."""
    args_w = [space.newtext(encoding), w_object, newint(start), newint(end),
              space.newtext(reason)]
    return OperationError(W_BaseException(w_type, args_w))


# ---------------------------------------------------------------- raising

def attribute_error(msg, w_obj, name):
    """The AttributeError of a failed attribute lookup, with `name` and
    `obj` set as CPython's lookups set them."""
    w_exc = W_BaseException(exc.w_AttributeError, [space.newtext(msg)])
    fam = family_of(exc.w_AttributeError)
    w_exc.fields_w = _new_fields(fam)
    _set_field(w_exc, fam, fam.index('obj'), w_obj)
    _set_field(w_exc, fam, fam.index('name'), space.newtext(name))
    return OperationError(w_exc)


def name_error(msg, name):
    """The NameError of an undefined name, with `name` set."""
    w_exc = W_BaseException(exc.w_NameError, [space.newtext(msg)])
    fam = family_of(exc.w_NameError)
    w_exc.fields_w = _new_fields(fam)
    _set_field(w_exc, fam, 0, space.newtext(name))
    return OperationError(w_exc)


def exception_field(w_exc, name):
    """The field `name` of w_exc's family as stored: None for NULL (and
    for a field its family lacks)."""
    fam = family_of(w_exc.gettype())
    i = fam.index(name)
    if i < 0:
        return None
    return _field(w_exc, fam, i)


def add_attribute_error_context(operr, w_obj, name):
    """An AttributeError leaving the lookup of obj.name gets `name` and
    `obj` unless it has one of them (CPython's
    set_attribute_error_context)."""
    if not operr.match(exc.w_AttributeError):
        return
    w_exc = operr.w_exc
    fam = family_of(w_exc.gettype())
    if fam.kind != K_ATTRIBUTE:
        return
    i_obj = fam.index('obj')
    i_name = fam.index('name')
    if _field(w_exc, fam, i_obj) is not None or \
            _field(w_exc, fam, i_name) is not None:
        return
    _set_field(w_exc, fam, i_name, space.newtext(name))
    _set_field(w_exc, fam, i_obj, w_obj)
