"""The method cache: type lookups outside traces.

A direct-mapped table of (version tag, name) -> what the MRO lookup
gave.  A type's version tag is replaced on every change to its dict or
bases, and to those of its bases (typeobject.py), so an entry of an
older version simply never matches again: no invalidation is needed.
Inside traces lookups are elidable and fold instead; this table serves
the interpreter, and the releases of dying objects, which ask each
object's type for __del__.

The table holds its results without counting them: an entry only
answers while its version is the type's current one, and then the type
dict still holds the value.
"""

from rpython.rlib.objectmodel import compute_identity_hash, compute_hash
from rpython.rlib.rarithmetic import r_uint, intmask

CACHE_BITS = 11
CACHE_SIZE = 1 << CACHE_BITS
CACHE_MASK = CACHE_SIZE - 1


class MethodCache(object):
    def __init__(self):
        self.versions = [None] * CACHE_SIZE
        self.names = [None] * CACHE_SIZE
        self.results = [None] * CACHE_SIZE


cache = MethodCache()


def clear():
    for i in range(CACHE_SIZE):
        cache.versions[i] = None
        cache.names[i] = None
        cache.results[i] = None


def _slot(version, name):
    h = r_uint(compute_identity_hash(version)) * r_uint(0x9E3779B1)
    h ^= r_uint(compute_hash(name))
    return intmask((h ^ (h >> 16)) & r_uint(CACHE_MASK))


def lookup(w_type, version, name):
    """w_type._lookup(name), through the table; version is w_type's
    current version tag."""
    i = _slot(version, name)
    if cache.versions[i] is version and cache.names[i] == name:
        return cache.results[i]
    w_value = w_type._lookup(name)
    cache.versions[i] = version
    cache.names[i] = name
    cache.results[i] = w_value
    return w_value
