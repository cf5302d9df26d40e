"""The import system: `__import__` and the IMPORT_NAME / IMPORT_FROM /
IMPORT_STAR instructions, with the semantics of CPython 3.11's importlib
(_bootstrap._gcd_import, _handle_fromlist, FileFinder) written directly
in RPython: no Python-level finder objects run on the way.

Where modules come from, in order, for a top-level name:
  1. sys.modules (a real dict: programs may read and change it);
  2. the builtin modules written in RPython (modules/registry.py);
  3. the entries of sys.path, read at every import: in each directory
     a package `name/__init__.py` first, then a module `name.py`; a
     directory `name/` without `__init__.py` is remembered and, when no
     entry has a regular module, becomes a namespace package spanning all
     such directories.
A submodule `a.b` is searched in `a.__path__` instead of sys.path.
Bytecode caches (.pyc) and extension modules are never used.

A module is put in sys.modules before its code runs (so circular imports
see the partially initialized module) and taken out again if its code
raises; the importer then returns whatever sys.modules holds under the
name, since a module may replace itself there.  While a module's code
runs it is in `state.initializing`, which gives CPython's "partially
initialized module" messages.

Module attributes are CPython's: __name__, __doc__, __package__,
__loader__, __spec__, __file__, __cached__, __builtins__ and, for
packages, __path__.  __spec__ and __loader__ are instances of small
classes written in Python (importspec.py).
"""

import os

from rpython.rlib import jit
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import space, refcount, attribute
from fastpy.objspace import exceptions as exc
from fastpy.objspace.dictobject import new_module_dict, W_DictObject
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.strobject import W_StrObject, str_to_utf8
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.modules import registry


class ImportState(object):
    def __init__(self):
        self.w_modules = None        # sys.modules
        self.w_sys = None            # the sys module (sys.path is read there)
        self.initializing = {}       # name -> module whose code is running
        self.stdlib_dir = ''         # the CPython 3.11 Lib directory, or ''

state = ImportState()


def setup(w_sys, w_modules, stdlib_dir):
    state.w_sys = w_sys
    state.w_modules = w_modules
    state.initializing = {}
    state.stdlib_dir = stdlib_dir


def is_initializing(w_module):
    return state.initializing.get(w_module.name, None) is w_module


# ---------------------------------------------------------------- files

def read_file_or_none(path):
    """The bytes of a regular file, or None."""
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return None
    try:
        chunks = []
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
    except OSError:
        os.close(fd)
        return None
    os.close(fd)
    return ''.join(chunks)


def _stat_mode(path):
    try:
        return os.stat(path).st_mode
    except OSError:
        return 0


def is_dir(path):
    return (_stat_mode(path) & 0o170000) == 0o040000


def is_file(path):
    return (_stat_mode(path) & 0o170000) == 0o100000


def path_join(directory, name):
    if not directory:
        return name
    if directory.endswith('/'):
        return directory + name
    return directory + '/' + name


def absolute(path):
    """CPython's importlib makes sys.path entries absolute (FileFinder
    of '' is the current directory)."""
    if path.startswith('/'):
        return path
    try:
        cwd = os.getcwd()
    except OSError:
        return path
    if not path or path == '.':
        return cwd
    if path.startswith('./'):
        path = path[2:]
    return path_join(cwd, path)


def dirname(path):
    i = path.rfind('/')
    if i < 0:
        return ''
    if i == 0:
        return '/'
    return path[:i]


# ---------------------------------------------------------------- sys.modules

def modules_get(name):
    return state.w_modules.getitem_str(name)


def modules_set(name, w_module):
    state.w_modules.setitem_str(name, w_module)


def modules_del(name):
    state.w_modules.delitem(space.newtext(name))


def sys_list(attr):
    """The str items of list sys.<attr> (sys.path), as utf-8."""
    w_list = state.w_sys.w_dict.getitem_str(attr)
    result = []
    if isinstance(w_list, W_ListObject):
        for w_item in space.iterate(w_list):
            if isinstance(w_item, W_StrObject):
                result.append(str_to_utf8(w_item.value))
    return result


# ---------------------------------------------------------------- finding

class Spec(object):
    """Where a module was found: kind SOURCE (origin is a .py file),
    PACKAGE (origin is its __init__.py), NAMESPACE (no origin) or
    BUILTIN."""
    SOURCE, PACKAGE, NAMESPACE, BUILTIN = range(4)

    def __init__(self, name, kind, origin, search_locations):
        self.name = name
        self.kind = kind
        self.origin = origin
        self.search_locations = search_locations     # list of str


def find_spec(name, path):
    """Find module `name` (a full dotted name) in the directories `path`
    (None: builtin modules, then sys.path).  None when not found."""
    if path is None:
        if registry.is_builtin_module(name):
            return Spec(name, Spec.BUILTIN, '', [])
        path = sys_list('path')
    start = name.rfind('.') + 1
    assert start >= 0
    leaf = name[start:]
    namespace_dirs = []
    for entry in path:
        directory = absolute(entry)
        if not is_dir(directory):
            continue
        base = path_join(directory, leaf)
        if is_dir(base):
            init = path_join(base, '__init__.py')
            if is_file(init):
                return Spec(name, Spec.PACKAGE, init, [base])
        filename = base + '.py'
        if is_file(filename):
            return Spec(name, Spec.SOURCE, filename, [])
        if is_dir(base):
            namespace_dirs.append(base)
    if namespace_dirs:
        return Spec(name, Spec.NAMESPACE, '', namespace_dirs)
    return None


# ---------------------------------------------------------------- loading

def cached_path(origin):
    """__cached__: where CPython would write the bytecode."""
    directory = dirname(origin)
    base = origin[len(directory) + 1:]
    if base.endswith('.py'):
        end = len(base) - 3
        assert end >= 0
        base = base[:end]
    return path_join(path_join(directory, '__pycache__'),
                     base + '.cpython-311.pyc')


def load(spec):
    """Create, register and execute the module; return sys.modules[name]."""
    from fastpy.interpreter import importspec
    if spec.kind == Spec.BUILTIN:
        w_module = registry.create_builtin_module(spec.name)
        assert w_module is not None
        set_spec(w_module.w_dict, importspec.new_spec(spec))
        modules_set(spec.name, w_module)
        return w_module
    w_dict = new_module_dict()
    w_module = W_Module(spec.name, w_dict)
    w_dict.setitem_str('__name__', space.newtext(spec.name))
    w_dict.setitem_str('__doc__', space.w_None)
    if spec.kind == Spec.SOURCE:
        i = spec.name.rfind('.')
        package = spec.name[:i] if i >= 0 else ''
    else:
        package = spec.name
    w_dict.setitem_str('__package__', space.newtext(package))
    set_spec(w_dict, importspec.new_spec(spec))
    if spec.kind != Spec.SOURCE:
        w_dict.setitem_str('__path__', newlist(
            [space.newtext(p) for p in spec.search_locations]))
    if spec.kind == Spec.NAMESPACE:
        w_dict.setitem_str('__file__', space.w_None)
        modules_set(spec.name, w_module)
        return w_module
    w_dict.setitem_str('__file__', space.newtext(spec.origin))
    w_dict.setitem_str('__cached__', space.newtext(cached_path(spec.origin)))
    modules_set(spec.name, w_module)
    state.initializing[spec.name] = w_module
    # The running code's frame borrows the module's dict: the module stays
    # alive while it runs even if the code removes it from sys.modules.
    refcount.incref(w_module)
    try:
        exec_file(w_module, spec.origin)
    except OperationError:
        del state.initializing[spec.name]
        if modules_get(spec.name) is not None:
            modules_del(spec.name)
        refcount.decref(w_module)
        raise
    del state.initializing[spec.name]
    w_result = modules_get(spec.name)
    refcount.decref(w_module)
    if w_result is None:
        raise oefmt(exc.w_KeyError, "%s" % spec.name)   # CPython's KeyError
    return w_result


def set_spec(w_dict, w_pair):
    """__spec__ and __loader__ from importspec.new_spec's pair."""
    w_dict.setitem_str('__spec__', w_pair.items_w[0])
    w_dict.setitem_str('__loader__', w_pair.items_w[1])
    refcount.discard(w_pair)


def exec_file(w_module, path):
    """Run the file's code in the module's namespace."""
    from fastpy.interpreter.eval import ec, execute_frame
    from fastpy.interpreter.frame import Frame
    source = read_file_or_none(path)
    if source is None:
        raise oefmt(exc.w_ImportError, "can't read %s" % path)
    code = compile_file(source, path)
    w_dict = w_module.w_dict
    if w_dict.getitem_str('__builtins__') is None:
        w_dict.setitem_str('__builtins__', ec.w_builtins)
    frame = Frame(code, w_dict)
    refcount.discard(execute_frame(frame))


def compile_file(source, path):
    """The code of a module's source (bytes, as importlib's compile() of
    them: a coding cookie counts); SyntaxError (with its location, for
    the traceback) when it does not compile."""
    from fastpy.parser.parser import parse, ParseError, ParserStackError
    from fastpy.compiler.codegen import compile_module
    from fastpy.compiler.symtable import CompileError
    from fastpy.compiler import limits
    from fastpy.objspace import sizelimits
    from fastpy.parser import syntaxwarn
    from fastpy.interpreter import syntaxerror
    try:
        text, has_encoding = syntaxerror.decode_source(source)
    except syntaxerror.SourceDecodeError as e:
        raise syntaxerror.decode_error(e, path)
    try:
        try:
            return compile_module(parse(text), path)
        finally:
            # not shown: CPython shows them only when it compiles a module
            # without a cached .pyc, fastpy compiles every time
            syntaxwarn.take()
    except ParserStackError:
        raise sizelimits.memory_error()
    except limits.CompileRecursionError as e:
        raise oefmt(exc.w_RecursionError, e.msg)
    except ParseError as e:
        raise syntaxerror.parse_syntax_error(e, path, text, has_encoding,
                                             text)
    except CompileError as e:
        raise syntaxerror.compile_syntax_error(e, path)
    except StackOverflow:
        check_stack_overflow()
        raise oefmt(exc.w_RecursionError, limits.RECURSION_MSG)


def syntax_error(w_type, msg, path, lineno, col, source, end_lineno=-1,
                 end_col=-1):
    """SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
    end_offset)) at one column, or up to (end_lineno, end_col) if given
    (a SyntaxWarning the filters turned into an error).  `source` is None
    for an error found after parsing in a string given to compile():
    CPython then takes the text from the file the filename names, if
    any."""
    from fastpy.interpreter import syntaxerror
    from fastpy.parser import errorpos
    if source is None:
        source = read_file_or_none(path)
    text = None
    if source is not None:
        text = _line_of(source, lineno)
        if not text.endswith('\n'):
            text += '\n'            # the tokenizer's line always has one
        text = errorpos.replace_invalid(text)
    if end_lineno < 0:
        end_lineno = lineno
        end_col = col
    loc = errorpos.Location(lineno, col + 1, text, end_lineno, end_col + 1)
    return syntaxerror.make_syntax_error(w_type, msg, path, loc)


def _line_of(source, lineno):
    start = 0
    for _ in range(lineno - 1):
        i = source.find('\n', start)
        if i < 0:
            return ''
        start = i + 1
    end = source.find('\n', start)
    if end < 0:
        return source[start:]
    return source[start:end + 1]


# ---------------------------------------------------------------- importing

def gcd_import(name):
    """The module called `name` (absolute, dotted), imported with its
    parents if needed (importlib's _gcd_import / _find_and_load)."""
    w_module = modules_get(name)
    if w_module is not None:
        if w_module is space.w_None:
            raise module_not_found(
                "import of %s halted; None in sys.modules" % name, name)
        return w_module
    path = None
    i = name.rfind('.')
    w_parent = None
    child = name
    if i > 0:
        parent = name[:i]
        child = name[i + 1:]
        w_parent = modules_get(parent)
        if w_parent is None:
            w_parent = gcd_import(parent)
        w_module = modules_get(name)     # the parent may have imported it
        if w_module is not None:
            return w_module
        path = package_path(w_parent)
        if path is None:
            raise module_not_found("No module named '%s'; '%s' is not a "
                                   "package" % (name, parent), name)
    spec = find_spec(name, path)
    if spec is None:
        msg = "No module named '%s'" % name
        if not state.stdlib_dir and path is None:
            from fastpy.interpreter.stdlibpath import SEARCHED
            msg += (" (fastpy found no CPython 3.11 standard library; it "
                    "looked in: %s)" % ', '.join(SEARCHED))
        raise module_not_found(msg, name)
    w_module = load(spec)
    if w_parent is not None:
        # Bind the submodule in its parent (CPython ignores failures).
        try:
            attribute.setattr_w(w_parent, child, w_module)
        except OperationError as e:
            refcount.discard(e.w_exc)
    return w_module


def package_path(w_package):
    """The directories of a package's __path__, or None if the module is
    not a package."""
    try:
        w_path = space.getattr_w(w_package, '__path__')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return None
    result = []
    for w_item in space.iterate(w_path):
        if isinstance(w_item, W_StrObject):
            result.append(str_to_utf8(w_item.value))
    refcount.discard(w_path)
    return result


def module_not_found(msg, name):
    return import_error(exc.w_ModuleNotFoundError, msg, space.newtext(name),
                        None)


def import_error(w_type, msg, w_name, w_path):
    """ImportError(msg, name=..., path=...) made by calling the type, as
    CPython's PyErr_SetImportError does."""
    from fastpy.interpreter.function import Arguments
    kw_names = []
    kw_values_w = []
    if w_name is not None:
        kw_names.append('name')
        kw_values_w.append(w_name)
    if w_path is not None:
        kw_names.append('path')
        kw_values_w.append(w_path)
    try:
        w_exc = attribute._call_args(w_type, Arguments(
            [space.newtext(msg)], kw_names, kw_values_w))
    except OperationError as e:     # INTERIM until ImportError takes kw
        refcount.discard(e.w_exc)
        w_exc = exc.W_BaseException(w_type, [space.newtext(msg)])
    return OperationError(w_exc)


def _globals_str(w_globals, key):
    """A str entry of the importer's globals, or None (absent or None)."""
    if not isinstance(w_globals, W_DictObject):
        return None
    w_value = w_globals.getitem_str(key)
    if w_value is None or w_value is space.w_None:
        return None
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s must be str, not %s" %
                    (key, space.type_name(w_value)))
    return str_to_utf8(w_value.value)


def calc_package(w_globals):
    """importlib's _calc___package__: __package__, else __spec__.parent,
    else derived from __name__ (and __path__)."""
    package = _globals_str(w_globals, '__package__')
    if package is not None:
        return package
    if isinstance(w_globals, W_DictObject):
        w_spec = w_globals.getitem_str('__spec__')
        if w_spec is not None and w_spec is not space.w_None:
            w_parent = space.getattr_w(w_spec, 'parent')
            if isinstance(w_parent, W_StrObject):
                return str_to_utf8(w_parent.value)
    name = _globals_str(w_globals, '__name__')
    if name is None:
        raise oefmt(exc.w_KeyError, "'__name__' not in globals")
    assert isinstance(w_globals, W_DictObject)
    if w_globals.getitem_str('__path__') is None:
        i = name.rfind('.')
        name = name[:i] if i >= 0 else ''
    return name


def resolve_name(name, package, level):
    """The absolute name of a relative import (importlib._resolve_name)."""
    if not package:
        raise oefmt(exc.w_ImportError, "attempted relative import with no "
                    "known parent package")
    base = package
    for _ in range(level - 1):
        i = base.rfind('.')
        if i < 0:
            raise oefmt(exc.w_ImportError, "attempted relative import "
                        "beyond top-level package")
        base = base[:i]
    if name:
        return base + '.' + name
    return base


def import_module_level(name, w_globals, w_fromlist, level):
    """builtins.__import__(name, globals, locals, fromlist, level)."""
    if level < 0:
        raise oefmt(exc.w_ValueError, "level must be >= 0")
    if level > 0:
        absname = resolve_name(name, calc_package(w_globals), level)
    else:
        if not name:
            raise oefmt(exc.w_ValueError, "Empty module name")
        absname = name
    w_module = gcd_import(absname)
    if not _has_names(w_fromlist):
        if level == 0:
            i = name.find('.')
            if i < 0:
                return w_module
            return gcd_import(name[:i])
        if not name:
            return w_module
        # `from .a.b import` without names (never from the compiler):
        # the package of the first component, as importlib returns it.
        i = name.find('.')
        first_len = len(name) if i < 0 else i
        cut = len(name) - first_len
        module_name = space.str_to_utf8(space.str_u(
            space.getattr_w(w_module, '__name__')))
        end = len(module_name) - cut
        assert end >= 0
        return gcd_import(module_name[:end])
    if package_path_or_none(w_module):
        handle_fromlist(w_module, w_fromlist)
    return w_module


def _has_names(w_fromlist):
    if w_fromlist is None or w_fromlist is space.w_None:
        return False
    if isinstance(w_fromlist, W_TupleObject):
        return len(w_fromlist.items_w) > 0
    return space.is_true(w_fromlist)


def package_path_or_none(w_module):
    if isinstance(w_module, W_Module):
        return w_module.w_dict.getitem_str('__path__') is not None
    return _lookup(w_module, '__path__') is not None


def handle_fromlist(w_module, w_fromlist):
    """`from package import a, b`: import the submodules a and b that are
    not attributes of the package yet (`*`: those in __all__)."""
    module_name = ''
    for w_item in space.iterate(w_fromlist):
        if not isinstance(w_item, W_StrObject):
            if not module_name:
                module_name = _module_name(w_module)
            raise oefmt(exc.w_TypeError, "Item in %s.__all__ must be str, "
                        "not %s" % (module_name, space.type_name(w_item)))
        item = str_to_utf8(w_item.value)
        if item == '*':
            w_all = _lookup(w_module, '__all__')
            if w_all is not None:
                handle_fromlist(w_module, w_all)
            continue
        if _lookup(w_module, item) is not None:
            continue
        if not module_name:
            module_name = _module_name(w_module)
        sub = module_name + '.' + item
        try:
            gcd_import(sub)
        except OperationError as e:
            # Only "that submodule does not exist" is ignored.
            if e.match(exc.w_ModuleNotFoundError) and \
                    _exc_name(e) == sub and modules_get(sub) is None:
                refcount.discard(e.w_exc)
                continue
            raise


def _module_name(w_module):
    return space.str_to_utf8(space.str_u(
        space.getattr_w(w_module, '__name__')))


def _exc_name(e):
    w_name = exc_attr(e.w_exc, 'name')
    if isinstance(w_name, W_StrObject):
        return str_to_utf8(w_name.value)
    return ''


def exc_attr(w_exc, name):
    try:
        return space.getattr_w(w_exc, name)
    except OperationError as e:
        refcount.discard(e.w_exc)
        return None


_lookup = space.getattr_or_none


# ---------------------------------------------------------------- opcodes

@jit.dont_look_inside
def import_name(frame, name, w_fromlist, w_level):
    """IMPORT_NAME: the module for `import name` / `from name import`.
    A program that replaced builtins.__import__ gets its function called,
    as in CPython."""
    from fastpy.interpreter.eval import ec
    from fastpy.modules import importfuncs
    w_import = ec.w_builtins.getitem_str('__import__')
    if w_import is None:
        raise oefmt(exc.w_ImportError, "__import__ not found")
    level = space.int_w(w_level)
    if w_import is importfuncs.w_import:
        return import_module_level(name, frame.w_globals, w_fromlist,
                                   level)
    from fastpy.objspace.attribute import _call
    w_locals = frame.w_locals
    if w_locals is None:
        w_locals = space.w_None
    return _call(w_import, [space.newtext(name), frame.w_globals, w_locals,
                            w_fromlist, w_level])


def import_from(w_module, name):
    """IMPORT_FROM: `from module import name`: the attribute, else the
    submodule module.name from sys.modules (circular imports), else
    CPython's ImportError."""
    try:
        return space.getattr_w(w_module, name)
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
    w_pkgname = _lookup(w_module, '__name__')
    pkgname = ''
    if isinstance(w_pkgname, W_StrObject):
        pkgname = str_to_utf8(w_pkgname.value)
        w_sub = modules_get(pkgname + '.' + name)
        if w_sub is not None:
            return w_sub
    if not pkgname:
        pkgname = '<unknown module name>'
    path = ''
    if isinstance(w_module, W_Module):
        path = w_module.get_str('__file__') or ''
    if isinstance(w_module, W_Module) and is_initializing(w_module):
        msg = ("cannot import name '%s' from partially initialized module "
               "'%s' (most likely due to a circular import)" %
               (name, pkgname))
    else:
        msg = "cannot import name '%s' from '%s'" % (name, pkgname)
    if path:
        msg += " (%s)" % path
    else:
        msg += " (unknown location)"
    w_path = space.newtext(path) if path else space.w_None
    raise import_error(exc.w_ImportError, msg, space.newtext(pkgname), w_path)


def import_star(w_module, w_namespace):
    """IMPORT_STAR: bind __all__'s names, or every name of the module's
    dict not starting with an underscore."""
    w_all = _lookup(w_module, '__all__')
    skip_private = w_all is None
    if w_all is None:
        w_dict = _lookup(w_module, '__dict__')
        if w_dict is None:
            raise oefmt(exc.w_ImportError, "from-import-* object has no "
                        "__dict__ and no __all__")
        if isinstance(w_dict, W_DictObject):
            names_w = w_dict.keys()
        else:
            names_w = space.iterate(w_dict)
    else:
        names_w = space.iterate(w_all)
    for w_name in names_w:
        if not isinstance(w_name, W_StrObject):
            raise oefmt(exc.w_TypeError, "Item in %s.__all__ must be str, "
                        "not %s" % (_module_name(w_module),
                                    space.type_name(w_name)))
        name = str_to_utf8(w_name.value)
        if skip_private and name.startswith('_'):
            continue
        w_value = space.getattr_w(w_module, name)
        w_namespace.setitem(w_name, w_value)
        refcount.discard(w_value)


# ---------------------------------------------------------------- -m

def find_main_spec(name):
    """The Spec of the module `fastpy -m name` runs (its parent packages
    are imported first), or None."""
    i = name.rfind('.')
    if i < 0:
        return find_spec(name, None)
    w_parent = gcd_import(name[:i])
    path = package_path(w_parent)
    if path is None:
        return None
    return find_spec(name, path)


def prepare_main(w_main, spec):
    """__main__'s attributes for a module run with -m."""
    from fastpy.interpreter import importspec
    i = spec.name.rfind('.')
    package = spec.name[:i] if i >= 0 else ''
    w_main.setitem_str('__package__', space.newtext(package))
    set_spec(w_main, importspec.new_spec(spec))
    w_main.setitem_str('__file__', space.newtext(spec.origin))
    w_main.setitem_str('__cached__', space.newtext(cached_path(spec.origin)))
