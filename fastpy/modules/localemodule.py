"""The `_locale` module (behind locale.py), for the locales a minimal
glibc system has: "C", "POSIX" and "C.UTF-8" (also spelled "C.utf8").

fastpy does not call the C library's setlocale: the current locale of
each glibc category is kept here, starting as CPython starts (LC_CTYPE
from the environment, as Python/pylifecycle.c does with
setlocale(LC_CTYPE, ""), and the C locale for the others).  All these
locales share the C locale's conventions (localeconv, nl_langinfo,
code point collation); only the codeset differs."""

import os

from fastpy.interpreter.error import oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.typeobject import W_TypeObject

module = ModuleDef('_locale', 'Support for POSIX locales.')

w_Error = W_TypeObject('Error', exc.w_Exception, is_heaptype=True)
w_Error.dict_w['__module__'] = space.newtext('locale')

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, \
    LC_ALL = 0, 1, 2, 3, 4, 5, 6
# glibc's categories in the order of its composite names (index, name)
CATEGORIES = [(0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'),
              (3, 'LC_COLLATE'), (4, 'LC_MONETARY'), (5, 'LC_MESSAGES'),
              (7, 'LC_PAPER'), (8, 'LC_NAME'), (9, 'LC_ADDRESS'),
              (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
              (12, 'LC_IDENTIFICATION')]
NCATEGORIES = 13
CHAR_MAX = 127


class LocaleState(object):
    def __init__(self):
        self.names = None       # per category index, or None before use

state = LocaleState()


def _names():
    names = state.names
    if names is None:
        names = ['C'] * NCATEGORIES
        ctype = _from_environment(LC_CTYPE)
        if ctype is None or ctype == 'C' or ctype == 'POSIX':
            # PEP 538: CPython coerces the C locale to C.UTF-8
            ctype = 'C.UTF-8'
        names[LC_CTYPE] = ctype
        state.names = names
    return names


def _category_name(index):
    for i, name in CATEGORIES:
        if i == index:
            return name
    return 'LC_ALL'


def _env(name):
    value = os.environ.get(name)
    if value is None or value == '':
        return None
    return value


def _from_environment(index):
    """setlocale(category, ""): LC_ALL, LC_<category>, LANG, else C; None
    when that locale does not exist here."""
    value = _env('LC_ALL')
    if value is None:
        value = _env(_category_name(index))
    if value is None:
        value = _env('LANG')
    if value is None:
        value = 'C'
    if not _exists(value):
        return None
    if value == 'POSIX':
        return 'C'
    return value


def _exists(name):
    if name == 'C' or name == 'POSIX':
        return True
    if name.startswith('C.'):
        codeset = name[2:].lower()
        return codeset == 'utf8' or codeset == 'utf-8'
    return False


def _is_utf8(name):
    return name.startswith('C.')


def _valid_category(category):
    return 0 <= category < NCATEGORIES


def _query(category):
    names = _names()
    if category != LC_ALL:
        return names[category]
    first = names[CATEGORIES[0][0]]
    same = True
    for i, _ in CATEGORIES:
        if names[i] != first:
            same = False
    if same:
        return first
    parts = []
    for i, cname in CATEGORIES:
        parts.append('%s=%s' % (cname, names[i]))
    return ';'.join(parts)


def _composite(name):
    """The per-category names of a composite LC_ALL name as a query
    returns it ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."): every category
    named, each (the last time it is named) with a locale that
    exists."""
    new = [''] * NCATEGORIES
    for part in name.split(';'):
        eq = part.find('=')
        if eq < 0:
            raise oefmt(w_Error, "unsupported locale setting")
        assert eq >= 0
        cname = part[:eq]
        value = part[eq + 1:]
        index = -1
        for i, known in CATEGORIES:
            if known == cname:
                index = i
        if index < 0:
            raise oefmt(w_Error, "unsupported locale setting")
        new[index] = value          # a later one replaces an earlier
    for i, _ in CATEGORIES:
        if not _exists(new[i]):
            raise oefmt(w_Error, "unsupported locale setting")
        if new[i] == 'POSIX':
            new[i] = 'C'
    return new


@module.function('setlocale(category: int, locale=None, /)')
def locale_setlocale(category, w_locale):
    """Activates/queries locale processing."""
    if not _valid_category(category):
        if w_locale is space.w_None:
            raise oefmt(w_Error, "locale query failed")
        raise oefmt(w_Error, "unsupported locale setting")
    if w_locale is space.w_None:
        return space.newtext(_query(category))
    if not isinstance(w_locale, W_StrObject):
        raise oefmt(exc.w_TypeError, "setlocale() argument 2 must be str "
                    "or None, not %s" % space.type_name(w_locale))
    from fastpy.objspace.strobject import str_to_utf8
    name = str_to_utf8(w_locale.value)
    if u'\x00' in w_locale.value:
        raise oefmt(exc.w_ValueError, "embedded null character")
    names = _names()
    if category == LC_ALL:
        if ';' in name:
            new = _composite(name)
            for i, _ in CATEGORIES:
                names[i] = new[i]
            return space.newtext(_query(LC_ALL))
        new = ['C'] * NCATEGORIES
        for i, _ in CATEGORIES:
            if name == '':
                value = _from_environment(i)
            elif _exists(name):
                value = name
            else:
                value = None
            if value == 'POSIX':
                value = 'C'
            if value is None:
                raise oefmt(w_Error, "unsupported locale setting")
            new[i] = value
        for i, _ in CATEGORIES:
            names[i] = new[i]
        return space.newtext(_query(LC_ALL))
    if name == '':
        value = _from_environment(category)
    elif _exists(name):
        value = name
        if value == 'POSIX':
            value = 'C'
    else:
        value = None
    if value is None:
        raise oefmt(w_Error, "unsupported locale setting")
    names[category] = value
    return space.newtext(value)


@module.function('localeconv()')
def locale_localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    w_d = W_DictObject()
    for key in ['int_curr_symbol', 'currency_symbol', 'mon_decimal_point',
                'mon_thousands_sep']:
        w_d.setitem_str(key, newstr(u''))
    w_d.setitem_str('mon_grouping', W_ListObject([]))
    w_d.setitem_str('positive_sign', newstr(u''))
    w_d.setitem_str('negative_sign', newstr(u''))
    for key in ['int_frac_digits', 'frac_digits', 'p_cs_precedes',
                'p_sep_by_space', 'n_cs_precedes', 'n_sep_by_space',
                'p_sign_posn', 'n_sign_posn']:
        w_d.setitem_str(key, newint(CHAR_MAX))
    w_d.setitem_str('decimal_point', newstr(u'.'))
    w_d.setitem_str('thousands_sep', newstr(u''))
    w_d.setitem_str('grouping', W_ListObject([]))
    return w_d


DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
        'Saturday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']

LANGINFO = [('CODESET', 14, ''), ('D_T_FMT', 131112, '%a %b %e %H:%M:%S %Y'),
            ('D_FMT', 131113, '%m/%d/%y'), ('T_FMT', 131114, '%H:%M:%S'),
            ('T_FMT_AMPM', 131115, '%I:%M:%S %p'), ('AM_STR', 131110, 'AM'),
            ('PM_STR', 131111, 'PM'), ('RADIXCHAR', 65536, '.'),
            ('THOUSEP', 65537, ''), ('YESEXPR', 327680, '^[yY]'),
            ('NOEXPR', 327681, '^[nN]'), ('CRNCYSTR', 262159, '-'),
            ('ERA', 131116, ''), ('ERA_D_FMT', 131118, ''),
            ('ALT_DIGITS', 131119, ''), ('ERA_D_T_FMT', 131120, ''),
            ('ERA_T_FMT', 131121, ''), ('_DATE_FMT', 131180,
                                        '%a %b %e %H:%M:%S %Z %Y')]
for _i in range(7):
    LANGINFO.append(('DAY_%d' % (_i + 1), 131079 + _i, DAYS[_i]))
    LANGINFO.append(('ABDAY_%d' % (_i + 1), 131072 + _i, DAYS[_i][:3]))
for _i in range(12):
    LANGINFO.append(('MON_%d' % (_i + 1), 131098 + _i, MONTHS[_i]))
    LANGINFO.append(('ABMON_%d' % (_i + 1), 131086 + _i, MONTHS[_i][:3]))


def codeset():
    if _is_utf8(_names()[LC_CTYPE]):
        return 'UTF-8'
    return 'ANSI_X3.4-1968'


@module.function('nl_langinfo(key: int, /)')
def locale_nl_langinfo(key):
    """Return the value for the locale information associated with key."""
    if key == 14:
        return space.newtext(codeset())
    for _, value, text in LANGINFO:
        if value == key:
            return space.newtext(text)
    raise oefmt(exc.w_ValueError, "unsupported langinfo constant")


@module.function('getencoding()')
def locale_getencoding():
    """Get the current locale encoding."""
    return space.newtext(codeset())


def _str(w_obj, fname, pos):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument %d must be str, not %s" %
                    (fname, pos, space.type_name(w_obj)))
    return w_obj.value


@module.function('strcoll(os1, os2, /)')
def locale_strcoll(w_a, w_b):
    """Compares two strings according to the locale."""
    a = _str(w_a, 'strcoll', 1)
    b = _str(w_b, 'strcoll', 2)
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return newint(-1 if ord(a[i]) < ord(b[i]) else 1)
    if len(a) == len(b):
        return newint(0)
    return newint(-1 if len(a) < len(b) else 1)


@module.function('strxfrm(string, /)')
def locale_strxfrm(w_s):
    """Return a string that can be used as a key for locale-aware comparisons."""
    return newstr(_str(w_s, 'strxfrm', 1))


@module.function('gettext(msg, /)')
def locale_gettext(w_msg):
    """gettext(msg) -> string

Return translation of msg."""
    _str(w_msg, 'gettext', 1)
    return w_msg


@module.function('dgettext(domain, msg, /)')
def locale_dgettext(w_domain, w_msg):
    """dgettext(domain, msg) -> string

Return translation of msg in domain."""
    _str(w_msg, 'dgettext', 2)
    return w_msg


@module.function('dcgettext(domain, msg, category: int, /)')
def locale_dcgettext(w_domain, w_msg, category):
    """Return translation of msg in domain and category."""
    _str(w_msg, 'dcgettext', 2)
    return w_msg


class DomainState(object):
    def __init__(self):
        self.domain = 'messages'

domain_state = DomainState()


@module.function('textdomain(domain, /)')
def locale_textdomain(w_domain):
    """Set the C library's textdmain to domain, returning the new domain."""
    if w_domain is not space.w_None:
        from fastpy.objspace.strobject import str_to_utf8
        domain_state.domain = str_to_utf8(_str(w_domain, 'textdomain', 1))
    return space.newtext(domain_state.domain)


@module.function('bindtextdomain(domain, dir, /)')
def locale_bindtextdomain(w_domain, w_dir):
    """Bind the C library's domain to dir."""
    _str(w_domain, 'bindtextdomain', 1)
    if w_dir is space.w_None:
        return space.newtext('/usr/share/locale')
    return w_dir


@module.function('bind_textdomain_codeset(domain, codeset, /)')
def locale_bind_textdomain_codeset(w_domain, w_codeset):
    """Bind the C library's domain to codeset."""
    _str(w_domain, 'bind_textdomain_codeset', 1)
    return w_codeset


@module.initializer
def init_locale(w_dict):
    w_dict.setitem_str('Error', w_Error)
    for name, value in [('LC_CTYPE', LC_CTYPE), ('LC_NUMERIC', LC_NUMERIC),
                        ('LC_TIME', LC_TIME), ('LC_COLLATE', LC_COLLATE),
                        ('LC_MONETARY', LC_MONETARY),
                        ('LC_MESSAGES', LC_MESSAGES), ('LC_ALL', LC_ALL),
                        ('CHAR_MAX', CHAR_MAX)]:
        w_dict.setitem_str(name, newint(value))
    for name, value, _ in LANGINFO:
        w_dict.setitem_str(name, newint(value))
