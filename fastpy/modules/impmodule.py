"""The `_imp` module: what importlib's pure-Python bootstrap asks the
interpreter (CPython's Python/import.c).  fastpy's own import system
(interpreter/importing.py) does not use it; `import importlib` does:
importlib._bootstrap._setup(sys, _imp) creates the builtin modules it
needs through `create_builtin`.  There are no frozen modules, no
extension modules and no import lock (one thread)."""

from fastpy.interpreter.error import oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace.strobject import W_StrObject, str_to_utf8

module = ModuleDef('_imp', '(Extremely) low-level import machinery bits '
                   'as used by importlib.')


def _name(w_name):
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "expected str, got %s" %
                    space.type_name(w_name))
    return str_to_utf8(w_name.value)


@module.function('is_builtin(name, /)')
def imp_is_builtin(w_name):
    """1 for a builtin module, -1 for one that cannot be re-initialized
    (sys, builtins), 0 otherwise."""
    from fastpy.modules import registry
    name = _name(w_name)
    if name == 'sys' or name == 'builtins':
        return space.newint(-1)
    return space.newint(1 if registry.is_builtin_module(name) else 0)


@module.function('create_builtin(spec, /)')
def imp_create_builtin(w_spec):
    from fastpy.interpreter import importing
    from fastpy.modules import registry
    name = _name(space.getattr_w(w_spec, 'name'))
    w_existing = importing.modules_get(name)
    if (name == 'sys' or name == 'builtins') and w_existing is not None:
        return w_existing
    w_module = registry.create_builtin_module(name)
    if w_module is None:
        raise oefmt(exc.w_ImportError, "no built-in module named %s" % name)
    return w_module


@module.function('exec_builtin(mod, /)')
def imp_exec_builtin(w_mod):
    return space.newint(0)


@module.function('exec_dynamic(mod, /)')
def imp_exec_dynamic(w_mod):
    return space.newint(0)


@module.function('is_frozen(name, /)')
def imp_is_frozen(w_name):
    _name(w_name)
    return space.w_False


@module.function('is_frozen_package(name, /)')
def imp_is_frozen_package(w_name):
    _name(w_name)
    return space.w_False


@module.function('find_frozen(name, /, *, withdata=False)')
def imp_find_frozen(w_name, w_withdata):
    _name(w_name)
    return space.w_None


@module.function('get_frozen_object(name, data=None, /)')
def imp_get_frozen_object(w_name, w_data):
    raise oefmt(exc.w_ImportError, "No such frozen object named %s" %
                _name(w_name))


@module.function('init_frozen(name, /)')
def imp_init_frozen(w_name):
    return space.w_None


@module.function('acquire_lock()')
def imp_acquire_lock():
    return space.w_None


@module.function('release_lock()')
def imp_release_lock():
    return space.w_None


@module.function('lock_held()')
def imp_lock_held():
    return space.w_False


@module.function('_fix_co_filename(code, path, /)')
def imp_fix_co_filename(w_code, w_path):
    return space.w_None


@module.function('extension_suffixes()')
def imp_extension_suffixes():
    from fastpy.objspace.listobject import newlist
    return newlist([])


@module.function('_override_frozen_modules_for_tests(override, /)')
def imp_override_frozen(w_override):
    return space.w_None


@module.function('_frozen_module_names()')
def imp_frozen_module_names():
    from fastpy.objspace.tupleobject import newtuple
    return newtuple([])


@module.initializer
def init_imp(w_dict):
    w_dict.setitem_str('check_hash_based_pycs', space.newtext('never'))
