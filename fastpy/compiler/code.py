"""W_Code: an immutable compiled code object."""

from rpython.rlib import jit
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_code_type = W_TypeObject('code', w_object_type)

# co_flags bits, CPython's values.
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_GENERATOR_KINDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_ITERABLE_COROUTINE = 0x100   # types.coroutine: a generator `await` drives
# The bits that describe how the code runs; code.replace() keeps them.
CO_STRUCTURAL = (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS |
                 CO_GENERATOR_KINDS)


class W_Code(W_Root):
    """Code objects live for the whole run (they are reachable from the
    module's code), so they are not counted; their constants are counted
    slots."""
    _immutable_fields_ = ['co_name', 'co_filename', 'co_argcount',
                          'co_nlocals', 'co_varnames[*]', 'co_names[*]',
                          'co_names_w[*]', 'co_consts_w[*]', 'co_code[*]',
                          'co_lines[*]', 'co_stacksize', 'co_firstlineno',
                          'is_module', 'co_flags', 'co_qualname',
                          'co_nvarnames', 'co_posonlyargcount',
                          'co_kwonlyargcount', 'co_cellvars[*]',
                          'co_freevars[*]', 'co_cell2arg[*]', 'co_ncells',
                          'co_nfreevars', 'co_doc', 'co_exctable[*]']

    def __init__(self, name, filename, argcount, varnames, names, names_w,
                 consts_w, code, lines, stacksize, firstlineno, is_module,
                 flags=0, qualname=None, posonlyargcount=0,
                 kwonlyargcount=0, cellvars=None, freevars=None,
                 cell2arg=None, doc=None, exctable=None, positions=None):
        self.co_name = name
        self.co_filename = filename
        self.co_argcount = argcount
        # Frame slots before the value stack: fast locals (varnames),
        # then cells (cellvars), then free variables (freevars): CPython
        # 3.11's "localsplus".  co_nvarnames is CPython's co_nlocals.
        if cellvars is None:
            cellvars = []
        if freevars is None:
            freevars = []
        if cell2arg is None:
            cell2arg = [-1] * len(cellvars)
        self.co_nvarnames = len(varnames)
        self.co_ncells = len(cellvars)
        self.co_nfreevars = len(freevars)
        self.co_nlocals = len(varnames) + len(cellvars) + len(freevars)
        self.co_cellvars = _fixed_strs(cellvars)
        self.co_freevars = _fixed_strs(freevars)
        self.co_cell2arg = _fixed_ints(cell2arg)   # param index or -1
        if qualname is None:
            qualname = name
        self.co_qualname = qualname
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_doc = doc            # the docstring constant or None
        self.plan_cache = None       # argmatch.py: call plans, per call shape
        # Fixed-size copies: the JIT reads these as constants.
        self.co_varnames = _fixed_strs(varnames)
        self.co_names = _fixed_strs(names)
        self.co_names_w = _fixed_objs(names_w)
        self.co_consts_w = _fixed_objs(consts_w)
        self.co_code = _fixed_ints(code)
        # The line of each instruction; -1 (linetable.NO_LINE): none, as
        # CPython's artificial instructions (f_lineno is None there).
        self.co_lines = _fixed_ints(lines)
        self.co_stacksize = stacksize
        self.co_firstlineno = firstlineno
        self.is_module = is_module
        # CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR (generator.py):
        # calling such code creates a generator-like object.
        self.co_flags = flags
        # Exception table (compiler/exctable.py): four ints per entry,
        # start, end (instruction positions, end excluded), handler, stack
        # depth.  Read only when an exception reaches dispatch().
        if exctable is None:
            exctable = []
        self.co_exctable = _fixed_ints(exctable)
        # Source spans (compiler/positions.py): one packed int per
        # instruction.  Read only by traceback printing, never by the JIT.
        if positions is None:
            positions = []
        self.co_positions = _fixed_ints(positions)
        for w_const in consts_w:
            refcount.incref(w_const)

    def gettype(self):
        return w_code_type

    def referents(self):
        return list(self.co_consts_w)

    def lineno_at(self, pc):
        return self.co_lines[pc // 2]

    def position_at(self, pc):
        """(line, end line, col, end col) of the instruction at pc, as
        CPython's co_positions(); the columns are -1 when unknown."""
        from fastpy.compiler.positions import unpack, NO_POSITION
        i = pc // 2
        packed = NO_POSITION
        if 0 <= i < len(self.co_positions):
            packed = self.co_positions[i]
        return unpack(self.co_lines[i], packed)

    def cellfree_name(self, slot):
        """The name of the cell or free variable in frame slot `slot`."""
        i = slot - self.co_nvarnames
        if i < self.co_ncells:
            return self.co_cellvars[i]
        return self.co_freevars[i - self.co_ncells]

    def replaced(self, name, qualname, filename, firstlineno, flags,
                 lines=None, positions=None):
        """A copy with other metadata (code.replace()); line numbers
        move with co_firstlineno, as CPython's relative line table,
        unless `lines` and `positions` (a new co_linetable) are given."""
        if lines is None or positions is None:
            delta = firstlineno - self.co_firstlineno
            lines = []
            for line in self.co_lines:
                if line >= 0:
                    line += delta
                lines.append(line)
            positions = list(self.co_positions)
        return W_Code(name, filename, self.co_argcount,
                      list(self.co_varnames), list(self.co_names),
                      list(self.co_names_w), list(self.co_consts_w),
                      list(self.co_code), lines,
                      self.co_stacksize, firstlineno, self.is_module,
                      flags, qualname, self.co_posonlyargcount,
                      self.co_kwonlyargcount, list(self.co_cellvars),
                      list(self.co_freevars), list(self.co_cell2arg),
                      self.co_doc, list(self.co_exctable), positions)

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
