"""builtins.__import__: the function the import statement calls (unless a
program replaced it in the builtins namespace: importing.import_name)."""

from fastpy.interpreter.gateway import function
from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace.strobject import W_StrObject, str_to_utf8


@function('__import__(name, globals=None, locals=None, fromlist=None, '
          'level: int = 0)')
def builtin_import(w_name, w_globals, w_locals, w_fromlist, level):
    """Import a module (see the import statement)."""
    from fastpy.interpreter import importing
    from fastpy.objspace.space import type_name
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "__import__() argument 1 must be str, "
                    "not %s" % type_name(w_name))
    return importing.import_module_level(str_to_utf8(w_name.value),
                                         w_globals, w_fromlist, level)


w_import = builtin_import.w_func
BUILTINS = [w_import]


@function('_read_file(path, /)')
def builtin_read_file(w_path):
    """The bytes of a file (loaders' get_data)."""
    from fastpy.interpreter import importing
    from fastpy.objspace.bytesobject import W_BytesObject
    if not isinstance(w_path, W_StrObject):
        raise oefmt(exc.w_TypeError, "path must be str")
    path = str_to_utf8(w_path.value)
    data = importing.read_file_or_none(path)
    if data is None:
        from fastpy.objspace import space
        raise oefmt(exc.w_FileNotFoundError, "[Errno 2] No such file or "
                    "directory: %s" % space.str_to_utf8(space.repr_u(w_path)))
    return W_BytesObject(data)


@function('_import_builtin(name, /)')
def builtin_import_builtin(w_name):
    """A new object of a builtin module (BuiltinImporter.create_module)."""
    from fastpy.modules import registry
    from fastpy.objspace import space
    if isinstance(w_name, W_StrObject):
        w_module = registry.create_builtin_module(
            str_to_utf8(w_name.value))
        if w_module is not None:
            return w_module
    return space.w_None


w_read_file = builtin_read_file.w_func
w_import_builtin = builtin_import_builtin.w_func


@function('_is_builtin(name, /)')
def builtin_is_builtin(w_name):
    from fastpy.modules import registry
    from fastpy.objspace import space
    if not isinstance(w_name, W_StrObject):
        return space.w_False
    return space.newbool(registry.is_builtin_module(
        str_to_utf8(w_name.value)))


@function('_find_path_spec(name, path, /)')
def builtin_find_path_spec(w_name, w_path):
    """(kind, origin, locations, cached) of the module the import
    statement would load from the directories `path` (None: sys.path),
    or None."""
    from fastpy.interpreter import importing
    from fastpy.objspace import space
    from fastpy.objspace.listobject import newlist
    from fastpy.objspace.tupleobject import newtuple
    if not isinstance(w_name, W_StrObject):
        return space.w_None
    if w_path is space.w_None:
        path = importing.sys_list('path')
    else:
        path = []
        for w_item in space.iterate(w_path):
            if isinstance(w_item, W_StrObject):
                path.append(str_to_utf8(w_item.value))
    spec = importing.find_spec(str_to_utf8(w_name.value), path)
    if spec is None:
        return space.w_None
    if spec.origin:
        w_origin = space.newtext(spec.origin)
        w_cached = space.newtext(importing.cached_path(spec.origin))
    else:
        w_origin = space.w_None
        w_cached = space.w_None
    return newtuple([space.newint(spec.kind), w_origin,
                     newlist([space.newtext(p) for p in
                              spec.search_locations]), w_cached])


w_is_builtin = builtin_is_builtin.w_func
w_find_path_spec = builtin_find_path_spec.w_func
