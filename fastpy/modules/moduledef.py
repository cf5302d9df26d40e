"""Builtin modules written in RPython: one ModuleDef per module,
declared at import time next to the module's functions.

    module = ModuleDef('math', 'Mathematical functions.')

    @module.function('sqrt(x: float, /)')
    def math_sqrt(x): ...

    @module.initializer
    def init_math(w_dict):
        w_dict.setitem_str('pi', newfloat(3.141592653589793))

The module object is made the first time a program imports it
(`build`): a fresh module dict with `__name__`, `__doc__`, the declared
functions, then whatever the initializers put there (constants, types,
objects that need the running interpreter).  `registry.py` lists every
ModuleDef; the importer asks it for builtin modules by name.
"""

from fastpy.interpreter.gateway import interp2app


class ModuleDef(object):
    def __init__(self, name, doc=None):
        self.name = name
        self.doc = doc
        self.functions_w = []       # W_BuiltinFunction, in declaration order
        self.initializers = []      # RPython functions taking the dict

    def function(self, spec, doc=None):
        """Declare a module-level builtin function (gateway.py spec)."""
        def decorate(impl):
            w_func = interp2app(spec, impl, doc=doc)
            w_func.module_name = self.name
            self.functions_w.append(w_func)
            impl.w_func = w_func
            return impl
        return decorate

    def add_function(self, w_func):
        """Put an already built builtin function into the module."""
        self.functions_w.append(w_func)

    def initializer(self, init):
        """init(w_dict) runs when the module object is made."""
        self.initializers.append(init)
        return init

    def build(self):
        from fastpy.objspace import space
        from fastpy.objspace.dictobject import new_module_dict
        from fastpy.objspace.moduleobject import W_Module
        w_dict = new_module_dict()
        w_dict.setitem_str('__name__', space.newtext(self.name))
        if self.doc is not None:
            w_dict.setitem_str('__doc__', space.newtext(self.doc))
        else:
            w_dict.setitem_str('__doc__', space.w_None)
        w_dict.setitem_str('__package__', space.newtext(''))
        w_dict.setitem_str('__loader__', space.w_None)
        w_dict.setitem_str('__spec__', space.w_None)
        for w_func in self.functions_w:
            w_dict.setitem_str(w_func.name, w_func)
        for init in self.initializers:
            init(w_dict)
        return W_Module(self.name, w_dict)
