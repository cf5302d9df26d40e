"""Frame: the execution state of one code object.

Locals and the value stack share one fixed-size list (locals first), which
the JIT treats as a virtualizable: inside a trace they live in registers.

Reference counts (objspace/refcount.py).  Every local owns a reference.
A stack entry either owns one, or is *borrowed*: `LOAD_FAST` pushes the
value of a local without counting it (`push_borrowed`), like CPython
3.14's LOAD_FAST_BORROW, because the local keeps the object alive while
the entry lives.  `borrowed[d]` says which kind entry d is.

Locals can be borrowed too: a call moves its argument entries into the
callee's locals as they are (`take_arguments`), because the caller's
locals cannot change while the call runs, so a value borrowed from them
stays alive until the callee returns.  (A frame that can outlive its
call, like a generator's, must own its arguments.)  The
invariant that makes borrowing safe: when a local is rebound or deleted,
stack entries borrowing the old value first become owned
(`_own_borrowed_copies`).  LOAD_GLOBAL borrows too, from a module dict
entry; namespaceborrow.py keeps the same invariant when the entry is
rebound or deleted.  Popping a borrowed entry costs nothing; taking
ownership of it (`pop_owned`) counts it then.  So `v[j]`, `len(v)` or
`x.attr` on a local touch no count at all, and in a trace the flags are
constants.
"""

from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized
from fastpy.objspace import refcount


class Frame(object):
    _virtualizable_ = ['locals_stack_w[*]', 'borrowed[*]', 'stackdepth',
                       'code', 'w_globals', 'last_pc']

    # The frame chain (sys._getframe, f_back): the calling frame, as a
    # virtual reference (eval.ExecutionContext.enter), so that a frame
    # the program never looks at stays virtual in traces.  `escaped`: the
    # program holds this frame (a frame object), so its caller must stay
    # reachable after the call returns.
    f_backref = jit.vref_None
    escaped = False
    # Its frame object (frameobject.py), made when the program asks.
    w_frame_object = None
    # Traceback entries of exceptions raised and caught here refer to the
    # frame itself, not to a frame object, so catching stays cheap in
    # traces (exceptions.W_Traceback.frame).  How many are alive; once
    # the frame ended with some alive, each holds a reference to the
    # frame object instead, which then keeps the locals (end()).
    tb_entries = 0
    tb_entries_moved = False
    # The instruction being executed (f_lineno of a frame in a call).
    last_pc = 0
    # last_pc when an exception last entered a handler of this frame:
    # CPython's handlers push it ("lasti") and RERAISE n>0 restores it,
    # so a frame left by a re-raise shows the line that raised (PEP 626).
    # Class-level default: frames that catch nothing never write it.
    handler_lasti = 0

    # A generator's frame (generator.py): where dispatch resumes, and how
    # the last dispatch ended (SUSPEND_* in generator.py; 0: returned).
    # Class-level defaults, so ordinary calls never write them.
    resume_pc = 0
    suspend_kind = 0
    # The names of the function that made a generator's frame (the
    # generator's __name__/__qualname__); None: the code's names.
    gen_name = None
    gen_qualname = None
    # A class body's namespace (LOAD_NAME/STORE_NAME, classbody.py),
    # borrowed from __build_class__, which holds it while the body runs.
    w_locals = None
    # A function frame's locals() dict, made by the first locals() call
    # and refreshed by each (frameaccess.py); a counted slot.
    w_fast_dict = None
    # sys.settrace (tracing.py): the local trace function (f_trace, a
    # counted slot), whether it gets line events (f_trace_lines), and
    # the instruction traced before the current one.
    w_local_trace = None
    trace_lines = True
    trace_prev_pc = -1
    in_call_event = False       # its f_lineno is then the `def` line

    def __init__(self, code, w_globals):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.code = code
        self.w_globals = w_globals     # borrowed from the function
        size = code.co_nlocals + code.co_stacksize
        self.locals_stack_w = [None] * size
        make_sure_not_resized(self.locals_stack_w)
        self.borrowed = [False] * size
        make_sure_not_resized(self.borrowed)
        self.stackdepth = code.co_nlocals

    # -- value stack

    def push(self, w_obj):
        """Push w_obj; the new stack entry takes a reference."""
        refcount.incref(w_obj)
        self.push_owned(w_obj)

    def push_owned(self, w_obj):
        """Push a reference the caller already counted (one taken from
        another slot with pop_owned)."""
        depth = self.stackdepth
        assert depth >= 0
        self.locals_stack_w[depth] = w_obj
        self.borrowed[depth] = False
        self.stackdepth = depth + 1

    def push_borrowed(self, w_obj):
        """Push the value of a local of this frame without counting it."""
        depth = self.stackdepth
        assert depth >= 0
        self.locals_stack_w[depth] = w_obj
        self.borrowed[depth] = True
        self.stackdepth = depth + 1

    def push_copy(self, n):
        """Push the entry n below TOS again, of the same kind: a copy of a
        borrowed entry borrows from the same lender, which finds both
        by identity when it lets the object go (`x.n += 1` duplicates a
        local without counting it)."""
        depth = self.stackdepth
        src = depth - 1 - n
        assert src >= 0 and depth >= 0
        w_obj = self.locals_stack_w[src]
        borrowed = self.borrowed[src]
        if not borrowed:
            refcount.incref(w_obj)
        self.locals_stack_w[depth] = w_obj
        self.borrowed[depth] = borrowed
        self.stackdepth = depth + 1

    def pop(self):
        """Drop TOS.  The object is released here if that was its last
        reference, so callers peek at what they need first."""
        depth = self.stackdepth - 1
        assert depth >= self.code.co_nlocals
        w_obj = self.locals_stack_w[depth]
        self.locals_stack_w[depth] = None
        self.stackdepth = depth
        if not self.borrowed[depth]:
            refcount.decref(w_obj)

    def pop_owned(self):
        """Remove TOS and return it with a reference the caller now owns
        (it stores it in another slot or decrefs it)."""
        depth = self.stackdepth - 1
        assert depth >= self.code.co_nlocals
        w_obj = self.locals_stack_w[depth]
        self.locals_stack_w[depth] = None
        self.stackdepth = depth
        if self.borrowed[depth]:
            refcount.incref(w_obj)
        return w_obj

    def take_owned(self, n):
        """Take the entry n below TOS out of the stack's counting: it is
        returned as a reference the caller owns (and stores in a slot),
        and the entry stays in place, empty, until the instruction drops
        its operands."""
        depth = self.stackdepth - 1 - n
        assert depth >= self.code.co_nlocals
        w_obj = self.locals_stack_w[depth]
        self.locals_stack_w[depth] = None
        if self.borrowed[depth]:
            refcount.incref(w_obj)
        return w_obj

    def peek(self, n):
        """The entry n below TOS (0 is TOS), borrowed."""
        depth = self.stackdepth - 1 - n
        assert depth >= 0
        return self.locals_stack_w[depth]

    @jit.unroll_safe
    def popn(self, n):
        """Drop the top n entries, the deepest first: CPython's order when
        an instruction releases its operands (`a + b` drops a, then b)."""
        base = self.stackdepth - n
        assert base >= self.code.co_nlocals
        self._drop_entries(base, n)
        self.stackdepth = base

    @jit.unroll_safe
    def _drop_entries(self, first, n):
        """Empty the n entries from `first` up, releasing the owned ones
        in that order (the depth is the caller's to set)."""
        i = 0
        while i < n:
            depth = first + i
            w_obj = self.locals_stack_w[depth]
            self.locals_stack_w[depth] = None
            if not self.borrowed[depth]:
                refcount.decref(w_obj)
            i += 1

    @jit.unroll_safe
    def clear_entries(self, n, skip):
        """Release the n entries below the top `skip` ones, the deepest
        first, leaving empty entries: arguments a callee now holds on its
        own (CPython's frames steal their arguments, so a callee's
        `*args` tuple or `**kwargs` dict holds their last references)."""
        base = self.stackdepth - skip - n
        assert base >= self.code.co_nlocals
        i = 0
        while i < n:
            depth = base + i
            w_obj = self.locals_stack_w[depth]
            self.locals_stack_w[depth] = None
            if not self.borrowed[depth]:
                refcount.decref(w_obj)
            self.borrowed[depth] = False
            i += 1

    @jit.unroll_safe
    def replace_top(self, n, w_result):
        """Pop n entries and push w_result, which may be a temporary or
        an object held only by one of the popped entries: it is counted
        before the entries are dropped, the deepest first.  The result
        takes the deepest entry's place before anything is released (a
        finalizer then sees a consistent stack), and the depth is
        written once: an inlined frame records few operations."""
        refcount.incref(w_result)
        base = self.stackdepth - n
        assert base >= self.code.co_nlocals
        if n == 0:
            self.push_owned(w_result)
            return
        w_first = self.locals_stack_w[base]
        first_borrowed = self.borrowed[base]
        self.locals_stack_w[base] = w_result
        self.borrowed[base] = False
        if not first_borrowed:
            refcount.decref(w_first)
        self._drop_entries(base + 1, n - 1)
        self.stackdepth = base + 1

    def set_top(self, n, w_obj):
        """Replace the entry n below TOS by an owned reference to w_obj."""
        depth = self.stackdepth - 1 - n
        assert depth >= 0
        w_old = self.locals_stack_w[depth]
        refcount.incref(w_obj)
        self.locals_stack_w[depth] = w_obj
        if not self.borrowed[depth]:
            refcount.decref(w_old)
        self.borrowed[depth] = False

    def swap(self, n):
        """Exchange TOS with the entry n below it (CPython's SWAP n+1):
        entries move with their kind, no count changes."""
        top = self.stackdepth - 1
        other = top - n
        assert other >= 0 and top >= 0
        w_top = self.locals_stack_w[top]
        self.locals_stack_w[top] = self.locals_stack_w[other]
        self.locals_stack_w[other] = w_top
        top_borrowed = self.borrowed[top]
        self.borrowed[top] = self.borrowed[other]
        self.borrowed[other] = top_borrowed

    # -- fast locals

    def load_local(self, i):
        assert i >= 0
        return self.locals_stack_w[i]

    def store_local(self, i, w_obj):
        refcount.incref(w_obj)
        self.store_local_owned(i, w_obj)

    def store_local_owned(self, i, w_obj):
        """Store a reference the caller already counted; the old value
        is dropped after the store, as CPython's STORE_FAST does."""
        assert i >= 0
        w_old = self.locals_stack_w[i]
        self.locals_stack_w[i] = w_obj
        was_borrowed = self.borrowed[i]
        self.borrowed[i] = False
        if w_old is not None and w_old.counted:
            self._own_borrowed_copies(w_old)
            if not was_borrowed:
                refcount.decref(w_old)

    @jit.unroll_safe
    def take_arguments(self, caller, nargs):
        """Move the caller's top nargs stack entries into locals
        0..nargs-1, each keeping its kind: no count changes."""
        i = nargs - 1
        while i >= 0:
            depth = caller.stackdepth - 1
            assert depth >= caller.code.co_nlocals
            self.locals_stack_w[i] = caller.locals_stack_w[depth]
            self.borrowed[i] = caller.borrowed[depth]
            caller.locals_stack_w[depth] = None
            caller.stackdepth = depth
            i -= 1

    @jit.unroll_safe
    def borrow_arguments(self, caller, nargs, first):
        """Locals first..first+nargs-1 borrow the caller's top nargs
        stack entries, which stay on the caller's stack until this
        frame has ended (a class call: type.__call__ keeps them)."""
        base = caller.stackdepth - nargs
        assert base >= caller.code.co_nlocals
        for i in range(nargs):
            self.locals_stack_w[first + i] = caller.locals_stack_w[base + i]
            self.borrowed[first + i] = True

    def lend_local(self, i, w_obj):
        """Local i borrows w_obj, which the caller holds until this
        frame has ended."""
        assert i >= 0
        self.locals_stack_w[i] = w_obj
        self.borrowed[i] = True

    @jit.unroll_safe
    def own_locals(self):
        """The frame will outlive its call (a generator's): locals that
        borrow from the caller's stack take references of their own."""
        i = 0
        n = self.code.co_nlocals
        while i < n:
            if self.borrowed[i]:
                self.borrowed[i] = False
                refcount.incref(self.locals_stack_w[i])
            i += 1

    @jit.unroll_safe
    def _own_borrowed_copies(self, w_old):
        """A local stops holding w_old: stack entries that borrowed it
        from a local take a reference of their own (they may borrow it
        from another local holding the same object; owning is safe)."""
        depth = self.code.co_nlocals
        top = jit.promote(self.stackdepth)
        while depth < top:
            if self.borrowed[depth] and self.locals_stack_w[depth] is w_old:
                self.borrowed[depth] = False
                refcount.incref(w_old)
            depth += 1

    def own_borrowed_slots(self, w_obj=None):
        """Every slot (local or stack entry) borrowing w_obj, or any
        object if w_obj is None, takes a reference of its own: a
        namespace drops w_obj (namespaceborrow.py), or the frame ended
        but its frame object keeps its slots, whose lenders (the
        caller's slots, a global) may now go."""
        for i in range(self.stackdepth):
            if self.borrowed[i] and (w_obj is None or
                                     self.locals_stack_w[i] is w_obj):
                self.borrowed[i] = False
                refcount.incref(self.locals_stack_w[i])

    @jit.unroll_safe
    def own_borrowed_stack(self):
        """The frame suspends (a generator's yield or await): its stack
        entries stop borrowing, since what they borrow from (a global, a
        caller's slot) may go while the frame is not running."""
        depth = self.code.co_nlocals
        top = jit.promote(self.stackdepth)
        while depth < top:
            if self.borrowed[depth]:
                self.borrowed[depth] = False
                refcount.incref(self.locals_stack_w[depth])
            depth += 1

    def set_local_trace(self, w_func):
        """frame.f_trace = w_func (None: no local trace function)."""
        w_old = self.w_local_trace
        refcount.incref(w_func)
        self.w_local_trace = w_func
        refcount.decref(w_old)

    def end(self):
        """The frame has returned or raised.  Its slots go now, unless
        its frame object is still referenced (a traceback, a variable):
        that object then owns them (frameobject.py)."""
        if self.tb_entries > 0:
            self._move_tb_entries()
        w_fo = self.w_frame_object
        if w_fo is not None and w_fo.take_locals():
            return
        self.release()

    @jit.dont_look_inside
    def _move_tb_entries(self):
        """The frame ends while traceback entries refer to it: their
        references become counted ones to the frame object, which keeps
        the locals until the last entry goes (as CPython's tb_frame)."""
        from fastpy.interpreter.frameobject import get_frame_object
        w_fo = get_frame_object(self)
        for i in range(self.tb_entries):
            refcount.incref(w_fo)
        self.tb_entries = 0
        self.tb_entries_moved = True

    def tb_entry_frame_object(self):
        """A traceback entry referring to this frame asks for its frame
        object (tb_frame, or the exception leaves the frame): its
        reference becomes a counted one, which is returned."""
        if self.tb_entries_moved:
            return self.w_frame_object      # counted by _move_tb_entries
        from fastpy.interpreter.frameobject import get_frame_object
        w_fo = get_frame_object(self)
        refcount.incref(w_fo)
        self.tb_entries -= 1
        return w_fo

    def drop_tb_entry(self):
        """A traceback entry referring to this frame dies."""
        if self.tb_entries_moved:
            refcount.decref(self.w_frame_object)
        else:
            self.tb_entries -= 1

    def append_slots(self, result):
        """The objects the frame's slots own (for the heap checker)."""
        for i in range(self.stackdepth):
            w_obj = self.locals_stack_w[i]
            if w_obj is not None and not self.borrowed[i]:
                result.append(w_obj)
        if self.w_fast_dict is not None:
            result.append(self.w_fast_dict)

    @jit.unroll_safe
    def release(self):
        """Drop every slot when the frame ends: locals in index order,
        then what is left on the stack (as CPython's frame dealloc)."""
        nlocals = self.code.co_nlocals
        i = 0
        n = self.stackdepth
        while i < n:
            w_obj = self.locals_stack_w[i]
            if w_obj is not None:
                self.locals_stack_w[i] = None
                if not self.borrowed[i]:
                    refcount.decref(w_obj)
            i += 1
        self.stackdepth = nlocals
        w_fast_dict = self.w_fast_dict
        if w_fast_dict is not None:
            self.w_fast_dict = None
            refcount.decref(w_fast_dict)
        if self.w_local_trace is not None:
            self.set_local_trace(None)
