"""_sre: translating CPython 3.11's compiled regular expressions into the
code of the RPython toolchain's engine (rpython/rlib/rsre, which runs an
older numbering of the sre opcodes).

`re._compiler` emits 3.11 code (MAGIC 20220615).  `translate()` walks it
op by op and re-emits every op in rsre's numbering, recomputing the skip
words, because a few ops become longer sequences:

3.11 op                       rsre code
ATOMIC_GROUP body             ASSERT(MARK h0, body, MARK h1) GROUPREF h
POSSESSIVE_REPEAT_ONE item    ASSERT(MARK h0, REPEAT_ONE item, MARK h1)
                              GROUPREF h
POSSESSIVE_REPEAT body        ASSERT(MARK h0, REPEAT(atomic body), MARK h1)
                              GROUPREF h
*_UNI_IGNORE                  *_IGNORE (the context lowers with unicodedb)
*_LOC_IGNORE (bytes only)     the "C" locale's ASCII case rules: the
                              *_IGNORE ops, IN_LOC_IGNORE an exact bitmap
RANGE_UNI_IGNORE (in a set)   RANGE_IGNORE

An atomic group is a lookahead (whose first result is final, as in
CPython) followed by a backreference to a hidden group spanning it, which
moves past the text the lookahead matched.  Hidden groups are numbered
after the pattern's groups and never reach Match objects.

The case-insensitive ops of rsre lower characters by the context's flags:
unicodedb for str patterns without re.ASCII ("unicode mode"), ASCII rules
otherwise.  ASCII-only ops that a scoped `(?a:...)` puts into a unicode
pattern are rewritten exactly for LITERAL_IGNORE/NOT_LITERAL_IGNORE; for
IN_IGNORE and GROUPREF_IGNORE they lower with unicodedb too, which only
differs from CPython for non-ASCII characters (documented limitation).
"""

from rpython.rlib.rsre import rsre_core as R
from rpython.rlib.rsre import rsre_char

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = rsre_char.MAXREPEAT          # 2**32 - 1 on 64-bit hosts
MAXGROUPS = 1073741823                   # CPython's SRE_MAXGROUPS (64-bit)

# ---------------------------------------------------------------- 3.11 codes

(FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY,
 CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL,
 MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE,
 SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
 POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE,
 NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE,
 NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE,
 LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE) = range(43)

# The 3.11 ops that keep their shape: only the number changes.
SIMPLE_MAP = {
    FAILURE: R.OPCODE_FAILURE, SUCCESS: R.OPCODE_SUCCESS,
    ANY: R.OPCODE_ANY, ANY_ALL: R.OPCODE_ANY_ALL,
    MAX_UNTIL: R.OPCODE_MAX_UNTIL, MIN_UNTIL: R.OPCODE_MIN_UNTIL,
}
ONE_ARG_MAP = {
    AT: R.OPCODE_AT, CATEGORY: R.OPCODE_CATEGORY,
    LITERAL: R.OPCODE_LITERAL, NOT_LITERAL: R.OPCODE_NOT_LITERAL,
    MARK: R.OPCODE_MARK, GROUPREF: R.OPCODE_GROUPREF,
    GROUPREF_IGNORE: R.OPCODE_GROUPREF_IGNORE,
    GROUPREF_UNI_IGNORE: R.OPCODE_GROUPREF_IGNORE,
    GROUPREF_LOC_IGNORE: R.OPCODE_GROUPREF_IGNORE,
    LITERAL_UNI_IGNORE: R.OPCODE_LITERAL_IGNORE,
    NOT_LITERAL_UNI_IGNORE: R.OPCODE_NOT_LITERAL_IGNORE,
}

R_RANGE_IGNORE = R.OPCODE_RANGE_IGNORE

SRE_FLAG_LOCALE = 4
SRE_FLAG_UNICODE = 32
SRE_FLAG_ASCII = 256
SRE_INFO_PREFIX = 1
SRE_INFO_CHARSET = 4


class SreCodeError(Exception):
    """The code list is not valid 3.11 sre code (CPython: RuntimeError
    'invalid SRE code')."""


def ascii_lower(c):
    if 65 <= c <= 90:
        return c + 32
    return c


def ascii_upper(c):
    if 97 <= c <= 122:
        return c - 32
    return c


class CompiledCode(object):
    """The translation of one pattern: rsre code and the flags its
    context needs."""
    _immutable_fields_ = ['code[*]', 'ctx_flags']

    def __init__(self, code, ctx_flags):
        self.code = code
        self.ctx_flags = ctx_flags


class Translator(object):
    def __init__(self, src, ngroups, unicode_mode):
        self.src = src
        self.out = []
        self.next_hidden = ngroups      # 0-based index of the next hidden
        self.unicode_mode = unicode_mode

    # -- reading and writing

    def get(self, i):
        if i < 0 or i >= len(self.src):
            raise SreCodeError
        return self.src[i]

    def emit(self, x):
        self.out.append(x)

    def reserve(self):
        """A skip word to patch later; returns its position."""
        self.out.append(0)
        return len(self.out) - 1

    def patch(self, at, base):
        """out[at] = distance from `base` to the end of the output."""
        self.out[at] = len(self.out) - base

    def new_hidden(self):
        g = self.next_hidden
        self.next_hidden += 1
        return g

    # -- sequences of ops

    def seq(self, start, end):
        i = start
        while i < end:
            i = self.op(i)
        if i != end:
            raise SreCodeError

    def op(self, i):
        """Translate the op at src[i]; returns the position after it."""
        op = self.get(i)
        if op in SIMPLE_MAP:
            self.emit(SIMPLE_MAP[op])
            return i + 1
        if op in ONE_ARG_MAP:
            self.emit(ONE_ARG_MAP[op])
            self.emit(self.get(i + 1))
            return i + 2
        if op == LITERAL_IGNORE or op == NOT_LITERAL_IGNORE:
            self.ascii_literal(op == NOT_LITERAL_IGNORE, self.get(i + 1))
            return i + 2
        if op == LITERAL_LOC_IGNORE:
            self.emit(R.OPCODE_LITERAL_IGNORE)
            self.emit(ascii_lower(self.get(i + 1)))
            return i + 2
        if op == NOT_LITERAL_LOC_IGNORE:
            self.emit(R.OPCODE_NOT_LITERAL_IGNORE)
            self.emit(ascii_lower(self.get(i + 1)))
            return i + 2
        if op == JUMP:
            raise SreCodeError          # only inside BRANCH/GROUPREF_EXISTS
        if (op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE or
                op == IN_LOC_IGNORE):
            return self.in_op(i, op)
        if op == INFO:
            return self.info(i)
        if op == BRANCH:
            return self.branch(i)
        if op == REPEAT:
            return self.repeat(i)
        if op == REPEAT_ONE or op == MIN_REPEAT_ONE:
            return self.repeat_one(i, op)
        if op == ASSERT or op == ASSERT_NOT:
            return self.assert_(i, op)
        if op == GROUPREF_EXISTS:
            return self.groupref_exists(i)
        if op == ATOMIC_GROUP:
            skip = self.get(i + 1)
            end = i + 1 + skip
            if self.get(end - 1) != SUCCESS:
                raise SreCodeError
            self.atomic(i + 2, end - 1)
            return end
        if op == POSSESSIVE_REPEAT_ONE:
            return self.possessive_repeat_one(i)
        if op == POSSESSIVE_REPEAT:
            return self.possessive_repeat(i)
        raise SreCodeError

    # -- single characters

    def ascii_literal(self, negate, lo):
        """LITERAL_IGNORE lo (ASCII lowering of the subject)."""
        if not self.unicode_mode:
            self.emit(R.OPCODE_NOT_LITERAL_IGNORE if negate
                      else R.OPCODE_LITERAL_IGNORE)
            self.emit(lo)
            return
        up = ascii_upper(lo)
        if up == lo:
            self.emit(R.OPCODE_NOT_LITERAL if negate else R.OPCODE_LITERAL)
            self.emit(lo)
            return
        self.emit(R.OPCODE_IN)
        skip = self.reserve()
        if negate:
            self.emit(R.OPCODE_NEGATE)
        self.emit(R.OPCODE_LITERAL)
        self.emit(lo)
        self.emit(R.OPCODE_LITERAL)
        self.emit(up)
        self.emit(R.OPCODE_FAILURE)
        self.patch(skip, skip)

    def in_op(self, i, op):
        skip = self.get(i + 1)
        end = i + 1 + skip
        if op == IN_LOC_IGNORE:
            self.loc_charset(i + 2, end)
            return end
        if op == IN:
            self.emit(R.OPCODE_IN)
        else:
            self.emit(R.OPCODE_IN_IGNORE)
        at = self.reserve()
        self.charset(i + 2, end)
        self.patch(at, at)
        return end

    def charset(self, start, end):
        """A set (up to and with its FAILURE) in rsre's numbering."""
        i = start
        while True:
            if i >= end:
                raise SreCodeError
            op = self.get(i)
            if op == FAILURE:
                self.emit(R.OPCODE_FAILURE)
                i += 1
                break
            elif op == NEGATE:
                self.emit(R.OPCODE_NEGATE)
                i += 1
            elif op == LITERAL or op == CATEGORY:
                self.emit(ONE_ARG_MAP[op])
                self.emit(self.get(i + 1))
                i += 2
            elif op == RANGE or op == RANGE_UNI_IGNORE:
                self.emit(R.OPCODE_RANGE if op == RANGE else R_RANGE_IGNORE)
                self.emit(self.get(i + 1))
                self.emit(self.get(i + 2))
                i += 3
            elif op == CHARSET:
                self.emit(R.OPCODE_CHARSET)
                for k in range(8):
                    self.emit(self.get(i + 1 + k))
                i += 9
            elif op == BIGCHARSET:
                count = self.get(i + 1)
                n = 2 + 64 + count * 8
                self.emit(R.OPCODE_BIGCHARSET)
                for k in range(1, n):
                    self.emit(self.get(i + k))
                i += n
            else:
                raise SreCodeError
        if i != end:
            raise SreCodeError

    def loc_charset(self, start, end):
        """IN_LOC_IGNORE: a byte matches if it, its lower or its upper
        case is in the set; with the "C" locale's ASCII case rules the
        answer for every byte goes into one CHARSET bitmap."""
        sub = Translator(self.src, 0, False)
        sub.charset(start, end)
        setcode = sub.out[:]
        ctx = R.StrMatchContext(setcode, "", 0, 0, 0)
        words = [0] * 8
        for c in range(256):
            if (rsre_char.check_charset(ctx, 0, c) or
                    rsre_char.check_charset(ctx, 0, ascii_lower(c)) or
                    rsre_char.check_charset(ctx, 0, ascii_upper(c))):
                words[c >> 5] |= 1 << (c & 31)
        self.emit(R.OPCODE_IN)
        at = self.reserve()
        self.emit(R.OPCODE_CHARSET)
        for w in words:
            self.emit(w)
        self.emit(R.OPCODE_FAILURE)
        self.patch(at, at)

    # -- compound ops

    def info(self, i):
        # <INFO> <skip> <flags> <min> <max> [prefix data | charset]
        skip = self.get(i + 1)
        end = i + 1 + skip
        flags = self.get(i + 2)
        self.emit(R.OPCODE_INFO)
        at = self.reserve()
        self.emit(flags)
        self.emit(self.get(i + 3))
        self.emit(self.get(i + 4))
        if flags & SRE_INFO_PREFIX:
            for k in range(i + 5, end):
                self.emit(self.get(k))
        elif flags & SRE_INFO_CHARSET:
            self.charset(i + 5, end)
        else:
            for k in range(i + 5, end):
                self.emit(self.get(k))
        self.patch(at, at)
        return end

    def branch(self, i):
        # <BRANCH> (<skip> alternative <JUMP> <skip>)* <FAILURE>
        self.emit(R.OPCODE_BRANCH)
        jumps = []
        p = i + 1
        while True:
            skip = self.get(p)
            if skip == 0:
                break
            nxt = p + skip
            if self.get(nxt - 2) != JUMP:
                raise SreCodeError
            at = self.reserve()
            self.seq(p + 1, nxt - 2)
            self.emit(R.OPCODE_JUMP)
            jumps.append(self.reserve())
            self.patch(at, at)
            p = nxt
        self.emit(R.OPCODE_FAILURE)
        for at in jumps:
            self.patch(at, at)
        return p + 1

    def repeat(self, i):
        # <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail
        skip = self.get(i + 1)
        until = i + 1 + skip
        until_op = self.get(until)
        if until_op != MAX_UNTIL and until_op != MIN_UNTIL:
            raise SreCodeError
        self.emit(R.OPCODE_REPEAT)
        at = self.reserve()
        self.emit(self.get(i + 2))
        self.emit(self.get(i + 3))
        self.seq(i + 4, until)
        self.patch(at, at)
        self.emit(SIMPLE_MAP[until_op])
        return until + 1

    def repeat_one(self, i, op):
        # <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        skip = self.get(i + 1)
        end = i + 1 + skip
        if self.get(end - 1) != SUCCESS:
            raise SreCodeError
        self.emit(R.OPCODE_REPEAT_ONE if op == REPEAT_ONE
                  else R.OPCODE_MIN_REPEAT_ONE)
        at = self.reserve()
        self.emit(self.get(i + 2))
        self.emit(self.get(i + 3))
        self.seq(i + 4, end - 1)
        self.emit(R.OPCODE_SUCCESS)
        self.patch(at, at)
        return end

    def assert_(self, i, op):
        # <ASSERT> <skip> <back> pattern <SUCCESS>
        skip = self.get(i + 1)
        end = i + 1 + skip
        if self.get(end - 1) != SUCCESS:
            raise SreCodeError
        self.emit(R.OPCODE_ASSERT if op == ASSERT else R.OPCODE_ASSERT_NOT)
        at = self.reserve()
        self.emit(self.get(i + 2))
        self.seq(i + 3, end - 1)
        self.emit(R.OPCODE_SUCCESS)
        self.patch(at, at)
        return end

    def groupref_exists(self, i):
        # <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
        # skips are counted from the <group> word
        group = self.get(i + 1)
        skip = self.get(i + 2)
        target = i + 1 + skip
        self.emit(R.OPCODE_GROUPREF_EXISTS)
        base = len(self.out)
        self.emit(group)
        at = self.reserve()
        p = i + 3
        has_no = False
        while p < target:
            if p == target - 2 and self.get(p) == JUMP:
                has_no = True
                break
            p = self.op(p)
        if p > target:
            raise SreCodeError
        if not has_no:
            self.patch(at, base)
            return target
        jump_skip = self.get(target - 1)
        end = target - 1 + jump_skip
        self.emit(R.OPCODE_JUMP)
        jat = self.reserve()
        self.patch(at, base)
        self.seq(target, end)
        self.patch(jat, jat)
        return end

    # -- atomic groups and possessive repeats

    def atomic_open(self):
        g = self.new_hidden()
        self.emit(R.OPCODE_ASSERT)
        at = self.reserve()
        self.emit(0)                         # look ahead
        self.emit(R.OPCODE_MARK)
        self.emit(2 * g)
        return g, at

    def atomic_close(self, g, at):
        self.emit(R.OPCODE_MARK)
        self.emit(2 * g + 1)
        self.emit(R.OPCODE_SUCCESS)
        self.patch(at, at)
        self.emit(R.OPCODE_GROUPREF)
        self.emit(g)

    def atomic(self, start, end):
        g, at = self.atomic_open()
        self.seq(start, end)
        self.atomic_close(g, at)

    def possessive_repeat_one(self, i):
        # <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        skip = self.get(i + 1)
        end = i + 1 + skip
        if self.get(end - 1) != SUCCESS:
            raise SreCodeError
        g, at = self.atomic_open()
        self.emit(R.OPCODE_REPEAT_ONE)
        rat = self.reserve()
        self.emit(self.get(i + 2))
        self.emit(self.get(i + 3))
        self.seq(i + 4, end - 1)
        self.emit(R.OPCODE_SUCCESS)
        self.patch(rat, rat)
        self.atomic_close(g, at)
        return end

    def possessive_repeat(self, i):
        # <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
        # (skip leads to the SUCCESS)
        skip = self.get(i + 1)
        succ = i + 1 + skip
        if self.get(succ) != SUCCESS:
            raise SreCodeError
        g, at = self.atomic_open()
        self.emit(R.OPCODE_REPEAT)
        rat = self.reserve()
        self.emit(self.get(i + 2))
        self.emit(self.get(i + 3))
        self.atomic(i + 4, succ)            # every iteration is atomic
        self.patch(rat, rat)
        self.emit(R.OPCODE_MAX_UNTIL)
        self.atomic_close(g, at)
        return succ + 1


def translate(src, ngroups, is_bytes, flags):
    """3.11 code (a list of ints) -> CompiledCode for rsre.  Raises
    SreCodeError on invalid code."""
    unicode_mode = not is_bytes and not (flags & SRE_FLAG_ASCII)
    t = Translator(src, ngroups, unicode_mode)
    t.seq(0, len(src))
    n = len(t.out)
    code = [0] * n
    for k in range(n):
        code[k] = t.out[k]
    ctx_flags = SRE_FLAG_UNICODE if unicode_mode else 0
    return CompiledCode(code, ctx_flags)
