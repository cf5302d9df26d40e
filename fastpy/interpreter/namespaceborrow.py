"""Stack entries and locals that borrow a value from a namespace: a
module's globals, a class's dict, or a cell (function.W_Cell).

LOAD_GLOBAL pushes the value of a module-dict entry without counting it
while the entry is borrowable (dictobject.GlobalEntry), and LOAD_METHOD
pushes a function found on the type the same way: calling a global
function or a method then touches no reference count, in the
interpreter or in a trace, where the function is a constant whose count
the optimizer could not remove.  The namespace's reference keeps the
object alive; this module keeps the invariant when the namespace lets
go of it (a rebinding or deletion of the global or class attribute).

Which frames can hold such a borrowed reference:
  - the running frames (the chain from ec.topframeref): their value
    stacks, and the locals a call moved out of its caller's stack
    (Frame.take_arguments keeps an entry's kind);
  - not a suspended generator: suspending owns the borrowed entries left
    on its stack (Frame.own_borrowed_stack), and a generator's frame owns
    its locals from the start;
  - not an ended frame that its frame object keeps (a traceback's):
    ending owns them (frameobject.take_locals).
So before a module dict or a type's dict drops its reference to an
object, walking the running frames and owning every borrowed slot that
holds it is enough.  (Types are never released, so only rebinding and
deletion drop their dicts' values.)  A cell that lends its value is
held by the slot of every frame that read it (MAKE_CELL, or the copy of
the function's closure), so it outlives the entries that borrow from
it; it drops its value early only by a rebinding or a `del`.
"""

from rpython.rlib import jit
from fastpy import config


def unborrow(w_old):
    """A namespace (module dict entry, type dict) is about to drop its
    reference to w_old: borrowers of a counted object own it first."""
    if config.REFCOUNT and w_old is not None and w_old.counted:
        own_borrowed_references(w_old)


@jit.dont_look_inside
def own_borrowed_references(w_obj):
    """A namespace is about to drop its reference to w_obj: every
    running frame's slot that borrows w_obj takes its own."""
    from fastpy.interpreter.eval import ec
    frame = ec.topframeref()
    while frame is not None:
        frame.own_borrowed_slots(w_obj)
        frame = frame.f_backref()
