"""Number and string literals -> constant objects."""

from rpython.rlib.rbigint import rbigint
from rpython.rlib import rfloat, rstring
from fastpy.objspace.intstrlimit import limit
from fastpy.parser import tokenizer as tk
from fastpy.parser import syntaxwarn
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.longobject import newlong
from fastpy.objspace.floatobject import W_FloatObject
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.bytesobject import W_BytesObject


class LiteralError(Exception):
    """token: the index of the literal among the adjacent strings where
    CPython reports the error, -1 for the token after them (its
    RAISE_SYNTAX_ERROR, at the last token read)."""

    def __init__(self, msg, token=-1):
        self.msg = msg
        self.token = token


def parse_number(text):
    """The value of a NUMBER token (already validated by the tokenizer)."""
    s = rstring.replace(text, '_', '')
    if len(s) > 0 and (s[-1] == 'j' or s[-1] == 'J'):
        from fastpy.objspace.complexobject import W_ComplexObject
        end = len(s) - 1
        assert end >= 0
        return W_ComplexObject(0.0, rfloat.rstring_to_float(s[:end]))
    base = 10
    if len(s) > 1 and s[0] == '0' and s[1] in 'xXoObB':
        c = s[1]
        if c == 'x' or c == 'X':
            base = 16
        elif c == 'o' or c == 'O':
            base = 8
        else:
            base = 2
        s = s[2:]
    elif _is_float_literal(s):
        return W_FloatObject(rfloat.rstring_to_float(s))
    if base == 10 and limit.exceeded_by(len(s)):
        raise LiteralError(
            "Exceeds the limit (%d digits) for integer string conversion: "
            "value has %d digits; use sys.set_int_max_str_digits() to "
            "increase the limit - Consider hexadecimal for huge integer "
            "literals to avoid decimal conversion limits." %
            (limit.max_digits, len(s)))
    if len(s) < 16 and base == 10:
        return W_IntObject(int(s))
    return newlong(rbigint.fromstr(s, base))


def _is_float_literal(s):
    for c in s:
        if c == '.' or c == 'e' or c == 'E':
            return True
    return False


def parse_strings(tokens):
    """Adjacent STRING tokens concatenated into one str or bytes."""
    is_bytes = False
    parts = []
    for i in range(len(tokens)):
        text = tokens[i].value
        if _has_f_prefix(text):
            raise LiteralError("fastpy does not support f-strings yet")
        try:
            piece_is_bytes, value = tk.parse_string_literal(text)
        except tk.StringLiteralError as e:
            raise LiteralError(e.msg, i if e.at_token else -1)
        syntaxwarn.warn_escape(tk.take_escape_warning(), tokens[i])
        if i == 0:
            is_bytes = piece_is_bytes
        elif piece_is_bytes != is_bytes:
            raise LiteralError("cannot mix bytes and nonbytes literals")
        parts.append(value)
    u = u''.join(parts)
    if is_bytes:
        chars = [chr(ord(ch)) for ch in u]
        return W_BytesObject(''.join(chars))
    return W_StrObject(u)


def _has_f_prefix(text):
    for c in text:
        if c == '"' or c == "'":
            return False
        if c == 'f' or c == 'F':
            return True
    return False
