"""The struct sequences of the posix module (stat_result, times_result,
uname_result, terminal_size) on the shared fastpy/objspace/structseq.py.

stat_result has CPython's own __new__ (statresult_new): the float times
(st_atime ...) default to the int ones of the sequence.
"""

from fastpy.interpreter.gateway import interp2app
from fastpy.objspace import refcount
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.structseq import (make_structseq_type, new_structseq,
                                       new_from_sequence, W_StructSeq,
                                       _desc_of)


class StructSeqType(object):
    """A struct sequence type of the module: `w_type`, and `new(values)`
    from the values of all fields (None names an unnamed field)."""

    def __init__(self, module, name, fields, n_seq, doc=None):
        names = [f if f is not None else '' for f in fields]
        self.w_type = make_structseq_type(module, name, names, n_seq,
                                          doc=doc)
        self.n_fields = len(fields)
        if name == 'stat_result':
            _install_stat_new(self.w_type)

    def new(self, values_w):
        """A new instance (a temporary)."""
        assert len(values_w) == self.n_fields
        return new_structseq(self.w_type, values_w)


def _install_stat_new(w_type):
    desc = _desc_of(w_type)

    def statresult_new(w_cls, w_sequence, w_dict):
        w_res = new_from_sequence(desc, w_cls, w_sequence, w_dict)
        assert isinstance(w_res, W_StructSeq)
        fields_w = [None] * desc.n_fields
        for i in range(desc.n_fields):
            fields_w[i] = w_res.field(i)
        changed = False
        for i in range(3):
            if fields_w[10 + i] is w_None:
                fields_w[10 + i] = fields_w[7 + i]
                changed = True
        if not changed:
            return w_res
        w_new = new_structseq(desc.w_type, fields_w)   # holds the fields
        refcount.discard(w_res)
        return w_new
    w_new = interp2app('__new__(type, sequence=NULL, dict=NULL)',
                       statresult_new, display='os.stat_result.__new__',
                       w_objclass=w_type)
    w_type.dict_w['__new__'] = w_new
