"""CPython 3.11's "Did you mean" suggestions (Python/suggestions.c), which
the traceback printer appends to the last line of an uncaught NameError
or AttributeError (pythonrun.c's print_exception_suggestions):

    NameError: name 'prnt' is not defined. Did you mean: 'print'?

Only exact NameError and AttributeError instances get one, and only
when their `name` is an exact str (and, for an AttributeError, `obj` is
set).  The candidates are dir(exc.obj) for an AttributeError; for a
NameError, the variable names of the code of the innermost traceback
entry, then the keys of its globals, then the builtins: each list is
searched on its own and the first one with a suggestion wins.  A list of
MAX_CANDIDATE_ITEMS names or more offers nothing.  A candidate is taken
when its distance from the name (levenshtein_distance) is at most a
third of the characters involved and strictly smaller than the best so
far.  A candidate that is not a str or not encodable in UTF-8 cancels
the suggestion, as does any exception raised meanwhile (a failing
__dir__): the exception is dropped.
"""

import sys

from fastpy.interpreter.error import OperationError
from fastpy.objspace import refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.strobject import W_StrObject, w_str_type, str_to_utf8

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


class Cancelled(Exception):
    """A name is not a str, or has lone surrogates (UTF-8 encoding fails):
    no suggestion at all."""


def suggestion(w_exc):
    """The name to suggest after the message of w_exc (utf-8), or None."""
    w_type = w_exc.gettype()
    try:
        if w_type is exc.w_AttributeError:
            return _for_attribute_error(w_exc)
        if w_type is exc.w_NameError:
            return _for_name_error(w_exc)
    except Cancelled:
        pass
    except OperationError as e:
        refcount.discard(e.w_exc)
    return None


def _for_attribute_error(w_exc):
    from fastpy.objspace.excfields import exception_field
    from fastpy.objspace.typemethods import builtin_dir
    from fastpy.objspace.listobject import W_ListObject
    w_name = exception_field(w_exc, 'name')
    w_obj = exception_field(w_exc, 'obj')
    if w_name is None or w_obj is None or w_name.gettype() is not w_str_type:
        return None
    w_list = builtin_dir(w_obj)
    try:
        assert isinstance(w_list, W_ListObject)
        items_w = w_list.getitems_copy()
        if len(items_w) >= MAX_CANDIDATE_ITEMS:
            return None
        return best_match(_utf8(w_name), _utf8_names(items_w))
    finally:
        refcount.discard(w_list)


def _for_name_error(w_exc):
    from fastpy.objspace.excfields import exception_field
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.interpreter.eval import ec
    w_name = exception_field(w_exc, 'name')
    w_tb = w_exc.w_traceback
    if w_name is None or w_name.gettype() is not w_str_type or \
            not isinstance(w_tb, exc.W_Traceback):
        return None
    while isinstance(w_tb.w_next, exc.W_Traceback):
        w_tb = w_tb.w_next
    assert isinstance(w_tb, exc.W_Traceback)
    name = _utf8(w_name)
    varnames = w_tb.code.co_varnames
    if len(varnames) < MAX_CANDIDATE_ITEMS:
        found = best_match(name, list(varnames))
        if found is not None:
            return found
    w_globals = w_tb.w_globals
    assert isinstance(w_globals, W_DictObject)
    found = _search_keys(name, w_globals)
    if found is not None:
        return found
    return _search_keys(name, ec.w_builtins)


def _search_keys(name, w_dict):
    keys_w = w_dict.keys()
    if len(keys_w) >= MAX_CANDIDATE_ITEMS:
        return None
    return best_match(name, _utf8_names(keys_w))


def _utf8(w_str):
    """PyUnicode_AsUTF8: the str's UTF-8 bytes, or Cancelled."""
    if not isinstance(w_str, W_StrObject):
        raise Cancelled
    u = w_str.value
    for ch in u:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise Cancelled
    return str_to_utf8(u)


def _utf8_names(items_w):
    names = []
    for w_item in items_w:
        names.append(_utf8(w_item))
    return names


def best_match(name, candidates):
    """suggestions.c's calculate_suggestions over utf-8 strings: the
    first candidate at the smallest distance within the limit, or None.
    A candidate equal to the name is not one."""
    best = None
    best_distance = sys.maxint
    for item in candidates:
        if item == name:
            continue
        # No more than 1/3 of the involved characters should need changed.
        max_distance = (len(name) + len(item) + 3) * MOVE_COST // 6
        # Don't take matches we've already beaten.
        max_distance = min(max_distance, best_distance - 1)
        distance = levenshtein_distance(name, item, max_distance)
        if distance > max_distance:
            continue
        if best is None or distance < best_distance:
            best = item
            best_distance = distance
    return best


def _substitution_cost(a, b):
    """Of byte a for byte b: free when equal, CASE_COST for ASCII letters
    differing in case only."""
    if (a & 31) != (b & 31):
        return MOVE_COST         # not the same, not a case flip
    if a == b:
        return 0
    if ord('A') <= a <= ord('Z'):
        a += ord('a') - ord('A')
    if ord('A') <= b <= ord('Z'):
        b += ord('a') - ord('A')
    if a == b:
        return CASE_COST
    return MOVE_COST


def levenshtein_distance(a, b, max_cost):
    """The edit distance between the byte strings a and b (insertion and
    deletion cost MOVE_COST, substitution _substitution_cost), or
    max_cost + 1 once it is sure to exceed max_cost."""
    a_start = 0
    a_size = len(a)
    b_start = 0
    b_size = len(b)
    # Trim away common affixes.
    while a_size > 0 and b_size > 0 and a[a_start] == b[b_start]:
        a_start += 1
        a_size -= 1
        b_start += 1
        b_size -= 1
    while a_size > 0 and b_size > 0 and \
            a[a_start + a_size - 1] == b[b_start + b_size - 1]:
        a_size -= 1
        b_size -= 1
    if a_size == 0 or b_size == 0:
        return (a_size + b_size) * MOVE_COST
    if a_size > MAX_STRING_SIZE or b_size > MAX_STRING_SIZE:
        return max_cost + 1
    # Prefer shorter buffer
    if b_size < a_size:
        a, b = b, a
        a_start, b_start = b_start, a_start
        a_size, b_size = b_size, a_size
    # quick fail when a match is impossible.
    if (b_size - a_size) * MOVE_COST > max_cost:
        return max_cost + 1
    # One row of the matrix, updated in place: buffer[i] is the cost from
    # b[:b_index] to a[:i+1].
    buffer = [0] * a_size
    for i in range(a_size):
        buffer[i] = (i + 1) * MOVE_COST
    result = 0
    for b_index in range(b_size):
        code = ord(b[b_start + b_index])
        # cost(b[:b_index], a[:0]) == b_index * MOVE_COST
        distance = b_index * MOVE_COST
        result = distance
        minimum = sys.maxint
        for index in range(a_size):
            # 1) substitute: cost(b[:b_index], a[:index]) + its cost
            substitute = distance + _substitution_cost(
                code, ord(a[a_start + index]))
            # 2) delete from b: cost(b[:b_index], a[:index+1])
            distance = buffer[index]
            # 3) delete from a: cost(b[:b_index+1], a[:index]) is result
            result = min(min(result, distance) + MOVE_COST, substitute)
            buffer[index] = result
            if result < minimum:
                minimum = result
        if minimum > max_cost:
            # Everything in this row is too expensive
            return max_cost + 1
    return result
