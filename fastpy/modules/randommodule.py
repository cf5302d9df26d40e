"""The `_random` module: the Mersenne Twister behind random.Random,
bit for bit CPython's (Modules/_randommodule.c): the same seeding of
ints (init_by_array over the 32-bit words of abs(n)), the same 53-bit
random(), getrandbits() and state tuples, so `random.seed(n)` followed
by any of random.py's functions gives CPython's numbers.  The generator
itself is the toolchain's rpython.rlib.rrandom.
"""

import os

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rrandom import Random, N

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import (module_type, subclassable_constructor,
                                     check_new)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.floatobject import newfloat
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.root import W_Counted
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import W_TypeObject

module = ModuleDef('_random', 'Module implements the Mersenne Twister '
                   'random number generator.')

w_random_type = module_type('Random', '_random')

MASK_32 = rbigint.fromint(0xffffffff)


class W_Random(W_Counted):
    _attrs_ = ['rng']

    def __init__(self):
        # CPython allocates the state zero-filled: until seeded (by
        # __init__), the generator gives zeros.
        self.rng = Random()
        for i in range(N):
            self.rng.state[i] = r_uint(0)
        self.rng.index = 0

    def gettype(self):
        return w_random_type

    def referents(self):
        return []

    def release_children(self):
        pass


W_UserRandom = make_user_subclass(W_Random)


def _self(w_self):
    if not isinstance(w_self, W_Random):
        raise oefmt(exc.w_TypeError, "descriptor requires a "
                    "'_random.Random' object but received '%s'" %
                    space.type_name(w_self))
    return w_self


def _words_of(big):
    """The 32-bit words of a non-negative rbigint, least significant
    first (at least one)."""
    words = []
    while True:
        words.append(r_uint(big.and_(MASK_32).toint()))
        big = big.rshift(32)
        if big.sign == 0:
            break
    return words


def _urandom_words():
    words = []
    try:
        fd = os.open('/dev/urandom', os.O_RDONLY, 0)
        try:
            data = os.read(fd, N * 4)
        finally:
            os.close(fd)
    except OSError:
        from rpython.rlib import rtime
        data = str(rtime.time()) + str(os.getpid())
    for i in range(0, len(data) - 3, 4):
        words.append(r_uint(ord(data[i]) | (ord(data[i + 1]) << 8) |
                            (ord(data[i + 2]) << 16) |
                            (ord(data[i + 3]) << 24)))
    if not words:
        words.append(r_uint(0))
    return words


def seed(rand, w_arg):
    """random_seed: None -> from urandom; an int -> its absolute value's
    words; anything else -> its hash (as an unsigned word)."""
    if w_arg is None or w_arg is space.w_None:
        rand.rng.init_by_array(_urandom_words())
        return
    if isinstance(w_arg, W_IntObject) or isinstance(w_arg, W_LongObject):
        big = space.bigint_w(w_arg).abs()
    else:
        h = space.hash_w(w_arg)
        big = rbigint.fromint(h)
        if h < 0:
            big = big.add(rbigint.fromint(1).lshift(64))
    rand.rng.init_by_array(_words_of(big))


@subclassable_constructor(w_random_type, 'Random(*args, **kwargs)')
def random_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_random_type)
    if not user and kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "Random() takes no keyword arguments")
    if len(args_w) > 1:
        raise oefmt(exc.w_TypeError, "Random() requires 0 or 1 argument")
    if user:
        # type.__call__ then calls __init__, which seeds.
        w_res = W_UserRandom()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    w_res = W_Random()      # Random(...) itself: __init__'s work too
    seed(w_res, args_w[0] if len(args_w) == 1 else None)
    return w_res


@method(w_random_type, '__init__(self, *args, **kwargs)')
def random_init(w_self, args_w, kw_names, kw_values_w):
    rand = _self(w_self)
    if rand.gettype() is w_random_type and kw_names is not None and \
            len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "Random() takes no keyword arguments")
    if len(args_w) > 1:
        raise oefmt(exc.w_TypeError, "Random() requires 0 or 1 argument")
    seed(rand, args_w[0] if len(args_w) == 1 else None)
    return space.w_None


@method(w_random_type, 'seed(self, n=None, /)')
def random_seed(w_self, w_n):
    seed(_self(w_self), w_n)
    return space.w_None


@method(w_random_type, 'random(self, /)')
def random_random(w_self):
    return newfloat(_self(w_self).rng.random())


@method(w_random_type, 'getrandbits(self, k: int, /)')
def random_getrandbits(w_self, k):
    rng = _self(w_self).rng
    if k < 0:
        raise oefmt(exc.w_ValueError, "number of bits must be non-negative")
    if k == 0:
        return newint(0)
    if k <= 32:
        return newint(intmask(rng.genrand32() >> (32 - k)))
    chars = []
    while k > 0:
        r = rng.genrand32()
        if k < 32:
            r >>= (32 - k)
        for shift in range(0, 32, 8):
            chars.append(chr(intmask((r >> shift) & r_uint(0xff))))
        k -= 32
    big = rbigint.frombytes(''.join(chars), 'little', False)
    return newlong(big)


@method(w_random_type, 'getstate(self, /)')
def random_getstate(w_self):
    rng = _self(w_self).rng
    items_w = [newint(intmask(x)) for x in rng.state]
    items_w.append(newint(rng.index))
    return newtuple(items_w)


@method(w_random_type, 'setstate(self, state, /)')
def random_setstate(w_self, w_state):
    rng = _self(w_self).rng
    if not isinstance(w_state, W_TupleObject):
        raise oefmt(exc.w_TypeError, "state vector must be a tuple")
    items_w = w_state.items_w
    if len(items_w) != N + 1:
        raise oefmt(exc.w_ValueError, "state vector is the wrong size")
    for i in range(N):
        big = space.bigint_w(items_w[i])
        if big.sign < 0 or big.bit_length() > 32:
            raise oefmt(exc.w_OverflowError, "Python int too large to "
                        "convert to C unsigned long")
        rng.state[i] = r_uint(big.toint())
    index = space.int_w(items_w[N])
    if index < 0 or index > N:
        raise oefmt(exc.w_ValueError, "invalid state")
    rng.index = index
    return space.w_None


@module.initializer
def init_random(w_dict):
    w_dict.setitem_str('Random', w_random_type)
