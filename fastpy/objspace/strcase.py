"""Case mapping and classification methods of `str` (full Unicode case
mappings and properties from rpython.rlib.unicodedata), as CPython 3.11's
unicodeobject.c does them, including the final-sigma rule of lower()."""

from rpython.rlib.rstring import UnicodeBuilder
from fastpy.unicodedb import db as unicodedb

from fastpy.interpreter.gateway import method
from fastpy.objspace.strobject import W_StrObject, w_str_type, newstr
from fastpy.objspace import space


def _final_sigma(u, i):
    """Is the capital sigma at u[i] at the end of a word?"""
    j = i - 1
    while j >= 0 and unicodedb.iscaseignorable(ord(u[j])):
        j -= 1
    final = j >= 0 and unicodedb.iscased(ord(u[j]))
    if final:
        j = i + 1
        while j < len(u) and unicodedb.iscaseignorable(ord(u[j])):
            j += 1
        final = j == len(u) or not unicodedb.iscased(ord(u[j]))
    return final


def _append_lower(b, u, i):
    c = ord(u[i])
    if c < 128:
        if ord('A') <= c <= ord('Z'):
            c += 32
        b.append(unichr(c))
        return
    if c == 0x3a3:
        if _final_sigma(u, i):
            b.append(unichr(0x3c2))
        else:
            b.append(unichr(0x3c3))
        return
    for low in unicodedb.tolower_full(c):
        b.append(unichr(low))


def _append_upper(b, c):
    if c < 128:
        if ord('a') <= c <= ord('z'):
            c -= 32
        b.append(unichr(c))
        return
    for up in unicodedb.toupper_full(c):
        b.append(unichr(up))


def _append_title(b, c):
    for t in unicodedb.totitle_full(c):
        b.append(unichr(t))


def _is_ascii(u):
    for ch in u:
        if ord(ch) >= 128:
            return False
    return True


@method(w_str_type, 'lower(self, /)', W_StrObject)
def str_lower(w_self):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    for i in range(len(u)):
        _append_lower(b, u, i)
    return newstr(b.build())


@method(w_str_type, 'upper(self, /)', W_StrObject)
def str_upper(w_self):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    for ch in u:
        _append_upper(b, ord(ch))
    return newstr(b.build())


@method(w_str_type, 'casefold(self, /)', W_StrObject)
def str_casefold(w_self):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    for ch in u:
        c = ord(ch)
        folded = unicodedb.casefold_lookup(c)
        if folded is None:
            for low in unicodedb.tolower_full(c):
                b.append(unichr(low))
        else:
            for f in folded:
                b.append(unichr(f))
    return newstr(b.build())


@method(w_str_type, 'swapcase(self, /)', W_StrObject)
def str_swapcase(w_self):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    for i in range(len(u)):
        c = ord(u[i])
        if unicodedb.isupper(c):
            _append_lower(b, u, i)
        elif unicodedb.islower(c):
            _append_upper(b, c)
        else:
            b.append(u[i])
    return newstr(b.build())


@method(w_str_type, 'title(self, /)', W_StrObject)
def str_title(w_self):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    previous_is_cased = False
    for i in range(len(u)):
        c = ord(u[i])
        if previous_is_cased:
            _append_lower(b, u, i)
        else:
            _append_title(b, c)
        previous_is_cased = unicodedb.iscased(c)
    return newstr(b.build())


@method(w_str_type, 'capitalize(self, /)', W_StrObject)
def str_capitalize(w_self):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    for i in range(len(u)):
        if i == 0:
            _append_title(b, ord(u[0]))
        else:
            _append_lower(b, u, i)
    return newstr(b.build())


# ---------------------------------------------------------------- is*

def _all(u, pred_name):
    if len(u) == 0:
        return False
    for ch in u:
        c = ord(ch)
        if pred_name == 'alnum':
            ok = unicodedb.isalnum(c)
        elif pred_name == 'alpha':
            ok = unicodedb.isalpha(c)
        elif pred_name == 'decimal':
            ok = unicodedb.isdecimal(c)
        elif pred_name == 'digit':
            ok = unicodedb.isdigit(c)
        elif pred_name == 'numeric':
            ok = unicodedb.isnumeric(c)
        else:
            ok = unicodedb.isspace(c)
        if not ok:
            return False
    return True


def _make_is(name):
    def impl(w_self):
        return space.newbool(_all(w_self.value, name))
    impl.__name__ = 'str_is' + name
    method(w_str_type, 'is%s(self, /)' % name, W_StrObject)(impl)

for _name in ['alnum', 'alpha', 'decimal', 'digit', 'numeric', 'space']:
    _make_is(_name)


@method(w_str_type, 'isascii(self, /)', W_StrObject)
def str_isascii(w_self):
    return space.newbool(_is_ascii(w_self.value))


@method(w_str_type, 'islower(self, /)', W_StrObject)
def str_islower(w_self):
    cased = False
    for ch in w_self.value:
        c = ord(ch)
        if unicodedb.isupper(c) or unicodedb.istitle(c):
            return space.w_False
        if not cased and unicodedb.islower(c):
            cased = True
    return space.newbool(cased)


@method(w_str_type, 'isupper(self, /)', W_StrObject)
def str_isupper(w_self):
    cased = False
    for ch in w_self.value:
        c = ord(ch)
        if unicodedb.islower(c) or unicodedb.istitle(c):
            return space.w_False
        if not cased and unicodedb.isupper(c):
            cased = True
    return space.newbool(cased)


@method(w_str_type, 'istitle(self, /)', W_StrObject)
def str_istitle(w_self):
    cased = False
    previous_is_cased = False
    for ch in w_self.value:
        c = ord(ch)
        if unicodedb.isupper(c) or unicodedb.istitle(c):
            if previous_is_cased:
                return space.w_False
            previous_is_cased = True
            cased = True
        elif unicodedb.islower(c):
            if not previous_is_cased:
                return space.w_False
            previous_is_cased = True
            cased = True
        else:
            previous_is_cased = False
    return space.newbool(cased)


@method(w_str_type, 'isprintable(self, /)', W_StrObject)
def str_isprintable(w_self):
    for ch in w_self.value:
        c = ord(ch)
        if c < 128:
            if c < 32 or c == 127:
                return space.w_False
        elif not unicodedb.isprintable(c):
            return space.w_False
    return space.w_True


def is_identifier(u):
    if len(u) == 0:
        return False
    c = ord(u[0])
    if not (c == ord('_') or unicodedb.isxidstart(c)):
        return False
    for k in range(1, len(u)):
        if not unicodedb.isxidcontinue(ord(u[k])):
            return False
    return True


@method(w_str_type, 'isidentifier(self, /)', W_StrObject)
def str_isidentifier(w_self):
    return space.newbool(is_identifier(w_self.value))
