"""W_TypeObject: the type of every object.

Builtin types are prebuilt and immortal (not counted).  Methods of builtin
types live in a per-type table; the lookup is elidable because the tables
are filled before translation and never change afterwards.
"""

from rpython.rlib import jit
from fastpy.objspace.root import W_Root


class W_TypeObject(W_Root):
    _immutable_fields_ = ['name', 'w_base', 'methods', 'constructor']

    def __init__(self, name, w_base=None):
        self.name = name
        self.w_base = w_base
        self.methods = {}          # name -> W_BuiltinFunction
        self.constructor = None    # W_BuiltinFunction called by type(...)

    def gettype(self):
        return w_type_type

    def is_subtype(self, w_other):
        w_t = self
        while w_t is not None:
            if w_t is w_other:
                return True
            w_t = w_t.w_base
        return False

    @jit.elidable
    def lookup_method(self, name):
        w_t = self
        while w_t is not None:
            w_meth = w_t.methods.get(name, None)
            if w_meth is not None:
                return w_meth
            w_t = w_t.w_base
        return None

    def add_method(self, w_func):
        self.methods[w_func.name] = w_func


w_object_type = W_TypeObject('object')
w_type_type = W_TypeObject('type', w_object_type)
