"""itertools: the combinatoric iterators (combinations,
combinations_with_replacement, permutations, product), CPython 3.11's
algorithms on lists of RPython ints; each result is a new tuple of items
of the pools (tuples held by the iterator)."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.modules.modtypes import (module_type, itertools_constructor,
                                     check_new, BuiltinIterator, parse_args)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.subtypealloc import subclassable, new_instance
from fastpy.objspace.slots import publish

ALL_TYPES = []


def _new_type(name):
    w_type = module_type(name, 'itertools')
    publish(w_type, ['__iter__', '__next__'])
    ALL_TYPES.append(w_type)
    return w_type


def seq_tuple(w_obj):
    """tuple(w_obj) as PySequence_Tuple: an exact tuple is itself."""
    if isinstance(w_obj, W_TupleObject) and not w_obj.is_user:
        return w_obj
    return newtuple(space.iterate(w_obj))


class W_PoolIterator(BuiltinIterator):
    """One pool tuple, index positions, r, and whether the next call is
    the first (result not yet made) or the iterator stopped."""
    _attrs_ = ['w_pool', 'indices', 'r', 'first', 'stopped']
    _immutable_fields_ = ['w_pool', 'r']

    def __init__(self, w_pool, r):
        self.w_pool = w_pool
        self.r = r
        self.first = True
        self.stopped = False
        self.indices = None
        refcount.incref(w_pool)

    def referents(self):
        return [self.w_pool]

    def release_children(self):
        refcount.decref(self.w_pool)

    def restart_at(self, indices):
        """Continue after the result at `indices` (__setstate__)."""
        self.indices = indices
        self.first = False

    def pool_items(self):
        w_pool = self.w_pool
        assert isinstance(w_pool, W_TupleObject)
        return w_pool.items_w

    def result(self):
        items_w = self.pool_items()
        r = self.r
        result_w = [None] * r
        for i in range(r):
            result_w[i] = items_w[self.indices[i]]
        return W_TupleObject(result_w)


# ---------------------------------------------------------------- combinations

w_combinations_type = _new_type('combinations')


class W_Combinations(W_PoolIterator):
    _attrs_ = []

    def gettype(self):
        return w_combinations_type

    def sp_next(self):
        if self.stopped:
            return None
        n = len(self.pool_items())
        r = self.r
        if self.first:
            self.first = False
            if r > n:
                self.stopped = True
                return None
            self.indices = range(r)
            return self.result()
        indices = self.indices
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self.stopped = True
            return None
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return self.result()

W_UserCombinations = subclassable(W_Combinations)


@itertools_constructor(w_combinations_type, 'combinations(*args, **kwargs)')
def combinations_new(w_cls, args_w, kw_names, kw_values_w):
    w_iterable, w_r = parse_args('combinations', ['iterable', 'r'], 2, 2,
                                 args_w, kw_names, kw_values_w)
    r = space.int_w(w_r)
    w_pool = seq_tuple(w_iterable)
    if r < 0:
        refcount.discard(w_pool)
        raise oefmt(exc.w_ValueError, "r must be non-negative")
    w_res = new_instance(W_Combinations, w_cls, w_pool, r)
    refcount.discard(w_pool)
    return w_res


# ---------------------------------------- combinations_with_replacement

w_cwr_type = _new_type('combinations_with_replacement')


class W_CombinationsWithReplacement(W_PoolIterator):
    _attrs_ = []

    def gettype(self):
        return w_cwr_type

    def sp_next(self):
        if self.stopped:
            return None
        n = len(self.pool_items())
        r = self.r
        if self.first:
            self.first = False
            if n == 0 and r > 0:
                self.stopped = True
                return None
            self.indices = [0] * r
            return self.result()
        indices = self.indices
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self.stopped = True
            return None
        index = indices[i] + 1
        for j in range(i, r):
            indices[j] = index
        return self.result()

W_UserCWR = subclassable(W_CombinationsWithReplacement)


@itertools_constructor(w_cwr_type,
                       'combinations_with_replacement(*args, **kwargs)')
def cwr_new(w_cls, args_w, kw_names, kw_values_w):
    w_iterable, w_r = parse_args('combinations_with_replacement',
                                 ['iterable', 'r'], 2, 2, args_w, kw_names,
                                 kw_values_w)
    r = space.int_w(w_r)
    w_pool = seq_tuple(w_iterable)
    if r < 0:
        refcount.discard(w_pool)
        raise oefmt(exc.w_ValueError, "r must be non-negative")
    w_res = new_instance(W_CombinationsWithReplacement, w_cls, w_pool, r)
    refcount.discard(w_pool)
    return w_res


# ---------------------------------------------------------------- permutations

w_permutations_type = _new_type('permutations')


class W_Permutations(W_PoolIterator):
    _attrs_ = ['cycles']

    def gettype(self):
        return w_permutations_type

    def sp_next(self):
        if self.stopped:
            return None
        n = len(self.pool_items())
        r = self.r
        if self.first:
            self.first = False
            if r > n:
                self.stopped = True
                return None
            self.indices = range(n)
            self.cycles = [n - i for i in range(r)]
            return self.result()
        if n == 0:
            self.stopped = True
            return None
        indices = self.indices
        cycles = self.cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                index = indices[i]
                for j in range(i, n - 1):
                    indices[j] = indices[j + 1]
                indices[n - 1] = index
                cycles[i] = n - i
            else:
                j = cycles[i]
                index = indices[i]
                indices[i] = indices[n - j]
                indices[n - j] = index
                return self.result()
            i -= 1
        self.stopped = True
        return None

W_UserPermutations = subclassable(W_Permutations)


@itertools_constructor(w_permutations_type, 'permutations(*args, **kwargs)')
def permutations_new(w_cls, args_w, kw_names, kw_values_w):
    w_iterable, w_r = parse_args('permutations', ['iterable', 'r'], 1, 2,
                                 args_w, kw_names, kw_values_w)
    if w_r is None:
        w_r = space.w_None
    w_pool = seq_tuple(w_iterable)
    assert isinstance(w_pool, W_TupleObject)
    r = len(w_pool.items_w)
    if w_r is not space.w_None:
        if not (isinstance(w_r, W_IntObject) or
                isinstance(w_r, W_LongObject)):
            refcount.discard(w_pool)
            raise oefmt(exc.w_TypeError, "Expected int as r")
        try:
            r = space.int_w(w_r)
        except OperationError:
            refcount.discard(w_pool)
            raise
        if r < 0:
            refcount.discard(w_pool)
            raise oefmt(exc.w_ValueError, "r must be non-negative")
    w_res = new_instance(W_Permutations, w_cls, w_pool, r)
    refcount.discard(w_pool)
    return w_res


# ---------------------------------------------------------------- product

w_product_type = _new_type('product')


class W_Product(BuiltinIterator):
    _attrs_ = ['pools_w', 'indices', 'first', 'stopped']
    _immutable_fields_ = ['pools_w[*]']

    def __init__(self, pools_w):
        self.pools_w = pools_w
        self.indices = [0] * len(pools_w)
        self.first = True
        self.stopped = False
        for w_pool in pools_w:
            refcount.incref(w_pool)

    def gettype(self):
        return w_product_type

    def referents(self):
        return list(self.pools_w)

    def release_children(self):
        for w_pool in self.pools_w:
            refcount.decref(w_pool)

    def _pool(self, i):
        w_pool = self.pools_w[i]
        assert isinstance(w_pool, W_TupleObject)
        return w_pool.items_w

    def sp_next(self):
        if self.stopped:
            return None
        npools = len(self.pools_w)
        indices = self.indices
        if self.first:
            self.first = False
            for i in range(npools):
                if len(self._pool(i)) == 0:
                    self.stopped = True
                    return None
        else:
            i = npools - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] == len(self._pool(i)):
                    indices[i] = 0
                else:
                    break
                i -= 1
            if i < 0:
                self.stopped = True
                return None
        result_w = [None] * npools
        for i in range(npools):
            result_w[i] = self._pool(i)[indices[i]]
        return W_TupleObject(result_w)

W_UserProduct = subclassable(W_Product)


@itertools_constructor(w_product_type, 'product(*args, repeat: int = 1)')
def product_new(w_cls, repeat, args_w):
    if repeat < 0:
        raise oefmt(exc.w_ValueError, "repeat argument cannot be negative")
    nargs = len(args_w) if repeat > 0 else 0
    if nargs > 0 and repeat > (2 ** 62) // 8 // nargs:
        raise oefmt(exc.w_OverflowError, "repeat argument too large")
    pools_w = []
    try:
        for i in range(nargs):
            w_pool = seq_tuple(args_w[i])
            refcount.incref(w_pool)
            pools_w.append(w_pool)
    except OperationError:
        for w_pool in pools_w:
            refcount.decref(w_pool)
        raise
    all_w = [None] * (nargs * repeat)
    for k in range(repeat):
        for i in range(nargs):
            all_w[k * nargs + i] = pools_w[i]
    w_res = new_instance(W_Product, w_cls, all_w)
    for w_pool in pools_w:
        refcount.decref(w_pool)
    return w_res
