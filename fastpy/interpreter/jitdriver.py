"""The JitDriver of the eval loop.

Greens (constant within one trace): the position in the code and the code
object.  Reds: the frame, a virtualizable, so its locals and value stack
are kept in registers inside compiled loops.
"""

from rpython.rlib import jit


def get_printable_location(pc, code):
    from fastpy.compiler.opcodes import OPNAMES
    return '%s:%d #%d %s' % (code.co_name, code.lineno_at(pc), pc,
                             OPNAMES[code.co_code[pc]])


jitdriver = jit.JitDriver(
    greens=['pc', 'code'],
    reds=['frame'],
    virtualizables=['frame'],
    get_printable_location=get_printable_location,
    is_recursive=True,
)
