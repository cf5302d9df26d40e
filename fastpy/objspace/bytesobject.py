"""`bytes`: an immutable byte string (minimal for now: literals, repr,
comparison, indexing, concatenation)."""

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_bytes_type = W_TypeObject('bytes', w_object_type)


class W_BytesObject(W_Root):
    _attrs_ = ['value']
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def gettype(self):
        return w_bytes_type

    def sp_contains(self, w_item):
        from fastpy.objspace.bytesmethods import bytes_contains
        return 1 if bytes_contains(self.value, w_item) else 0


def bytes_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = ['b', quote]
    digits = '0123456789abcdef'
    for ch in s:
        c = ord(ch)
        if ch == quote or ch == '\\':
            out.append('\\' + ch)
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif c < 0x20 or c >= 0x7f:
            out.append('\\x' + digits[c >> 4] + digits[c & 15])
        else:
            out.append(ch)
    out.append(quote)
    return ''.join(out)
