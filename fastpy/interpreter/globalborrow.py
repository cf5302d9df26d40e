"""Stack entries and locals that borrow the value of a global.

LOAD_GLOBAL pushes the value of a module-dict entry without counting it
while the entry is borrowable (dictobject.GlobalEntry): calling a global
function then touches no reference count, in the interpreter or in a
trace.  The entry's reference keeps the object alive; this module keeps
the invariant when the entry lets go of it.

Which frames can hold such a borrowed reference:
  - the running frames (the chain from ec.topframeref): their value
    stacks, and the locals a call moved out of its caller's stack
    (Frame.take_arguments keeps an entry's kind);
  - not a suspended generator: suspending owns the borrowed entries left
    on its stack (Frame.own_borrowed_stack), and a generator's frame owns
    its locals from the start;
  - not an ended frame that its frame object keeps (a traceback's):
    ending owns them (frameobject.take_locals).
So before a module dict drops its reference to an object, walking the
running frames and owning every borrowed slot that holds it is enough.
"""

from rpython.rlib import jit


@jit.dont_look_inside
def own_borrowed_references(w_obj):
    """A module dict entry is about to drop its reference to w_obj:
    every running frame's slot that borrows w_obj takes its own."""
    from fastpy.interpreter.eval import ec
    frame = ec.topframeref()
    while frame is not None:
        frame.own_borrowed_slots(w_obj)
        frame = frame.f_backref()
