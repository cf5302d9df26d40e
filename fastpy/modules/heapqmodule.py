"""The `_heapq` module: heap queue operations on lists, CPython 3.11's
algorithms (Modules/_heapqmodule.c) so that user `__lt__` methods see
the same comparisons in the same order.

Items are compared with the generic `<` (space.compare_w).  A comparison
may run Python code that mutates the heap: as in CPython, the operands
are held (counted) during the comparison, a change of the list's size
raises RuntimeError, and items are read again from the list afterwards.
Swapping two items keeps both alive (see `_swap`)."""

from rpython.rlib.objectmodel import specialize

from fastpy.interpreter.error import oefmt, OperationError
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.listobject import (W_ListObject, int_strategy,
                                        float_strategy)
from fastpy.objspace.space import CMP_LT, compare_w

ABOUT = """Heap queues

[explanation by Fran\xc3\xa7ois Pinard]

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

The strange invariant above is meant to be an efficient memory
representation for a tournament.  The numbers below are `k', not a[k]:

                                   0

                  1                                 2

          3               4                5               6

      7       8       9       10      11      12      13      14

    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30


In the tree above, each cell `k' is topping `2*k+1' and `2*k+2'.  In
a usual binary tournament we see in sports, each cell is the winner
over the two cells it tops, and we can trace the winner down the tree
to see all opponents s/he had.  However, in many computer applications
of such tournaments, we do not need to trace the history of a winner.
To be more memory efficient, when a winner is promoted, we try to
replace it by something else at a lower level, and the rule becomes
that a cell and the two cells it tops contain three different items,
but the top cell "wins" over the two topped cells.

If this heap invariant is protected at all time, index 0 is clearly
the overall winner.  The simplest algorithmic way to remove it and
find the "next" winner is to move some loser (let's say cell 30 in the
diagram above) into the 0 position, and then percolate this new 0 down
the tree, exchanging values, until the invariant is re-established.
This is clearly logarithmic on the total number of items in the tree.
By iterating over all items, you get an O(n ln n) sort.

A nice feature of this sort is that you can efficiently insert new
items while the sort is going on, provided that the inserted items are
not "better" than the last 0'th element you extracted.  This is
especially useful in simulation contexts, where the tree holds all
incoming events, and the "win" condition means the smallest scheduled
time.  When an event schedule other events for execution, they are
scheduled into the future, so they can easily go into the heap.  So, a
heap is a good structure for implementing schedulers (this is what I
used for my MIDI sequencer :-).

Various structures for implementing schedulers have been extensively
studied, and heaps are good for this, as they are reasonably speedy,
the speed is almost constant, and the worst case is not much different
than the average case.  However, there are other representations which
are more efficient overall, yet the worst cases might be terrible.

Heaps are also very useful in big disk sorts.  You most probably all
know that a big sort implies producing "runs" (which are pre-sorted
sequences, which size is usually related to the amount of CPU memory),
followed by a merging passes for these runs, which merging is often
very cleverly organised[1].  It is very important that the initial
sort produces the longest runs possible.  Tournaments are a good way
to that.  If, using all the memory available to hold a tournament, you
replace and percolate items that happen to fit the current run, you'll
produce runs which are twice the size of the memory for random input,
and much better for input fuzzily ordered.

Moreover, if you output the 0'th item on disk and get an input which
may not fit in the current tournament (because the value "wins" over
the last output value), it cannot fit in the heap, so the size of the
heap decreases.  The freed memory could be cleverly reused immediately
for progressively building a second heap, which grows at exactly the
same rate the first heap is melting.  When the first heap completely
vanishes, you switch heaps and start a new run.  Clever and quite
effective!

In a word, heaps are useful memory structures to know.  I use them in
a few applications, and I think it is good to keep a `heap' module
around. :-)

--------------------
[1] The disk balancing algorithms which are current, nowadays, are
more annoying than clever, and this is a consequence of the seeking
capabilities of the disks.  On devices which cannot seek, like big
tape drives, the story was quite different, and one had to be very
clever to ensure (far in advance) that each tape movement will be the
most effective possible (that is, will best participate at
"progressing" the merge).  Some tapes were even able to read
backwards, and this was also used to avoid the rewinding time.
Believe me, real good tape sorts were quite spectacular to watch!
From all times, sorting has always been a Great Art! :-)
"""

module = ModuleDef('_heapq', """Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
""")


def heapfunc(spec):
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl, display='_heapq.' + name)
        w_func.module_name = '_heapq'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


# ---------------------------------------------------------------- helpers

def _check_list(w_obj, fname, single):
    if not isinstance(w_obj, W_ListObject):
        # _PyArg_BadArgument: None is shown as "None"
        tname = 'None' if w_obj is space.w_None else space.type_name(w_obj)
        if single:
            raise oefmt(exc.w_TypeError, "%s() argument must be list, not %s"
                        % (fname, tname))
        raise oefmt(exc.w_TypeError, "%s() argument 1 must be list, not %s"
                    % (fname, tname))
    return w_obj


def _less(w_a, w_b):
    """w_a < w_b, both held during the comparison (CPython increfs them:
    a user __lt__ may drop them from the heap)."""
    refcount.incref(w_a)
    refcount.incref(w_b)
    try:
        flag = compare_w(CMP_LT, w_a, w_b)
    finally:
        refcount.decref(w_b)
        refcount.decref(w_a)
    return flag


def _swap(w_heap, i, j):
    w_a = w_heap.getitem(i)
    w_b = w_heap.getitem(j)
    refcount.incref(w_a)
    w_heap.setitem(i, w_b)
    w_heap.setitem(j, w_a)
    refcount.decref(w_a)


def _changed_size():
    return oefmt(exc.w_RuntimeError, "list changed size during iteration")


def _index_error():
    return oefmt(exc.w_IndexError, "index out of range")


# A list of ints or of floats keeps its items unboxed (listobject.py);
# comparing two of them runs no Python code, so the heap is sifted on
# the raw items, with the same moves as the generic code below.

@specialize.call_location()
def _raw_siftdown(items, startpos, pos, is_max):
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        new = items[pos]
        parent = items[parentpos]
        if not (parent < new if is_max else new < parent):
            break
        items[parentpos] = new
        items[pos] = parent
        pos = parentpos


@specialize.call_location()
def _raw_siftup(items, pos, is_max):
    endpos = len(items)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            a = items[childpos]
            b = items[childpos + 1]
            if not (b < a if is_max else a < b):
                childpos += 1
        tmp = items[childpos]
        items[childpos] = items[pos]
        items[pos] = tmp
        pos = childpos
    _raw_siftdown(items, startpos, pos, is_max)


def siftdown(w_heap, startpos, pos, is_max):
    size = w_heap.length()
    if pos >= size:
        raise oefmt(exc.w_IndexError, "list index out of range")
    if w_heap.strategy is int_strategy:
        _raw_siftdown(int_strategy.unerase(w_heap.lstorage), startpos, pos,
                      is_max)
        return
    if w_heap.strategy is float_strategy:
        _raw_siftdown(float_strategy.unerase(w_heap.lstorage), startpos,
                      pos, is_max)
        return
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        w_new = w_heap.getitem(pos)
        w_parent = w_heap.getitem(parentpos)
        if is_max:
            flag = _less(w_parent, w_new)
        else:
            flag = _less(w_new, w_parent)
        if size != w_heap.length():
            raise _changed_size()
        if not flag:
            break
        _swap(w_heap, parentpos, pos)
        pos = parentpos


def siftup(w_heap, pos, is_max):
    endpos = w_heap.length()
    startpos = pos
    if pos >= endpos:
        raise oefmt(exc.w_IndexError, "list index out of range")
    if w_heap.strategy is int_strategy:
        _raw_siftup(int_strategy.unerase(w_heap.lstorage), pos, is_max)
        return
    if w_heap.strategy is float_strategy:
        _raw_siftup(float_strategy.unerase(w_heap.lstorage), pos, is_max)
        return
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            if is_max:
                flag = _less(w_heap.getitem(childpos + 1),
                             w_heap.getitem(childpos))
            else:
                flag = _less(w_heap.getitem(childpos),
                             w_heap.getitem(childpos + 1))
            if not flag:
                childpos += 1
            if endpos != w_heap.length():
                raise _changed_size()
        _swap(w_heap, childpos, pos)
        pos = childpos
    siftdown(w_heap, startpos, pos, is_max)


def heappop_internal(w_heap, is_max):
    n = w_heap.length()
    if n == 0:
        raise _index_error()
    w_last = w_heap.pop(n - 1)       # a temporary now
    n -= 1
    if n == 0:
        return w_last
    w_result = w_heap.getitem(0)
    refcount.incref(w_result)
    w_heap.setitem(0, w_last)
    try:
        siftup(w_heap, 0, is_max)
    except OperationError:
        refcount.decref(w_result)
        raise
    refcount.disown(w_result)
    return w_result


def heapreplace_internal(w_heap, w_item, is_max):
    if w_heap.length() == 0:
        raise _index_error()
    w_result = w_heap.getitem(0)
    refcount.incref(w_result)
    w_heap.setitem(0, w_item)
    try:
        siftup(w_heap, 0, is_max)
    except OperationError:
        refcount.decref(w_result)
        raise
    refcount.disown(w_result)
    return w_result


def _keep_top_bit(n):
    i = 0
    while n > 1:
        n >>= 1
        i += 1
    return n << i


def _cache_friendly_heapify(w_heap, is_max):
    m = w_heap.length() >> 1
    leftmost = _keep_top_bit(m + 1) - 1
    mhalf = m >> 1
    i = leftmost - 1
    while i >= mhalf:
        j = i
        while True:
            siftup(w_heap, j, is_max)
            if not (j & 1):
                break
            j >>= 1
        i -= 1
    i = m - 1
    while i >= leftmost:
        j = i
        while True:
            siftup(w_heap, j, is_max)
            if not (j & 1):
                break
            j >>= 1
        i -= 1


def heapify_internal(w_heap, is_max):
    n = w_heap.length()
    if n > 2500:
        _cache_friendly_heapify(w_heap, is_max)
        return
    i = (n >> 1) - 1
    while i >= 0:
        siftup(w_heap, i, is_max)
        i -= 1


# ---------------------------------------------------------------- functions

@heapfunc('heappush(heap, item, /)')
def heapq_heappush(w_heap, w_item):
    """Push item onto heap, maintaining the heap invariant."""
    w_heap = _check_list(w_heap, 'heappush', False)
    w_heap.append(w_item)
    siftdown(w_heap, 0, w_heap.length() - 1, False)
    return space.w_None


@heapfunc('heappop(heap, /)')
def heapq_heappop(w_heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return heappop_internal(_check_list(w_heap, 'heappop', True), False)


@heapfunc('heapreplace(heap, item, /)')
def heapq_heapreplace(w_heap, w_item):
    """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    return heapreplace_internal(_check_list(w_heap, 'heapreplace', False),
                                w_item, False)


@heapfunc('heappushpop(heap, item, /)')
def heapq_heappushpop(w_heap, w_item):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    w_heap = _check_list(w_heap, 'heappushpop', False)
    if w_heap.length() == 0:
        return w_item
    if not _less(w_heap.getitem(0), w_item):
        return w_item
    if w_heap.length() == 0:
        raise _index_error()
    return heapreplace_internal(w_heap, w_item, False)


@heapfunc('heapify(heap, /)')
def heapq_heapify(w_heap):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    heapify_internal(_check_list(w_heap, 'heapify', True), False)
    return space.w_None


@heapfunc('_heappop_max(heap, /)')
def heapq_heappop_max(w_heap):
    """Maxheap variant of heappop."""
    return heappop_internal(_check_list(w_heap, '_heappop_max', True), True)


@heapfunc('_heapreplace_max(heap, item, /)')
def heapq_heapreplace_max(w_heap, w_item):
    """Maxheap variant of heapreplace."""
    return heapreplace_internal(
        _check_list(w_heap, '_heapreplace_max', False), w_item, True)


@heapfunc('_heapify_max(heap, /)')
def heapq_heapify_max(w_heap):
    """Maxheap variant of heapify."""
    heapify_internal(_check_list(w_heap, '_heapify_max', True), True)
    return space.w_None


@module.initializer
def init_heapq(w_dict):
    w_dict.setitem_str('__about__', space.newtext(ABOUT))
