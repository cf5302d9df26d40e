"""Module specs and loaders: the objects a module's __spec__ and
__loader__ refer to.  They are ordinary Python classes (programs read
their attributes, print them and compare them), written in Python below
and compiled the first time a module is loaded from a file.  Their
module names are importlib's, so they print as CPython's do.

The import statement does not go through these objects (importing.py
does the work); `find_spec`, `exec_module` and `get_source` are here for
importlib (sys.meta_path gets BuiltinImporter and PathFinder when this
code is first compiled, which the first import does) and for library code
that calls them (runpy, inspect, linecache, pkgutil).
"""

from fastpy.objspace import space, refcount

APP_SOURCE = '''
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None
        # importlib._bootstrap notes here the submodules being imported
        self._uninitialized_submodules = []

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations='
                        f'{self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @classmethod
    def create_module(cls, spec):
        return _import_builtin(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def get_code(cls, fullname):
        return None


class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class SourceFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_data(self, path):
        return _read_file(path)

    def get_source(self, fullname):
        return _read_file(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, 'exec',
                       dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class PathFinder:
    # The finder of sys.path entries, for importlib: the same search as
    # the import statement's.
    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _find_path_spec(fullname, path)
        if found is None:
            return None
        kind, origin, locations, cached = found
        return _new_spec(fullname, kind, origin, locations, cached)[0]

    @classmethod
    def invalidate_caches(cls):
        pass


def _new_spec(name, kind, origin, locations, cached):
    # kind: 0 source file, 1 package, 2 namespace package, 3 builtin
    if kind == 3:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
        return spec, BuiltinImporter
    if kind == 2:
        loader = NamespaceLoader(name, locations)
        spec = ModuleSpec(name, loader, is_package=True)
        spec.submodule_search_locations = locations
        return spec, loader
    loader = SourceFileLoader(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=(kind == 1))
    if kind == 1:
        spec.submodule_search_locations = locations
    spec._set_fileattr = True
    spec._cached = cached
    return spec, loader
'''


class AppState(object):
    def __init__(self):
        self.w_namespace = None

app = AppState()


def app_namespace():
    """The namespace of the classes above, compiled on first use."""
    w_ns = app.w_namespace
    if w_ns is None:
        from fastpy.interpreter import importing
        from fastpy.interpreter.eval import ec, execute_frame
        from fastpy.interpreter.frame import Frame
        from fastpy.objspace.dictobject import new_module_dict
        from fastpy.modules import importfuncs
        w_ns = new_module_dict()
        refcount.incref(w_ns)          # held for the whole run
        w_ns.setitem_str('__name__', space.newtext('_frozen_importlib'))
        w_ns.setitem_str('__builtins__', ec.w_builtins)
        w_ns.setitem_str('_read_file', importfuncs.w_read_file)
        w_ns.setitem_str('_import_builtin', importfuncs.w_import_builtin)
        w_ns.setitem_str('_is_builtin', importfuncs.w_is_builtin)
        w_ns.setitem_str('_find_path_spec', importfuncs.w_find_path_spec)
        code = importing.compile_file(APP_SOURCE, '<frozen importlib>')
        refcount.discard(execute_frame(Frame(code, w_ns)))
        app.w_namespace = w_ns
        install_finders(w_ns)
    return w_ns


def install_finders(w_ns):
    """sys.meta_path gets the two finders (for importlib and programs that
    look there; the import statement itself does not go through them)."""
    from fastpy.interpreter import importing
    from fastpy.objspace.listobject import W_ListObject
    w_meta_path = importing.state.w_sys.w_dict.getitem_str('meta_path')
    if isinstance(w_meta_path, W_ListObject):
        w_meta_path.append(w_ns.getitem_str('BuiltinImporter'))
        w_meta_path.append(w_ns.getitem_str('PathFinder'))


def new_spec(spec):
    """A temporary tuple (__spec__, __loader__) for an importing.Spec."""
    from fastpy.interpreter import importing
    from fastpy.objspace.attribute import _call
    from fastpy.objspace.listobject import newlist
    from fastpy.objspace.intobject import newint
    from fastpy.objspace.tupleobject import W_TupleObject
    w_ns = app_namespace()
    w_new = w_ns.getitem_str('_new_spec')
    if spec.origin:
        w_origin = space.newtext(spec.origin)
        w_cached = space.newtext(importing.cached_path(spec.origin))
    else:
        w_origin = space.w_None
        w_cached = space.w_None
    w_locations = newlist([space.newtext(p) for p in spec.search_locations])
    w_pair = _call(w_new, [space.newtext(spec.name), newint(spec.kind),
                           w_origin, w_locations, w_cached])
    refcount.discard(w_locations)
    assert isinstance(w_pair, W_TupleObject)
    return w_pair
