"""Attributes of functions, code objects and cells (CPython's
funcobject.c getset/member tables), reached from space.getattr_w and the
setattr/delattr path.  One function per object kind, so they can move
into the type dicts (the declarative gateway) as they are.

    getattr_hook(w_obj, name)          -> value, or None: not ours
    setattr_hook(w_obj, name, w_value) -> True if handled
    delattr_hook(w_obj, name)          -> True if handled
"""

from fastpy.compiler.code import W_Code
from fastpy.interpreter.error import oefmt
from fastpy.interpreter.function import (W_Function, W_Cell,
    W_BuiltinFunction, W_BoundMethod, w_builtin_function_type)
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.objspace.strobject import W_StrObject


def getattr_hook(w_obj, name):
    if isinstance(w_obj, W_Function):
        return function_getattr(w_obj, name)
    if isinstance(w_obj, W_Code):
        return code_getattr(w_obj, name)
    if isinstance(w_obj, W_Cell):
        if name == 'cell_contents':
            if w_obj.w_value is None:
                raise oefmt(exc.w_ValueError, "Cell is empty")
            return w_obj.w_value
    if isinstance(w_obj, W_BoundMethod) and \
            isinstance(w_obj.w_func, W_BuiltinFunction) and \
            (name == '__name__' or name == '__qualname__' or
             name == '__doc__'):
        return getattr_hook(w_obj.w_func, name)
    if isinstance(w_obj, W_BoundMethod):
        w_func = w_obj.w_func
        if isinstance(w_func, W_Function) and \
                w_obj.gettype().lookup(name) is None:
            # method_getattro: what the method type lacks comes from the
            # function (__code__, __defaults__, f.attr, __isabstractmethod__)
            return function_getattr(w_func, name)
    if isinstance(w_obj, W_BuiltinFunction):
        if name == '__name__':
            return space.newtext(w_obj.name)
        if name == '__doc__':
            if w_obj.doc is None:
                return space.w_None
            return space.newtext(w_obj.doc)
        if name == '__qualname__':
            if w_obj.w_objclass is not None:
                return space.newtext('%s.%s' % (w_obj.w_objclass.name,
                                                w_obj.name))
            return space.newtext(w_obj.name)
        if name == '__module__':
            if w_obj.w_objclass is None:
                # functions of builtin modules; `builtins` ones have no
                # name set
                return space.newtext(w_obj.module_name or 'builtins')
            if w_obj.gettype() is w_builtin_function_type:
                # a builtin method taken from an object or a static or
                # class method of a type (str.maketrans): None, as in
                # CPython; method descriptors have no __module__
                return space.w_None
    return None


def _none_or(w_value):
    if w_value is None:
        return space.w_None
    return w_value


def function_dict(w_func):
    """The function's __dict__, created on first use."""
    if w_func.w_dict is None:
        w_dict = newdict()
        refcount.incref(w_dict)
        w_func.w_dict = w_dict
    return w_func.w_dict


def function_getattr(w_func, name):
    if name == '__name__':
        return space.newtext(w_func.name)
    if name == '__qualname__':
        return space.newtext(w_func.qualname)
    if name == '__doc__':
        return _none_or(w_func.w_doc)
    if name == '__module__':
        return _none_or(w_func.w_module)
    if name == '__defaults__':
        if len(w_func.defaults_w) == 0:
            return space.w_None
        return newtuple(list(w_func.defaults_w))
    if name == '__kwdefaults__':
        return _none_or(w_func.w_kwdefaults)
    if name == '__code__':
        return w_func.code
    if name == '__globals__':
        return w_func.w_globals
    if name == '__closure__':
        if len(w_func.closure_w) == 0:
            return space.w_None
        return newtuple(list(w_func.closure_w))
    if name == '__dict__':
        return function_dict(w_func)
    if name == '__annotations__':
        if w_func.w_annotations is None:
            w_ann = newdict()
            refcount.incref(w_ann)
            w_func.w_annotations = w_ann
        return w_func.w_annotations
    if w_func.w_dict is not None:
        w_dict = w_func.w_dict
        assert isinstance(w_dict, W_DictObject)
        w_value = w_dict.getitem_str(name)
        if w_value is not None:
            return w_value
    # the function type's attributes (__get__, __call__, __class__ ...)
    from fastpy.objspace.attribute import generic_getattr
    w_value = generic_getattr(w_func, name, w_func.gettype())
    if w_value is not None:
        return w_value
    raise oefmt(exc.w_AttributeError,
                "'function' object has no attribute '%s'" % name)


def _str_or_type_error(w_value, what):
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "%s must be set to a string object" % what)
    return space.str_w(w_value).encode('utf-8')


def _replace(w_old, w_new):
    refcount.incref(w_new)
    refcount.decref(w_old)


def setattr_hook(w_obj, name, w_value):
    if not isinstance(w_obj, W_Function):
        return False
    w_func = w_obj
    if name == '__name__':
        w_func.name = _str_or_type_error(w_value, '__name__')
    elif name == '__qualname__':
        w_func.qualname = _str_or_type_error(w_value, '__qualname__')
    elif name == '__doc__':
        w_old = w_func.w_doc
        refcount.incref(w_value)
        w_func.w_doc = w_value
        refcount.decref(w_old)
    elif name == '__module__':
        w_old = w_func.w_module
        refcount.incref(w_value)
        w_func.w_module = w_value
        refcount.decref(w_old)
    elif name == '__defaults__':
        if w_value is space.w_None:
            w_func.set_defaults([])
        elif isinstance(w_value, W_TupleObject):
            w_func.set_defaults(list(w_value.items_w))
        else:
            raise oefmt(exc.w_TypeError,
                        "__defaults__ must be set to a tuple object")
    elif name == '__kwdefaults__':
        if w_value is space.w_None:
            w_value = None
        elif not isinstance(w_value, W_DictObject):
            raise oefmt(exc.w_TypeError,
                        "__kwdefaults__ must be set to a dict object")
        w_old = w_func.w_kwdefaults
        refcount.incref(w_value)
        w_func.w_kwdefaults = w_value
        refcount.decref(w_old)
    elif name == '__dict__':
        if not isinstance(w_value, W_DictObject):
            raise oefmt(exc.w_TypeError,
                        "__dict__ must be set to a dictionary, not a '%s'" %
                        space.type_name(w_value))
        w_old = w_func.w_dict
        refcount.incref(w_value)
        w_func.w_dict = w_value
        refcount.decref(w_old)
    elif name == '__annotations__':
        if w_value is space.w_None:
            w_value = None
        elif not isinstance(w_value, W_DictObject):
            raise oefmt(exc.w_TypeError,
                        "__annotations__ must be set to a dict object")
        w_old = w_func.w_annotations
        refcount.incref(w_value)
        w_func.w_annotations = w_value
        refcount.decref(w_old)
    elif name == '__code__':
        if not isinstance(w_value, W_Code):
            raise oefmt(exc.w_TypeError,
                        "__code__ must be set to a code object")
        nfree = len(w_value.co_freevars)
        if nfree != len(w_func.closure_w):
            raise oefmt(exc.w_ValueError,
                        "%s() requires a code object with %d free vars, "
                        "not %d" % (w_func.name, len(w_func.closure_w),
                                    nfree))
        w_func.code = w_value      # code objects are not counted
    elif name == '__globals__' or name == '__closure__':
        raise oefmt(exc.w_AttributeError, "readonly attribute")
    else:
        w_dict = function_dict(w_func)
        assert isinstance(w_dict, W_DictObject)
        w_dict.setitem(space.newtext(name), w_value)
    return True


def delattr_hook(w_obj, name):
    if not isinstance(w_obj, W_Function):
        return False
    w_func = w_obj
    if name == '__defaults__':
        w_func.set_defaults([])
    elif name == '__kwdefaults__':
        w_old = w_func.w_kwdefaults
        w_func.w_kwdefaults = None
        refcount.decref(w_old)
    elif name == '__doc__':
        w_old = w_func.w_doc
        w_func.w_doc = None
        refcount.decref(w_old)
    elif name == '__annotations__':
        w_old = w_func.w_annotations
        w_func.w_annotations = None
        refcount.decref(w_old)
    elif name == '__name__' or name == '__qualname__':
        raise oefmt(exc.w_TypeError,
                    "%s must be set to a string object" % name)
    elif name == '__code__':
        raise oefmt(exc.w_TypeError, "__code__ must be set to a code object")
    elif name == '__globals__' or name == '__closure__':
        raise oefmt(exc.w_AttributeError, "readonly attribute")
    elif name == '__dict__' or name == '__module__':
        raise oefmt(exc.w_TypeError, "cannot delete %s" % name)
    else:
        deleted = False
        if w_func.w_dict is not None:
            w_dict = w_func.w_dict
            assert isinstance(w_dict, W_DictObject)
            deleted = w_dict.delitem(space.newtext(name))
        if not deleted:
            raise oefmt(exc.w_AttributeError,
                        "'function' object has no attribute '%s'" % name)
    return True


def _str_tuple(names):
    return newtuple([space.newtext(n) for n in names])


def code_getattr(w_code, name):
    if name == 'co_name':
        return space.newtext(w_code.co_name)
    if name == 'co_qualname':
        return space.newtext(w_code.co_qualname)
    if name == 'co_filename':
        return space.newtext(w_code.co_filename)
    if name == 'co_firstlineno':
        return space.newint(w_code.co_firstlineno)
    if name == 'co_argcount':
        return space.newint(w_code.co_argcount)
    if name == 'co_posonlyargcount':
        return space.newint(w_code.co_posonlyargcount)
    if name == 'co_kwonlyargcount':
        return space.newint(w_code.co_kwonlyargcount)
    if name == 'co_nlocals':
        return space.newint(w_code.co_nvarnames)
    if name == 'co_flags':
        return space.newint(w_code.co_flags)
    if name == 'co_varnames':
        return _str_tuple(list(w_code.co_varnames))
    if name == 'co_cellvars':
        return _str_tuple(list(w_code.co_cellvars))
    if name == 'co_freevars':
        return _str_tuple(list(w_code.co_freevars))
    if name == 'co_names':
        return _str_tuple(list(w_code.co_names))
    if name == 'co_linetable':
        return codepositions.code_linetable(w_code)
    if name == 'co_positions' or name == 'co_lines':
        return None         # methods in the type (codepositions.py)
    if w_code.gettype().lookup(name) is not None:
        return None         # __class__, __eq__, ...: the type's lookup
    raise oefmt(exc.w_AttributeError,
                "'code' object has no attribute '%s'" % name)


# ---------------------------------------------------------------- descriptors
# FunctionType.__code__ (a getset descriptor) and FunctionType.__globals__
# (a member descriptor) exist on the type, as types.py expects
# (GetSetDescriptorType, MemberDescriptorType).  Reading them through a
# function still goes through getattr_hook; setting goes through the
# descriptor first, which hands over to the hooks.

def _func_get_code(w_func):
    assert isinstance(w_func, W_Function)
    return w_func.code


def _func_set_code(w_func, w_value):
    if w_value is None:
        delattr_hook(w_func, '__code__')
    else:
        setattr_hook(w_func, '__code__', w_value)


def _install_function_descriptors():
    from fastpy.interpreter.function import w_function_type
    from fastpy.interpreter.gateway import getset
    from fastpy.objspace.mapdict import W_MemberDescr
    getset(w_function_type, '__code__', _func_get_code, _func_set_code)
    w_function_type.dict_w['__globals__'] = W_MemberDescr(
        '__globals__', 0, w_function_type)

_install_function_descriptors()

from fastpy.interpreter import codepositions  # noqa: E402 code.co_positions
from fastpy.interpreter import codereplace  # noqa: E402 code.replace
