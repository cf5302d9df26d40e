"""The `unicodedata` module: character properties, names and the four
normalization forms.  The module's functions read fastpy's database
(fastpy.unicodedb: Unicode 14.0.0, as CPython 3.11's); `ucd_3_2_0` is a
`UCD` object with the same methods over RPython's Unicode 3.2.0
database, which stringprep (and so the idna codec) needs."""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import r_longlong
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rstring import UnicodeBuilder
from fastpy.unicodedb import db as db_new
from rpython.rlib.unicodedata import unicodedb_3_2_0 as db_old

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import getset, interp2app, method
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.floatobject import newfloat
from fastpy.objspace.intobject import newint
from fastpy.objspace.root import W_Root
from fastpy.objspace.strobject import W_StrObject, newstr

DOC = ("This module provides access to the Unicode Character Database "
       "which\ndefines character properties for all Unicode characters. "
       "The data contained\nin this database is based on the "
       "UnicodeData.txt file version\n%s which is publicly available from "
       "ftp://ftp.unicode.org/.\n\nThe module uses the same names and "
       "symbols as defined by the\nUnicodeData File Format %s."
       % (db_new.version, db_new.version))

module = ModuleDef('unicodedata', DOC)

w_ucd_type = module_type('UCD', 'unicodedata')

# Hangul syllables are composed arithmetically (Unicode 3.12).
S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
N_COUNT = V_COUNT * T_COUNT
S_COUNT = L_COUNT * N_COUNT


class Database(object):
    """The functions of one rpython.rlib.unicodedata version."""
    _immutable_fields_ = ['version', 'lookup', 'name', 'category',
                          'bidirectional', 'east_asian_width', 'mirrored',
                          'combining', 'decimal', 'digit', 'numeric',
                          'decomposition', 'canon_decomposition',
                          'compat_decomposition', 'composition']

    def __init__(self, db):
        self.version = db.version
        self.lookup = db.lookup_with_alias
        self.name = db.name
        self.category = db.category
        self.bidirectional = db.bidirectional
        self.east_asian_width = db.east_asian_width
        self.mirrored = db.mirrored
        self.combining = db.combining
        self.decimal = db.decimal
        self.digit = db.digit
        self.numeric = db.numeric
        self.decomposition = db.decomposition
        self.canon_decomposition = db.canon_decomposition
        self.compat_decomposition = db.compat_decomposition
        self.composition = db._composition


NEW = Database(db_new)
OLD = Database(db_old)


class W_UCD(W_Root):
    """unicodedata.ucd_3_2_0: an immortal object over one database."""
    _attrs_ = ['db']
    _immutable_fields_ = ['db']

    def __init__(self, db):
        self.db = db

    def gettype(self):
        return w_ucd_type


def _code(fname, w_chr):
    if not isinstance(w_chr, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument must be a unicode "
                    "character, not %s" % (fname, space.type_name(w_chr)))
    u = w_chr.value
    if len(u) != 1:
        raise oefmt(exc.w_TypeError, "%s() argument must be a unicode "
                    "character, not str" % fname)
    return ord(u[0])


def _unassigned_in_old(db, code):
    """ucd_3_2_0 treats characters added after 3.2 as unassigned."""
    return db is OLD and db.category(code) == 'Cn'


# ---------------------------------------------------------------- queries

@jit.dont_look_inside
def ucd_lookup(db, w_name):
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "lookup() argument must be str, not %s"
                    % space.type_name(w_name))
    name = w_name.value.encode('utf-8')
    try:
        code = db.lookup(name.upper(), db is NEW)
    except KeyError:
        raise oefmt(exc.w_KeyError, "undefined character name '%s'" % name)
    if db is NEW:
        sequence = db_new.lookup_named_sequence(code)
        if sequence is not None:
            return newstr(sequence)
    return newstr(unichr(code))


# The message of the ValueError each lookup raises without a default.
_NOT_FOUND = {'name': "no such name", 'decimal': "not a decimal",
              'digit': "not a digit",
              'numeric': "not a numeric character"}


@specialize.arg(1)
def _property_or_default(db, prop, w_chr, w_default):
    """name(), decimal(), digit(), numeric(): the property of the
    character, else the default, else CPython's ValueError.  `prop` is a
    constant: each caller gets its own copy with one branch left."""
    code = _code(prop, w_chr)
    try:
        if _unassigned_in_old(db, code):
            raise KeyError
        if prop == 'name':
            return space.newtext(db.name(code))
        elif prop == 'decimal':
            return newint(db.decimal(code))
        elif prop == 'digit':
            return newint(db.digit(code))
        else:
            return newfloat(db.numeric(code))
    except KeyError:
        if w_default is not None:
            return w_default
        raise oefmt(exc.w_ValueError, _NOT_FOUND[prop])


@jit.dont_look_inside
def ucd_name(db, w_chr, w_default):
    return _property_or_default(db, 'name', w_chr, w_default)


@jit.dont_look_inside
def ucd_decimal(db, w_chr, w_default):
    return _property_or_default(db, 'decimal', w_chr, w_default)


@jit.dont_look_inside
def ucd_digit(db, w_chr, w_default):
    return _property_or_default(db, 'digit', w_chr, w_default)


@jit.dont_look_inside
def ucd_numeric(db, w_chr, w_default):
    return _property_or_default(db, 'numeric', w_chr, w_default)


@jit.dont_look_inside
def ucd_category(db, w_chr):
    return space.newtext(db.category(_code('category', w_chr)))


@jit.dont_look_inside
def ucd_bidirectional(db, w_chr):
    code = _code('bidirectional', w_chr)
    if _unassigned_in_old(db, code):
        return space.newtext('')
    return space.newtext(db.bidirectional(code))


@jit.dont_look_inside
def ucd_combining(db, w_chr):
    code = _code('combining', w_chr)
    if _unassigned_in_old(db, code):
        return newint(0)
    return newint(db.combining(code))


@jit.dont_look_inside
def ucd_mirrored(db, w_chr):
    code = _code('mirrored', w_chr)
    if _unassigned_in_old(db, code):
        return newint(0)
    return newint(1 if db.mirrored(code) else 0)


@jit.dont_look_inside
def ucd_east_asian_width(db, w_chr):
    code = _code('east_asian_width', w_chr)
    if _unassigned_in_old(db, code):
        return space.newtext('N')
    return space.newtext(db.east_asian_width(code))


@jit.dont_look_inside
def ucd_decomposition(db, w_chr):
    code = _code('decomposition', w_chr)
    if _unassigned_in_old(db, code):
        return space.newtext('')
    return space.newtext(db.decomposition(code))


# ---------------------------------------------------------- normalization

def _form(w_form):
    if not isinstance(w_form, W_StrObject):
        raise oefmt(exc.w_TypeError, "normalize() argument 1 must be str, "
                    "not %s" % space.type_name(w_form))
    form = w_form.value
    if form == u'NFC':
        return False, True
    if form == u'NFD':
        return False, False
    if form == u'NFKC':
        return True, True
    if form == u'NFKD':
        return True, False
    raise oefmt(exc.w_ValueError, "invalid normalization form")


def _decompose_into(db, code, compat, out):
    if S_BASE <= code < S_BASE + S_COUNT:
        index = code - S_BASE
        out.append(L_BASE + index // N_COUNT)
        out.append(V_BASE + (index % N_COUNT) // T_COUNT)
        t = index % T_COUNT
        if t != 0:
            out.append(T_BASE + t)
        return
    if compat:
        parts = db.compat_decomposition(code)
    else:
        parts = db.canon_decomposition(code)
    if len(parts) == 0:
        out.append(code)
        return
    for part in parts:
        if part == code:
            out.append(code)
        else:
            _decompose_into(db, part, compat, out)


def decompose(db, u, compat):
    """NFD / NFKD: full decomposition, then combining marks put in
    canonical order (a stable sort of each run by combining class)."""
    codes = []
    for ch in u:
        _decompose_into(db, ord(ch), compat, codes)
    i = 0
    n = len(codes)
    while i < n:
        if db.combining(codes[i]) == 0:
            i += 1
            continue
        j = i
        while j < n and db.combining(codes[j]) != 0:
            j += 1
        _sort_marks(db, codes, i, j)
        i = j
    return codes


def _sort_marks(db, codes, start, stop):
    # insertion sort: runs of marks are short, and it is stable
    for k in range(start + 1, stop):
        code = codes[k]
        cls = db.combining(code)
        m = k - 1
        while m >= start and db.combining(codes[m]) > cls:
            codes[m + 1] = codes[m]
            m -= 1
        codes[m + 1] = code


def _compose_pair(db, first, second):
    """The primary composite of two characters, or -1."""
    if L_BASE <= first < L_BASE + L_COUNT and \
            V_BASE <= second < V_BASE + V_COUNT:
        return S_BASE + ((first - L_BASE) * V_COUNT +
                         (second - V_BASE)) * T_COUNT
    if S_BASE <= first < S_BASE + S_COUNT and \
            (first - S_BASE) % T_COUNT == 0 and \
            T_BASE < second < T_BASE + T_COUNT:
        return first + (second - T_BASE)
    key = (r_longlong(first) << 32) | r_longlong(second)
    return db.composition.get(key, -1)


def compose(db, codes):
    """NFC / NFKC after decomposition: each character joins the last
    starter when nothing between them blocks it."""
    out = []
    starter = -1            # index in `out` of the last starter
    last_class = -1
    for code in codes:
        cls = db.combining(code)
        if starter >= 0 and (last_class < cls or
                             (last_class == 0 and
                              starter == len(out) - 1)):
            composite = _compose_pair(db, out[starter], code)
            if composite >= 0:
                out[starter] = composite
                continue
        if cls == 0:
            starter = len(out)
            last_class = 0
        else:
            last_class = cls
        out.append(code)
    return out


def normalize(db, u, compat, composed):
    codes = decompose(db, u, compat)
    if composed:
        codes = compose(db, codes)
    builder = UnicodeBuilder(len(codes))
    for code in codes:
        builder.append(unichr(code))
    return builder.build()


def _string(fname, w_str):
    if not isinstance(w_str, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument 2 must be str, not %s"
                    % (fname, space.type_name(w_str)))
    return w_str.value


@jit.dont_look_inside
def ucd_normalize(db, w_form, w_str):
    compat, composed = _form(w_form)
    u = _string('normalize', w_str)
    result = normalize(db, u, compat, composed)
    if result == u:
        return w_str
    return newstr(result)


@jit.dont_look_inside
def ucd_is_normalized(db, w_form, w_str):
    compat, composed = _form(w_form)
    u = _string('is_normalized', w_str)
    return space.newbool(normalize(db, u, compat, composed) == u)


# ---------------------------------------------------------- publication

FUNCTIONS = [
    ('lookup(name, /)', ucd_lookup,
     "Look up character by name.\n\nIf a character with the given name is "
     "found, return the\ncorresponding character.  If not found, KeyError "
     "is raised."),
    ('name(chr, default=NULL, /)', ucd_name,
     "Returns the name assigned to the character chr as a string.\n\nIf no "
     "name is defined, default is returned, or, if not given,\nValueError "
     "is raised."),
    ('decimal(chr, default=NULL, /)', ucd_decimal,
     "Converts a Unicode character into its equivalent decimal value.\n\n"
     "Returns the decimal value assigned to the character chr as integer.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."),
    ('digit(chr, default=NULL, /)', ucd_digit,
     "Converts a Unicode character into its equivalent digit value.\n\n"
     "Returns the digit value assigned to the character chr as integer.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."),
    ('numeric(chr, default=NULL, /)', ucd_numeric,
     "Converts a Unicode character into its equivalent numeric value.\n\n"
     "Returns the numeric value assigned to the character chr as float.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."),
    ('category(chr, /)', ucd_category,
     "Returns the general category assigned to the character chr as "
     "string."),
    ('bidirectional(chr, /)', ucd_bidirectional,
     "Returns the bidirectional class assigned to the character chr as "
     "string.\n\nIf no such value is defined, an empty string is "
     "returned."),
    ('combining(chr, /)', ucd_combining,
     "Returns the canonical combining class assigned to the character chr "
     "as integer.\n\nReturns 0 if no combining class is defined."),
    ('mirrored(chr, /)', ucd_mirrored,
     "Returns the mirrored property assigned to the character chr as "
     "integer.\n\nReturns 1 if the character has been identified as a "
     "\"mirrored\"\ncharacter in bidirectional text, 0 otherwise."),
    ('east_asian_width(chr, /)', ucd_east_asian_width,
     "Returns the east asian width assigned to the character chr as "
     "string."),
    ('decomposition(chr, /)', ucd_decomposition,
     "Returns the character decomposition mapping assigned to the "
     "character chr as string.\n\nAn empty string is returned in case no "
     "such mapping is defined."),
    ('normalize(form, unistr, /)', ucd_normalize,
     "Return the normal form 'form' for the Unicode string unistr.\n\n"
     "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
    ('is_normalized(form, unistr, /)', ucd_is_normalized,
     "Return whether the Unicode string unistr is in the normal form "
     "'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and "
     "'NFKD'."),
]


def _publish(spec, impl, doc):
    name, rest = spec.split('(', 1)

    def module_func(*args):
        return impl(NEW, *args)
    module_func.__name__ = 'unicodedata_' + name
    w_func = interp2app(spec, module_func, display=name, doc=doc)
    w_func.module_name = 'unicodedata'
    module.add_function(w_func)

    def ucd_method(w_self, *args):
        assert isinstance(w_self, W_UCD)
        return impl(w_self.db, *args)
    ucd_method.__name__ = 'ucd_method_' + name
    method(w_ucd_type, name + '(self, ' + rest, W_UCD, doc=doc)(ucd_method)


for _spec, _impl, _doc in FUNCTIONS:
    _publish(_spec, _impl, _doc)

w_ucd_3_2_0 = W_UCD(OLD)


@module.initializer
def init_unicodedata(w_dict):
    w_dict.setitem_str('unidata_version', space.newtext(db_new.version))
    w_dict.setitem_str('UCD', w_ucd_type)
    w_dict.setitem_str('ucd_3_2_0', w_ucd_3_2_0)


def _ucd_version(w_self):
    assert isinstance(w_self, W_UCD)
    return space.newtext(w_self.db.version)


getset(w_ucd_type, 'unidata_version', _ucd_version)
