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


def can_never_inline(pc, code):
    """A resumption of a generator with two or more suspension points
    (yields and `yield from`s) is not inlined into its consumer's trace
    but called as compiled code of its own (call_assembler).  Inlining
    such bodies makes traces that depend on where the generator stopped
    last: a recursive `yield from` tree walk suspends at a different
    depth for every item, and the guards of the inlined resumptions
    then fail over and over (bridges and blackholing).  Generators with
    one `yield`, the pipeline stages and generator expressions, stay
    inlined.  (PyPy draws the same line.)"""
    return code.co_suspension_points >= 2


jitdriver = jit.JitDriver(
    greens=['pc', 'code'],
    reds=['frame'],
    virtualizables=['frame'],
    get_printable_location=get_printable_location,
    should_unroll_one_iteration=should_unroll_one_iteration,
    can_never_inline=can_never_inline,
    is_recursive=True,
)
