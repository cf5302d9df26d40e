"""Struct sequences with hidden fields (the shape of time.struct_time and
os.stat_result), at the RPython level: construction from a sequence and
a dict, repr, __reduce__, field access, CPython's messages."""

import pytest

from fastpy.interpreter.error import OperationError
from fastpy.objspace import space
from fastpy.objspace.dictobject import newdict
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import newstr
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.structseq import (make_structseq_type, new_structseq,
                                       new_from_sequence, repr_u, reduce_w,
                                       _desc_of, W_StructSeq)

FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
          'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff']
w_type = make_structseq_type('time', 'struct_time', FIELDS,
                             n_sequence_fields=9)
w_stat_type = make_structseq_type(
    'os', 'stat_result', ['st_mode', '', 'st_atime'], n_sequence_fields=2)


def ints(n):
    return newtuple([newint(i) for i in range(n)])


def test_visible_and_hidden_fields():
    desc = _desc_of(w_type)
    w_dict = newdict()
    w_dict.setitem_str('tm_zone', newstr(u'UTC'))
    w_st = new_from_sequence(desc, w_type, ints(9), w_dict)
    assert isinstance(w_st, W_StructSeq)
    assert len(w_st.items_w) == 9
    assert space.str_w(w_st.read_slot(9)) == u'UTC'
    assert w_st.read_slot(10) is space.w_None
    assert repr_u(w_st) == (u'time.struct_time(tm_year=0, tm_mon=1, '
                            u'tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, '
                            u'tm_wday=6, tm_yday=7, tm_isdst=8)')
    w_red = reduce_w(w_st)
    assert space.repr_u(w_red) == (u"(<class 'time.struct_time'>, ((0, 1, 2, 3, 4, 5, 6, 7, 8), "
            u"{'tm_zone': 'UTC', 'tm_gmtoff': None}))")


def test_sequence_lengths():
    desc = _desc_of(w_type)
    w_st = new_from_sequence(desc, w_type, ints(11), None)
    assert space.int_w(w_st.read_slot(10)) == 10
    for n, msg in [(8, 'time.struct_time() takes an at least 9-sequence '
                       '(8-sequence given)'),
                   (12, 'time.struct_time() takes an at most 11-sequence '
                        '(12-sequence given)')]:
        with pytest.raises(OperationError) as e:
            new_from_sequence(desc, w_type, ints(n), None)
        assert space.str_u(e.value.w_exc) == msg.decode('ascii')


def test_unnamed_field_repr():
    # CPython names the visible items after the named fields in order:
    # os.stat_result shows its unnamed int st_atime as 'st_atime'.
    w_st = new_structseq(w_stat_type, [newint(1), newint(2), newint(3)])
    assert repr_u(w_st) == u'os.stat_result(st_mode=1, st_atime=2)'
    assert space.int_w(w_st.read_slot(2)) == 3
