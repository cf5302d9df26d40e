"""`__length_hint__` of the builtin sequence iterators: how many items
are left (operator.length_hint, list(it) presizing in CPython)."""

from fastpy.interpreter.gateway import method
from fastpy.objspace.bigrange import (W_BigRangeIterator,
                                      w_longrange_iterator_type)
from fastpy.objspace.intobject import newint
from fastpy.objspace.iterobject import (W_SeqIterator,
                                        w_list_iterator_type,
                                        w_tuple_iterator_type,
                                        w_str_iterator_type)
from fastpy.objspace.itertypes import (W_ReversedSeq,
                                       w_list_reverseiterator_type,
                                       w_reversed_type)
from fastpy.objspace.longobject import newlong
from fastpy.objspace.rangeobject import W_RangeIterator, w_range_iterator_type


def remaining(w_it):
    """Items left in a builtin iterator of this module's types, or -1
    for any other object."""
    from fastpy.objspace import space
    if isinstance(w_it, W_SeqIterator) and not w_it.is_user:
        w_seq = w_it.w_seq
        if w_seq is None:
            return 0
        return max(space.len_w(w_seq) - w_it.index, 0)
    if isinstance(w_it, W_RangeIterator):
        return max(w_it.remaining, 0)
    if isinstance(w_it, W_ReversedSeq):
        return w_it.items_left()
    return -1


def _seq_hint(w_it):
    return newint(remaining(w_it))


for _w_type in [w_list_iterator_type, w_tuple_iterator_type,
                w_str_iterator_type]:
    method(_w_type, '__length_hint__(self, /)', W_SeqIterator)(_seq_hint)
method(w_range_iterator_type, '__length_hint__(self, /)',
       W_RangeIterator)(_seq_hint)
for _w_type in [w_list_reverseiterator_type, w_reversed_type]:
    method(_w_type, '__length_hint__(self, /)', W_ReversedSeq)(_seq_hint)


@method(w_longrange_iterator_type, '__length_hint__(self, /)',
        W_BigRangeIterator)
def longrangeiter_length_hint(w_it):
    return newlong(w_it.remaining)
