"""Compiling the match statement (PEP 634): mixins of the symbol-table
builder (capture names are bound in the enclosing scope) and of the code
generator.  The code is CPython 3.11's (Python/compile.c), with its
SyntaxErrors; interpreter/matchrt.py runs the MATCH_* instructions.

    subject; for each case:  COPY 1 (not for the last one)
                             <pattern: consumes the copy; on success the
                              captured values lie on the stack>
                             STORE name... (all captures, once matched)
                             [guard; POP_JUMP_IF_FALSE fail_pop[0]]
                             POP_TOP (the subject; not for the last one)
                             <body>; JUMP_FORWARD end
                fail_pop[n]: POP_TOP  ... fail_pop[1]: POP_TOP
                fail_pop[0]: <next case>
    end:

A pattern is compiled with a PatternContext: `stores` are the names
captured so far (their values wait on the stack, the first one nearest
the top), `on_top` the entries above them that the pattern still needs,
and `fail_pop[i]` a label that pops i entries and goes to the next case.
Every failure jumps to fail_pop[on_top + len(stores)].

    value:      subject; value; COMPARE_OP ==; POP_JUMP_IF_FALSE fail
    singleton:  subject; const; COMPARE_OP is; POP_JUMP_IF_FALSE fail
    sequence:   MATCH_SEQUENCE; [GET_LEN; n; COMPARE_OP]; UNPACK_SEQUENCE
                or UNPACK_EX (or BINARY_SUBSCR with a `*_`); items
    mapping:    MATCH_MAPPING; [GET_LEN; n; >=]; keys; BUILD_TUPLE;
                MATCH_KEYS; COPY 1; POP_JUMP_IF_NONE fail; UNPACK_SEQUENCE
    class:      cls; names; MATCH_CLASS nargs; COPY 1; POP_JUMP_IF_NONE
                fail; UNPACK_SEQUENCE
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.objspace import space
from fastpy.objspace.tupleobject import newconsttuple


DEF_LOCAL = 2           # symtable.DEF_LOCAL (symtable imports this module)


def is_wildcard(p):
    return isinstance(p, ast.MatchAs) and p.pattern is None and \
        p.name == ''


def is_star_wildcard(p):
    return isinstance(p, ast.MatchStar) and p.name == ''


class MatchSymtable(object):
    """Mixin of symtable.SymtableBuilder."""
    _mixin_ = True

    def visit_Match(self, node):
        node.subject.accept(self)
        for case in node.cases:
            self.visit_pattern(case.pattern)
            if case.guard is not None:
                case.guard.accept(self)
            self.visit_body(case.body)

    def visit_pattern(self, p):
        if isinstance(p, ast.MatchValue):
            p.value.accept(self)
        elif isinstance(p, ast.MatchSequence):
            for sub in p.patterns:
                self.visit_pattern(sub)
        elif isinstance(p, ast.MatchStar):
            if p.name:
                self.add_def(p.name, DEF_LOCAL, p)
        elif isinstance(p, ast.MatchMapping):
            for key in p.keys:
                key.accept(self)
            for sub in p.patterns:
                self.visit_pattern(sub)
            if p.rest:
                self.add_def(p.rest, DEF_LOCAL, p)
        elif isinstance(p, ast.MatchClass):
            p.cls.accept(self)
            for sub in p.patterns:
                self.visit_pattern(sub)
            for sub in p.kwd_patterns:
                self.visit_pattern(sub)
        elif isinstance(p, ast.MatchAs):
            if p.pattern is not None:
                self.visit_pattern(p.pattern)
            if p.name:
                self.add_def(p.name, DEF_LOCAL, p)
        elif isinstance(p, ast.MatchOr):
            for sub in p.patterns:
                self.visit_pattern(sub)


class PatternContext(object):
    """CPython's pattern_context, plus the position errors point at (the
    last pattern entered, as CPython's SET_LOC)."""

    def __init__(self, allow_irrefutable):
        self.stores = []            # captured names, in store order
        self.allow_irrefutable = allow_irrefutable
        self.fail_pop = []          # labels: fail_pop[i] pops i entries
        self.on_top = 0
        self.lineno = 0
        self.col = 0
        self.end_lineno = 0
        self.end_col = 0

    def set_loc(self, node):
        self.lineno = node.lineno
        self.col = node.col
        self.end_lineno = node.end_lineno
        self.end_col = node.end_col

    def error(self, msg):
        from fastpy.compiler.symtable import CompileError
        return CompileError(msg, self.lineno, self.col, self.end_lineno,
                            self.end_col)


class MatchCodegen(object):
    """Mixin of codegen.CodeGenerator."""
    _mixin_ = True

    def visit_Match(self, node):
        self.visit_expr(node.subject)
        end = self.new_label()
        cases = node.cases
        ncases = len(cases)
        last = cases[ncases - 1]
        has_default = is_wildcard(last.pattern) and ncases > 1
        n = ncases
        if has_default:
            n = ncases - 1
        for i in range(n):
            m = cases[i]
            self.lineno = m.pattern.lineno
            # Only copy the subject if we're not on the last case:
            if i != n - 1:
                self.emit(op.COPY, 1)
            # Irrefutable cases must be either guarded, last, or both:
            pc = PatternContext(m.guard is not None or i == ncases - 1)
            self.compile_pattern(m.pattern, pc)
            assert pc.on_top == 0
            # A match: store the captured names (they are on the stack).
            for name in pc.stores:
                self.store_name(name)
            if m.guard is not None:
                self.ensure_fail_pop(pc, 0)
                self.visit_expr(m.guard)
                self.emit_jump(op.POP_JUMP_IF_FALSE, pc.fail_pop[0])
            if i != n - 1:
                self.emit(op.POP_TOP, 0)     # the subject
            self.visit_body(m.body)
            self.emit_jump(op.JUMP_FORWARD, end)
            self.lineno = m.pattern.lineno
            self.emit_and_reset_fail_pop(pc)
        if has_default:
            # A trailing `case _:` needs no pattern code.
            self.lineno = last.pattern.lineno
            self.emit(op.NOP, 0)
            if last.guard is not None:
                self.visit_expr(last.guard)
                self.emit_jump(op.POP_JUMP_IF_FALSE, end)
            self.visit_body(last.body)
        self.mark(end)

    # ------------------------------------------------------------ helpers

    def ensure_fail_pop(self, pc, n):
        while len(pc.fail_pop) < n + 1:
            pc.fail_pop.append(self.new_label())

    def jump_to_fail_pop(self, pc, opcode):
        """Fail: pop the entries on top and the values captured so far."""
        pops = pc.on_top + len(pc.stores)
        self.ensure_fail_pop(pc, pops)
        self.emit_jump(opcode, pc.fail_pop[pops])

    def emit_and_reset_fail_pop(self, pc):
        i = len(pc.fail_pop) - 1
        if i < 0:
            return
        while i > 0:
            self.mark(pc.fail_pop[i])
            self.emit(op.POP_TOP, 0)
            i -= 1
        self.mark(pc.fail_pop[0])
        pc.fail_pop = []

    def pattern_rotate(self, count):
        """Move TOS down to the count-th entry (1 is TOS)."""
        while count > 1:
            self.emit(op.SWAP, count)
            count -= 1

    def pattern_store(self, name, pc):
        """Capture TOS as `name` (wildcard: drop it): it goes beneath the
        entries on top and the earlier captures."""
        if name == '':
            self.emit(op.POP_TOP, 0)
            return
        if name == '__debug__':
            raise pc.error("cannot assign to __debug__")
        if name in pc.stores:
            raise pc.error("multiple assignments to name '%s' in pattern"
                           % name)
        self.pattern_rotate(pc.on_top + len(pc.stores) + 1)
        pc.stores.append(name)

    def load_int(self, value):
        self.emit(op.LOAD_CONST, self.const_index(space.newint(value)))

    # ------------------------------------------------------------ patterns

    def compile_pattern(self, p, pc):
        pc.set_loc(p)
        self.lineno = p.lineno
        if isinstance(p, ast.MatchValue):
            self.pattern_value(p, pc)
        elif isinstance(p, ast.MatchSingleton):
            self.emit(op.LOAD_CONST, self.const_index(p.w_value))
            self.emit(op.COMPARE_OP, space.CMP_IS)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        elif isinstance(p, ast.MatchSequence):
            self.pattern_sequence(p, pc)
        elif isinstance(p, ast.MatchMapping):
            self.pattern_mapping(p, pc)
        elif isinstance(p, ast.MatchClass):
            self.pattern_class(p, pc)
        elif isinstance(p, ast.MatchStar):
            self.pattern_store(p.name, pc)
        elif isinstance(p, ast.MatchAs):
            self.pattern_as(p, pc)
        elif isinstance(p, ast.MatchOr):
            self.pattern_or(p, pc)
        else:
            raise pc.error("invalid pattern")

    def compile_subpattern(self, p, pc):
        """A pattern inside another: irrefutable ones are allowed."""
        allow = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.compile_pattern(p, pc)
        pc.allow_irrefutable = allow

    def pattern_value(self, p, pc):
        value = p.value
        if not (isinstance(value, ast.Constant) or
                isinstance(value, ast.Attribute) or
                isinstance(value, ast.BinOp)):
            raise pc.error("patterns may only match literals and attribute "
                           "lookups")
        self.visit_expr(value)
        self.emit(op.COMPARE_OP, space.CMP_EQ)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)

    def pattern_as(self, p, pc):
        if p.pattern is None:
            # A capture or a wildcard: irrefutable.
            if not pc.allow_irrefutable:
                if p.name:
                    raise pc.error("name capture '%s' makes remaining "
                                   "patterns unreachable" % p.name)
                raise pc.error("wildcard makes remaining patterns "
                               "unreachable")
            self.pattern_store(p.name, pc)
            return
        # A copy of the subject to store once the pattern matched:
        pc.on_top += 1
        self.emit(op.COPY, 1)
        self.compile_pattern(p.pattern, pc)
        pc.on_top -= 1
        self.pattern_store(p.name, pc)

    def pattern_sequence(self, p, pc):
        patterns = p.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        for i in range(size):
            sub = patterns[i]
            if isinstance(sub, ast.MatchStar):
                if star >= 0:
                    raise pc.error("multiple starred names in sequence "
                                   "pattern")
                star_wildcard = is_star_wildcard(sub)
                only_wildcard = only_wildcard and star_wildcard
                star = i
                continue
            only_wildcard = only_wildcard and is_wildcard(sub)
        # The subject stays on top during the type and length checks:
        pc.on_top += 1
        self.emit(op.MATCH_SEQUENCE, 0)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if star < 0:
            self.emit(op.GET_LEN, 0)
            self.load_int(size)
            self.emit(op.COMPARE_OP, space.CMP_EQ)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        elif size - 1 > 0:
            self.emit(op.GET_LEN, 0)
            self.load_int(size - 1)
            self.emit(op.COMPARE_OP, space.CMP_GE)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        # What comes next consumes the subject:
        pc.on_top -= 1
        if only_wildcard:
            self.emit(op.POP_TOP, 0)
        elif star_wildcard:
            self.sequence_subscr(patterns, star, pc)
        else:
            self.sequence_unpack(patterns, star, pc)

    def sequence_unpack(self, patterns, star, pc):
        size = len(patterns)
        if star >= 0:
            after = size - star - 1
            if star >= 256 or after >= (1 << 23):
                raise pc.error("too many expressions in star-unpacking "
                               "assignment")
            self.emit(op.UNPACK_EX, star + (after << 8))
        else:
            self.emit(op.UNPACK_SEQUENCE, size)
        # The items are new subjects, each kept until its turn:
        pc.on_top += size
        for sub in patterns:
            pc.on_top -= 1
            self.compile_subpattern(sub, pc)

    def sequence_subscr(self, patterns, star, pc):
        """Patterns with a `*_`: index the items instead of unpacking."""
        pc.on_top += 1              # the subject, to index
        size = len(patterns)
        for i in range(size):
            sub = patterns[i]
            if is_wildcard(sub) or i == star:
                continue
            self.emit(op.COPY, 1)
            if i < star:
                self.load_int(i)
            else:
                # The subject may not support negative indexes:
                self.emit(op.GET_LEN, 0)
                self.load_int(size - i)
                self.emit(op.BINARY_OP, space.OP_SUB)
            self.emit(op.BINARY_SUBSCR, 0)
            self.compile_subpattern(sub, pc)
        pc.on_top -= 1
        self.emit(op.POP_TOP, 0)

    def pattern_mapping(self, p, pc):
        keys = p.keys
        size = len(keys)
        # The subject stays on top during the type and length checks:
        pc.on_top += 1
        self.emit(op.MATCH_MAPPING, 0)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if size == 0 and p.rest == '':
            # `{}`: done.
            pc.on_top -= 1
            self.emit(op.POP_TOP, 0)
            return
        if size > 0:
            self.emit(op.GET_LEN, 0)
            self.load_int(size)
            self.emit(op.COMPARE_OP, space.CMP_GE)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        seen_w = []
        for key in keys:
            if isinstance(key, ast.Constant):
                w_key = key.w_value
                for w_seen in seen_w:
                    if _same_key(w_seen, w_key):
                        raise pc.error("mapping pattern checks duplicate "
                                       "key (%s)" % space.str_to_utf8(
                                           space.repr_u(w_key)))
                seen_w.append(w_key)
            elif not (isinstance(key, ast.Attribute) or
                      isinstance(key, ast.BinOp)):
                raise pc.error("mapping pattern keys may only match "
                               "literals and attribute lookups")
            self.visit_expr(key)
        self.emit(op.BUILD_TUPLE, size)
        self.emit(op.MATCH_KEYS, 0)
        # A tuple of keys and a tuple of values (or None) on the subject:
        pc.on_top += 2
        self.emit(op.COPY, 1)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_NONE)
        self.emit(op.UNPACK_SEQUENCE, size)
        pc.on_top += size - 1
        for sub in p.patterns:
            pc.on_top -= 1
            self.compile_subpattern(sub, pc)
        # A match: what follows consumes the keys and the subject.
        pc.on_top -= 2
        if p.rest:
            # rest = dict(subject); del rest[key] for every key
            self.emit(op.BUILD_MAP, 0)           # subject, keys, {}
            self.emit(op.SWAP, 3)                # {}, keys, subject
            self.emit(op.DICT_UPDATE, 2)         # copy, keys
            self.emit(op.UNPACK_SEQUENCE, size)  # copy, keys...
            k = size
            while k > 0:
                self.emit(op.COPY, 1 + k)        # copy, keys..., copy
                k -= 1
                self.emit(op.SWAP, 2)            # copy, keys..., copy, key
                self.emit(op.DELETE_SUBSCR, 0)   # copy, keys...
            self.pattern_store(p.rest, pc)
        else:
            self.emit(op.POP_TOP, 0)             # the keys
            self.emit(op.POP_TOP, 0)             # the subject

    def pattern_class(self, p, pc):
        patterns = p.patterns
        kwd_attrs = p.kwd_attrs
        kwd_patterns = p.kwd_patterns
        nargs = len(patterns)
        nattrs = len(kwd_attrs)
        if nattrs > 0:
            for i in range(nattrs):
                attr = kwd_attrs[i]
                pc.set_loc(kwd_patterns[i])
                if attr == '__debug__':
                    raise pc.error("cannot assign to __debug__")
                for j in range(i + 1, nattrs):
                    if kwd_attrs[j] == attr:
                        pc.set_loc(kwd_patterns[j])
                        raise pc.error("attribute name repeated in class "
                                       "pattern: %s" % attr)
            pc.set_loc(p)
        self.visit_expr(p.cls)
        names_w = [space.newtext(name) for name in kwd_attrs]
        self.emit(op.LOAD_CONST, self.const_index(newconsttuple(names_w)))
        self.emit(op.MATCH_CLASS, nargs)
        # TOS: a tuple of nargs + nattrs attributes, or None.
        self.emit(op.COPY, 1)
        pc.on_top += 1
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_NONE)
        self.emit(op.UNPACK_SEQUENCE, nargs + nattrs)
        pc.on_top += nargs + nattrs - 1
        for i in range(nargs + nattrs):
            pc.on_top -= 1
            if i < nargs:
                sub = patterns[i]
            else:
                sub = kwd_patterns[i - nargs]
            if is_wildcard(sub):
                self.emit(op.POP_TOP, 0)
                continue
            self.compile_subpattern(sub, pc)

    def pattern_or(self, p, pc):
        end = self.new_label()
        alts = p.patterns
        size = len(alts)
        old_stores = pc.stores
        old_allow = pc.allow_irrefutable
        old_fail_pop = pc.fail_pop
        old_on_top = pc.on_top
        # The names the first alternative binds: the others must bind the
        # same ones, and their values are reordered to its order.
        control = []
        for i in range(size):
            alt = alts[i]
            pc.set_loc(alt)
            self.lineno = alt.lineno
            pc.stores = []
            # An irrefutable alternative must be last, if allowed at all:
            pc.allow_irrefutable = (i == size - 1) and old_allow
            pc.fail_pop = []
            pc.on_top = 0
            self.emit(op.COPY, 1)
            self.compile_pattern(alt, pc)
            nstores = len(pc.stores)
            if i == 0:
                control = pc.stores
            elif nstores != len(control):
                raise pc.error("alternative patterns bind different names")
            elif nstores > 0:
                icontrol = nstores
                while icontrol > 0:
                    icontrol -= 1
                    name = control[icontrol]
                    if name not in pc.stores:
                        raise pc.error("alternative patterns bind "
                                       "different names")
                    istores = pc.stores.index(name)
                    if icontrol != istores:
                        # Rotate the names (and their values) into the
                        # order of control.
                        assert istores < icontrol
                        rotations = istores + 1
                        rotated = pc.stores[:rotations]
                        remaining = pc.stores[rotations:]
                        at = icontrol - istores
                        assert at >= 0 and rotations >= 0
                        pc.stores = remaining[:at] + rotated + remaining[at:]
                        while rotations > 0:
                            self.pattern_rotate(icontrol + 1)
                            rotations -= 1
            self.emit_jump(op.JUMP_FORWARD, end)
            self.emit_and_reset_fail_pop(pc)
        pc.stores = old_stores
        pc.allow_irrefutable = old_allow
        pc.fail_pop = old_fail_pop
        pc.on_top = old_on_top
        # No alternative matched: pop the subject and fail.
        self.lineno = p.lineno
        self.emit(op.POP_TOP, 0)
        self.jump_to_fail_pop(pc, op.JUMP_FORWARD)
        self.mark(end)
        # Between the new captures and their place: the other new
        # captures, the subject, the entries on top and earlier captures.
        nstores = len(control)
        nrots = nstores + 1 + pc.on_top + len(pc.stores)
        for i in range(nstores):
            self.pattern_rotate(nrots)
            name = control[i]
            if name in pc.stores:
                raise pc.error("multiple assignments to name '%s' in "
                               "pattern" % name)
            pc.stores.append(name)
        self.emit(op.POP_TOP, 0)                 # the subject


def _same_key(w_a, w_b):
    """Two constant keys a set would take for one (1, 1.0, True)."""
    if w_a is w_b:
        return True
    return space.hash_w(w_a) == space.hash_w(w_b) and space.eq_w(w_a, w_b)
