"""Methods of `tuple`, published through the gateway."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import newint
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type, \
    newtuple
from fastpy.objspace.listmethods import clamp_index
from fastpy.objspace import space


@constructor(w_tuple_type, 'tuple(iterable=NULL, /)')
def tuple_new(w_cls, w_iterable):
    if w_iterable is None:
        return newtuple([])
    if isinstance(w_iterable, W_TupleObject) and not w_iterable.is_user:
        return w_iterable
    return newtuple(space.iterate(w_iterable))


@method(w_tuple_type, 'index(self, value, start=NULL, stop=NULL, /)',
        W_TupleObject)
def tuple_index(w_tuple, w_x, w_start, w_stop):
    items_w = w_tuple.items_w
    n = len(items_w)
    start = 0
    stop = n
    if w_start is not None:
        start = clamp_index(w_start, n)
    if w_stop is not None:
        stop = clamp_index(w_stop, n)
    for i in range(start, stop):
        if items_w[i] is w_x or space.eq_w(items_w[i], w_x):
            return newint(i)
    raise oefmt(exc.w_ValueError, "tuple.index(x): x not in tuple")


@method(w_tuple_type, 'count(self, value, /)', W_TupleObject)
def tuple_count(w_tuple, w_x):
    n = 0
    for w_item in w_tuple.items_w:
        if w_item is w_x or space.eq_w(w_item, w_x):
            n += 1
    return newint(n)
