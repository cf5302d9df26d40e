"""Frame: the execution state of one code object.

Locals and the value stack share one fixed-size list (locals first), which
the JIT treats as a virtualizable: inside a trace they live in registers.
Every slot is a counted reference: push/pop/store go through refcount.
"""

from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized
from fastpy.objspace import refcount


class Frame(object):
    _virtualizable_ = ['locals_stack_w[*]', 'stackdepth', 'code',
                       'w_globals']

    def __init__(self, code, w_globals):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.code = code
        self.w_globals = w_globals     # borrowed from the function
        self.locals_stack_w = [None] * (code.co_nlocals + code.co_stacksize)
        make_sure_not_resized(self.locals_stack_w)
        self.stackdepth = code.co_nlocals

    # -- value stack (each entry owns a reference)

    def push(self, w_obj):
        refcount.incref(w_obj)
        depth = self.stackdepth
        assert depth >= 0
        self.locals_stack_w[depth] = w_obj
        self.stackdepth = depth + 1

    def pop(self):
        """Remove TOS and return it borrowed (alive until the next
        instruction boundary)."""
        depth = self.stackdepth - 1
        assert depth >= self.code.co_nlocals
        w_obj = self.locals_stack_w[depth]
        self.locals_stack_w[depth] = None
        self.stackdepth = depth
        refcount.decref(w_obj)
        return w_obj

    def peek(self, n):
        """The entry n below TOS (0 is TOS), borrowed."""
        depth = self.stackdepth - 1 - n
        assert depth >= 0
        return self.locals_stack_w[depth]

    @jit.unroll_safe
    def popn(self, n):
        while n > 0:
            self.pop()
            n -= 1

    def set_top(self, n, w_obj):
        """Replace the entry n below TOS."""
        depth = self.stackdepth - 1 - n
        assert depth >= 0
        w_old = self.locals_stack_w[depth]
        refcount.incref(w_obj)
        self.locals_stack_w[depth] = w_obj
        refcount.decref(w_old)

    # -- fast locals

    def load_local(self, i):
        assert i >= 0
        return self.locals_stack_w[i]

    def store_local(self, i, w_obj):
        assert i >= 0
        w_old = self.locals_stack_w[i]
        refcount.incref(w_obj)
        self.locals_stack_w[i] = w_obj
        refcount.decref(w_old)

    @jit.unroll_safe
    def release(self):
        """Drop every slot when the frame ends: locals in index order,
        then what is left on the stack (as CPython's frame dealloc)."""
        i = 0
        n = self.stackdepth
        while i < n:
            w_obj = self.locals_stack_w[i]
            if w_obj is not None:
                self.locals_stack_w[i] = None
                refcount.decref(w_obj)
            i += 1
        self.stackdepth = self.code.co_nlocals
