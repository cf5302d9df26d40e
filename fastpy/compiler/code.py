"""W_Code: an immutable compiled code object."""

from rpython.rlib import jit
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_code_type = W_TypeObject('code', w_object_type)


class W_Code(W_Root):
    """Code objects live for the whole run (they are reachable from the
    module's code), so they are not counted; their constants are counted
    slots."""
    _immutable_fields_ = ['co_name', 'co_filename', 'co_argcount',
                          'co_nlocals', 'co_varnames[*]', 'co_names[*]',
                          'co_names_w[*]', 'co_consts_w[*]', 'co_code[*]',
                          'co_lines[*]', 'co_stacksize', 'co_firstlineno',
                          'is_module']

    def __init__(self, name, filename, argcount, varnames, names, names_w,
                 consts_w, code, lines, stacksize, firstlineno, is_module):
        self.co_name = name
        self.co_filename = filename
        self.co_argcount = argcount
        self.co_nlocals = len(varnames)
        # Fixed-size copies: the JIT reads these as constants.
        self.co_varnames = _fixed_strs(varnames)
        self.co_names = _fixed_strs(names)
        self.co_names_w = _fixed_objs(names_w)
        self.co_consts_w = _fixed_objs(consts_w)
        self.co_code = _fixed_ints(code)
        self.co_lines = _fixed_ints(lines)   # line of each instruction
        self.co_stacksize = stacksize
        self.co_firstlineno = firstlineno
        self.is_module = is_module
        for w_const in consts_w:
            refcount.incref(w_const)

    def gettype(self):
        return w_code_type

    def referents(self):
        return list(self.co_consts_w)

    def lineno_at(self, pc):
        return self.co_lines[pc // 2]

    @jit.elidable
    def varname_index(self, name):
        for i in range(self.co_argcount):
            if self.co_varnames[i] == name:
                return i
        return -1


def _fixed_strs(items):
    result = [''] * len(items)
    for i in range(len(items)):
        result[i] = items[i]
    return result


def _fixed_ints(items):
    result = [0] * len(items)
    for i in range(len(items)):
        result[i] = items[i]
    return result


def _fixed_objs(items_w):
    result = [None] * len(items_w)
    for i in range(len(items_w)):
        result[i] = items_w[i]
    return result
