"""CPython's hashes of numbers (Python/pyhash.c, Objects/longobject.c):
reduction modulo the Mersenne prime 2**61 - 1, so that equal numbers of
different types hash alike (hash(2) == hash(2.0) == hash(Fraction(2)))
and sets and dicts of numbers iterate in CPython's order.
"""

import math

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib import rfloat

HASH_BITS = 61
HASH_MODULUS = (1 << HASH_BITS) - 1
HASH_INF = 314159
HASH_IMAG = 1000003

_MODULUS_BIG = rbigint.fromint(HASH_MODULUS)


def _fix(h):
    return -2 if h == -1 else h


def hash_int(v):
    """hash() of a machine-word int."""
    if v >= 0:
        return _fix(v % HASH_MODULUS)
    # |v| may not fit a word (the most negative int): unsigned maths
    u = r_uint(0) - r_uint(v)
    return _fix(-intmask(u % r_uint(HASH_MODULUS)))


def hash_bigint(big):
    """hash() of an arbitrary int (rbigint)."""
    h = big.abs().mod(_MODULUS_BIG).toint()
    if big.sign < 0:
        h = -h
    return _fix(h)


def hash_float(f):
    """_Py_HashDouble for a finite or infinite float (the caller hashes
    a NaN by identity)."""
    if math.isinf(f):
        return HASH_INF if f > 0 else -HASH_INF
    m, e = math.frexp(f)
    sign = 1
    if m < 0:
        sign = -1
        m = -m
    x = r_uint(0)
    modulus = r_uint(HASH_MODULUS)
    while m != 0.0:
        x = ((x << 28) & modulus) | (x >> (HASH_BITS - 28))
        m *= 268435456.0
        e -= 28
        y = r_uint(int(m))
        m -= float(int(m))
        x += y
        if x >= modulus:
            x -= modulus
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x = ((x << e) & modulus) | (x >> (HASH_BITS - e))
    h = intmask(x) * sign
    return _fix(h)
