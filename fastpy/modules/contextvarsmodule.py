"""The `_contextvars` module (behind contextvars.py, used by decimal):
ContextVar, Token, Context and copy_context, as CPython 3.11's
Python/context.c.

A Context's mapping is immutable and shared: `w_vars` is a dict that is
never changed once made; ContextVar.set/reset give the context a new
dict (copy-on-write), so Context.copy() just shares it.  The contexts
entered with Context.run() are a stack, held in a hidden root list
(hiddenroots.py) whose last item is the current context; the thread's
base context is made on first use."""

from rpython.rlib.objectmodel import compute_unique_id

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type, BuiltinIterator
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.exceptions import W_BaseException
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.slots import publish
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import newtuple

module = ModuleDef('_contextvars', 'Context Variables')

w_context_type = module_type('Context', '_contextvars')
w_contextvar_type = module_type('ContextVar', '_contextvars')
w_token_type = module_type('Token', '_contextvars')
w_missing_type = module_type('Token.MISSING', '_contextvars')
w_ctx_iter_type = module_type('context_iterator', '_contextvars')


def _addr(w_obj):
    from fastpy.objspace.protocol import _hex_addr
    return _hex_addr(compute_unique_id(w_obj)).decode('ascii')


class W_Missing(W_Root):
    def gettype(self):
        return w_missing_type

    def sp_repr(self):
        return u'<Token.MISSING>'

w_MISSING = W_Missing()


# ---------------------------------------------------------------- Context

class W_Context(W_Counted):
    _attrs_ = ['w_vars', 'entered']

    def __init__(self, w_vars):
        refcount.incref(w_vars)
        self.w_vars = w_vars
        self.entered = False

    def gettype(self):
        return w_context_type

    def referents(self):
        return [self.w_vars]

    def release_children(self):
        w_vars = self.w_vars
        self.w_vars = None
        refcount.decref(w_vars)

    def get_vars(self):
        w_vars = self.w_vars
        assert isinstance(w_vars, W_DictObject)
        return w_vars

    def replace_vars(self, w_new):
        refcount.incref(w_new)
        w_old = self.w_vars
        self.w_vars = w_new
        refcount.decref(w_old)

    def sp_len(self):
        return self.get_vars().length()

    def sp_contains(self, w_item):
        _check_var(w_item)
        return 1 if self.get_vars().getitem(w_item) is not None else 0

    def sp_getitem(self, w_key):
        _check_var(w_key)
        w_value = self.get_vars().getitem(w_key)
        if w_value is None:
            raise OperationError(W_BaseException(exc.w_KeyError, [w_key]))
        return w_value

    def sp_iter(self):
        return W_ContextIter(newlist(self.get_vars().keys()))


def _check_var(w_key):
    if not isinstance(w_key, W_ContextVar):
        raise oefmt(exc.w_TypeError, "a ContextVar key was expected, got %s"
                    % space.repr_u(w_key).encode('utf-8'))


class W_ContextIter(BuiltinIterator):
    """Iterates over a snapshot of the variables (a list)."""
    _attrs_ = ['w_list', 'index']

    def __init__(self, w_list):
        refcount.incref(w_list)
        self.w_list = w_list
        self.index = 0

    def gettype(self):
        return w_ctx_iter_type

    def referents(self):
        return [self.w_list]

    def release_children(self):
        w_list = self.w_list
        self.w_list = None
        refcount.decref(w_list)

    def sp_next(self):
        w_list = self.w_list
        if w_list is None:
            return None
        assert isinstance(w_list, W_ListObject)
        if self.index >= w_list.length():
            return None
        w_item = w_list.getitem(self.index)
        self.index += 1
        return w_item


publish(w_ctx_iter_type, ['__iter__', '__next__'])


class ContextState(object):
    def __init__(self):
        self.w_stack = None     # W_ListObject: base context, entered ones

state = ContextState()


def _stack():
    w_stack = state.w_stack
    if w_stack is None:
        from fastpy.modules.hiddenroots import hold_root
        w_stack = W_ListObject([])
        hold_root(w_stack)
        state.w_stack = w_stack
    return w_stack


def current_context():
    w_stack = _stack()
    n = w_stack.length()
    if n == 0:
        w_ctx = W_Context(W_DictObject())
        w_stack.append(w_ctx)
        return w_ctx
    w_ctx = w_stack.getitem(n - 1)
    assert isinstance(w_ctx, W_Context)
    return w_ctx


def _ctx(w_self):
    assert isinstance(w_self, W_Context)
    return w_self


@constructor(w_context_type, 'Context()')
def context_new(w_cls):
    return W_Context(W_DictObject())


@method(w_context_type, 'run(self, callable, /, *args, **kwargs)', W_Context)
def context_run(w_self, w_callable, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    ctx = _ctx(w_self)
    if ctx.entered:
        raise oefmt(exc.w_RuntimeError, "cannot enter context: %s is "
                    "already entered" %
                    space.repr_u(ctx).encode('utf-8'))
    current_context()           # the base context exists below it
    w_stack = _stack()
    w_stack.append(ctx)
    ctx.entered = True
    try:
        if kw_names is None:
            args = Arguments(list(args_w))
        else:
            args = Arguments(list(args_w), kw_names, kw_values_w)
        w_res = call_function(w_callable, args)
    finally:
        ctx.entered = False
        w_stack.delitem(w_stack.length() - 1)
    return w_res


@method(w_context_type, 'copy(self, /)', W_Context)
def context_copy(w_self):
    """Return a shallow copy of the context object."""
    return W_Context(_ctx(w_self).get_vars())


@method(w_context_type, 'get(self, key, default=None, /)', W_Context)
def context_get(w_self, w_key, w_default):
    """Return the value for `key` if `key` has the value in the context object.

If `key` does not exist, return `default`. If `default` is not given,
return None."""
    _check_var(w_key)
    w_value = _ctx(w_self).get_vars().getitem(w_key)
    if w_value is None:
        return w_default
    return w_value


@method(w_context_type, 'keys(self, /)', W_Context)
def context_keys(w_self):
    """Return a list of all variables in the context object."""
    return newlist(_ctx(w_self).get_vars().keys())


@method(w_context_type, 'values(self, /)', W_Context)
def context_values(w_self):
    """Return a list of all variables' values in the context object."""
    return newlist(_ctx(w_self).get_vars().values())


@method(w_context_type, 'items(self, /)', W_Context)
def context_items(w_self):
    """Return all variables and their values in the context object.

The result is returned as a list of 2-tuples (variable, value)."""
    items_w = []
    for entry in _ctx(w_self).get_vars().entries():
        items_w.append(newtuple([entry.w_key, entry.w_value]))
    return newlist(items_w)


publish(w_context_type, ['__len__', '__iter__', '__contains__',
                         '__getitem__', '__hash__=None'])


@module.function('copy_context()')
def copy_context():
    return W_Context(current_context().get_vars())


# ---------------------------------------------------------------- ContextVar

class W_ContextVar(W_Counted):
    _attrs_ = ['w_name', 'w_default']

    def __init__(self, w_name, w_default):
        self.w_name = w_name
        self.w_default = w_default      # None: no default
        if w_default is not None:
            refcount.incref(w_default)

    def gettype(self):
        return w_contextvar_type

    def referents(self):
        return [self.w_default]

    def release_children(self):
        w_default = self.w_default
        self.w_default = None
        if w_default is not None:
            refcount.decref(w_default)

    def sp_repr(self):
        parts = u"<ContextVar name=" + space.repr_u(self.w_name)
        if self.w_default is not None:
            parts += u" default=" + space.repr_u(self.w_default)
        return parts + u" at 0x" + _addr(self) + u">"


def _var(w_self):
    assert isinstance(w_self, W_ContextVar)
    return w_self


@constructor(w_contextvar_type, 'ContextVar(name, *, default=NULL)')
def contextvar_new(w_cls, w_name, w_default):
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "context variable name must be a str")
    return W_ContextVar(w_name, w_default)


def _name(w_self):
    return _var(w_self).w_name

getset(w_contextvar_type, 'name', _name)


@method(w_contextvar_type, 'get(self, default=NULL, /)', W_ContextVar)
def contextvar_get(w_self, w_default):
    """Return a value for the context variable for the current context.

If there is no value for the variable in the current context, the method will:
 * return the value of the default argument of the method, if provided; or
 * return the default value for the context variable, if it was created
   with one; or
 * raise a LookupError."""
    var = _var(w_self)
    w_value = current_context().get_vars().getitem(var)
    if w_value is not None:
        return w_value
    if w_default is not None:
        return w_default
    if var.w_default is not None:
        return var.w_default
    raise OperationError(W_BaseException(exc.w_LookupError, [var]))


def _copy_vars(w_vars):
    w_new = W_DictObject()
    for entry in w_vars.entries():
        w_new.setitem(entry.w_key, entry.w_value)
    return w_new


@method(w_contextvar_type, 'set(self, value, /)', W_ContextVar)
def contextvar_set(w_self, w_value):
    """Call to set a new value for the context variable in the current context.

The required value argument is the new value for the context variable.

Returns a Token object that can be used to restore the variable to its previous
value via the `ContextVar.reset()` method."""
    var = _var(w_self)
    ctx = current_context()
    w_vars = ctx.get_vars()
    w_old = w_vars.getitem(var)
    if w_old is None:
        w_old = w_MISSING
    w_token = W_Token(ctx, var, w_old)
    w_new = _copy_vars(w_vars)
    w_new.setitem(var, w_value)
    ctx.replace_vars(w_new)
    return w_token


@method(w_contextvar_type, 'reset(self, token, /)', W_ContextVar)
def contextvar_reset(w_self, w_token):
    """Reset the context variable.

The variable is reset to the value it had before the `ContextVar.set()` that
created the token was used."""
    var = _var(w_self)
    if not isinstance(w_token, W_Token):
        raise oefmt(exc.w_TypeError, "expected an instance of Token, got %s"
                    % space.repr_u(w_token).encode('utf-8'))
    if w_token.used:
        raise oefmt(exc.w_RuntimeError, "%s has already been used once" %
                    _token_repr(w_token).encode('utf-8'))
    if w_token.w_var is not var:
        raise oefmt(exc.w_ValueError, "%s was created by a different "
                    "ContextVar" % _token_repr(w_token).encode('utf-8'))
    ctx = current_context()
    if w_token.w_ctx is not ctx:
        raise oefmt(exc.w_ValueError, "%s was created in a different "
                    "Context" % _token_repr(w_token).encode('utf-8'))
    w_token.used = True
    w_new = _copy_vars(ctx.get_vars())
    if w_token.w_old is w_MISSING:
        w_new.delitem(var)
    else:
        w_new.setitem(var, w_token.w_old)
    ctx.replace_vars(w_new)
    return space.w_None


publish(w_contextvar_type, ['__hash__'])


# ---------------------------------------------------------------- Token

class W_Token(W_Counted):
    _attrs_ = ['w_ctx', 'w_var', 'w_old', 'used']

    def __init__(self, w_ctx, w_var, w_old):
        refcount.incref(w_ctx)
        refcount.incref(w_var)
        refcount.incref(w_old)
        self.w_ctx = w_ctx
        self.w_var = w_var
        self.w_old = w_old
        self.used = False

    def gettype(self):
        return w_token_type

    def referents(self):
        return [self.w_ctx, self.w_var, self.w_old]

    def release_children(self):
        w_ctx, w_var, w_old = self.w_ctx, self.w_var, self.w_old
        self.w_ctx = None
        self.w_var = None
        self.w_old = None
        refcount.decref(w_ctx)
        refcount.decref(w_var)
        refcount.decref(w_old)

    def sp_repr(self):
        return _token_repr(self)


def _token_repr(w_token):
    used = u" used" if w_token.used else u""
    return (u"<Token%s var=%s at 0x%s>" %
            (used, space.repr_u(w_token.w_var), _addr(w_token)))


def _token(w_self):
    assert isinstance(w_self, W_Token)
    return w_self


def _token_var(w_self):
    return _token(w_self).w_var


def _token_old(w_self):
    return _token(w_self).w_old

getset(w_token_type, 'var', _token_var)
getset(w_token_type, 'old_value', _token_old)
w_token_type.dict_w['MISSING'] = w_MISSING


@constructor(w_token_type, 'Token(*args, **kwargs)')
def token_new(w_cls, args_w, kw_names, kw_values_w):
    raise oefmt(exc.w_RuntimeError, "Tokens can only be created by "
                "ContextVars")


@module.initializer
def init_contextvars(w_dict):
    w_dict.setitem_str('Context', w_context_type)
    w_dict.setitem_str('ContextVar', w_contextvar_type)
    w_dict.setitem_str('Token', w_token_type)
