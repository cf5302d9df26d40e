"""The mutating methods of `bytearray` (the read-only ones, shared with
bytes: bytesmethods.py)."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import newint
from fastpy.objspace.bytearrayobject import W_BytearrayObject, \
    w_bytearray_type
from fastpy.objspace.bytesmethods import byte_value, bytes_from_object
from fastpy.objspace import space


@method(w_bytearray_type, 'append(self, item, /)', W_BytearrayObject)
def bytearray_append(w_self, w_item):
    w_self.data.append(chr(byte_value(w_item)))
    return space.w_None


@method(w_bytearray_type, 'extend(self, iterable_of_ints, /)',
        W_BytearrayObject)
def bytearray_extend(w_self, w_iterable):
    if isinstance(w_iterable, W_BytearrayObject):
        w_self.data.extend(list(w_iterable.data))
        return space.w_None
    if space.is_int(w_iterable):
        raise oefmt(exc.w_TypeError, "can't extend bytearray with %s" %
                    space.type_name(w_iterable))
    s = bytes_from_object(w_iterable)
    w_self.data.extend([c for c in s])
    return space.w_None


@method(w_bytearray_type, 'insert(self, index: int, item, /)',
        W_BytearrayObject)
def bytearray_insert(w_self, i, w_item):
    c = chr(byte_value(w_item))
    n = len(w_self.data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_self.data.insert(i, c)
    return space.w_None


@method(w_bytearray_type, 'pop(self, index: int = -1, /)',
        W_BytearrayObject)
def bytearray_pop(w_self, i):
    n = len(w_self.data)
    if n == 0:
        raise oefmt(exc.w_IndexError, "pop from empty bytearray")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise oefmt(exc.w_IndexError, "pop index out of range")
    return newint(ord(w_self.data.pop(i)))


@method(w_bytearray_type, 'remove(self, value, /)', W_BytearrayObject)
def bytearray_remove(w_self, w_value):
    c = chr(byte_value(w_value))
    for i in range(len(w_self.data)):
        if w_self.data[i] == c:
            del w_self.data[i]
            return space.w_None
    raise oefmt(exc.w_ValueError, "value not found in bytearray")


@method(w_bytearray_type, 'reverse(self, /)', W_BytearrayObject)
def bytearray_reverse(w_self):
    w_self.data.reverse()
    return space.w_None


@method(w_bytearray_type, 'clear(self, /)', W_BytearrayObject)
def bytearray_clear(w_self):
    w_self.data = []
    return space.w_None


@method(w_bytearray_type, 'copy(self, /)', W_BytearrayObject)
def bytearray_copy(w_self):
    return W_BytearrayObject(list(w_self.data))
