"""Set displays and set comprehensions ({a, *b}, {x for x in y}): the
hooks BUILD_SET, SET_ADD and SET_UPDATE call, on the set type of
fastpy/objspace/setobject.py."""

from fastpy.objspace import setobject


def build_set(items_w):
    """A new set holding items_w (counted), added left to right."""
    return setobject.newset(items_w)


def set_add(w_set, w_item):
    setobject.set_add(w_set, w_item)


def set_update(w_set, w_iterable):
    assert isinstance(w_set, setobject.W_SetObject)
    w_set.update_from(w_iterable)
