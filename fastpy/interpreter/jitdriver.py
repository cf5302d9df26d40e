"""The JitDriver of the eval loop.

Greens (constant within one trace): the position in the code and the code
object.  Reds: the frame, a virtualizable, so its locals and value stack
are kept in registers inside compiled loops.

A generator's frame runs one iteration of its own loop per resumption.
When a consumer's trace inlines a resumption and meets the generator's
loop header, it goes through that header once instead of leaving the
trace through call_assembler into the generator's separately compiled
loop: the next `yield` returns to the consumer first, so the generator's
body ends up inside the consumer's loop.
"""

from rpython.rlib import jit


def get_printable_location(pc, code):
    from fastpy.compiler.opcodes import OPNAMES
    return '%s:%d #%d %s' % (code.co_name, code.lineno_at(pc), pc,
                             OPNAMES[code.co_code[pc]])


def should_unroll_one_iteration(pc, code):
    from fastpy.compiler.code import CO_GENERATOR_KINDS
    return (code.co_flags & CO_GENERATOR_KINDS) != 0


jitdriver = jit.JitDriver(
    greens=['pc', 'code'],
    reds=['frame'],
    virtualizables=['frame'],
    get_printable_location=get_printable_location,
    should_unroll_one_iteration=should_unroll_one_iteration,
    is_recursive=True,
)
