"""Generator-heavy code: pipelines of generator functions, `yield from`
delegation (recursive tree walks, flattening), generator expressions fed
to sum/max/any, generators driven with send(), and a small round-robin
scheduler of generator "threads"."""
import sys
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, k):
    for x in source:
        yield x * k


def only(source, modulus, remainder):
    for x in source:
        if x % modulus == remainder:
            yield x


def windows(source, size):
    """Sliding sums over the last `size` items."""
    window = []
    total = 0
    for x in source:
        window.append(x)
        total += x
        if len(window) > size:
            total -= window.pop(0)
        if len(window) == size:
            yield total


def take(source, n):
    for x in source:
        if n <= 0:
            return
        n -= 1
        yield x


def pipeline(n):
    stage = numbers(n)
    stage = scaled(stage, 3)
    stage = only(stage, 2, 0)
    stage = windows(stage, 4)
    stage = take(stage, n)
    return sum(stage)


class Node(object):
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build_tree(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build_tree(lo, mid - 1), build_tree(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def make_nested(depth, width, start):
    if depth == 0:
        return [start + i for i in range(width)]
    return [make_nested(depth - 1, width, start * width + i) for i in range(width)]


def tree_work(size):
    tree = build_tree(0, size - 1)
    total = 0
    previous = -1
    ordered = True
    for v in inorder(tree):
        if v < previous:
            ordered = False
        previous = v
        total += v
    nested = make_nested(4, 5, 1)
    flat_total = sum(x for x in flatten(nested) if x % 3)
    return total + flat_total + (1 if ordered else 0)


def averager():
    """A coroutine: send numbers, receive the running average * 1000."""
    count = 0
    total = 0
    average = 0
    while True:
        value = yield average
        if value is None:
            return total
        count += 1
        total += value
        average = total * 1000 // count


def accumulate(results):
    """Delegates to averager() with yield from and keeps its return value."""
    while True:
        total = yield from averager()
        results.append(total)


def coroutine_work(n):
    results = []
    acc = accumulate(results)
    next(acc)
    last = 0
    for i in range(n):
        if i % 50 == 49:
            acc.send(None)
        else:
            last = acc.send(i % 97)
    return sum(results) + last


def worker(name, steps, log):
    for i in range(steps):
        log.append(name * 100 + i)
        yield i


def round_robin(tasks):
    queue = list(tasks)
    switches = 0
    while queue:
        task = queue.pop(0)
        try:
            next(task)
        except StopIteration:
            continue
        switches += 1
        queue.append(task)
    return switches


def scheduler_work(rounds):
    log = []
    switches = 0
    for r in range(rounds):
        switches += round_robin(worker(k, 5 + (k * r) % 7, log) for k in range(8))
    digest = 0
    for x in log:
        digest = (digest * 31 + x) % 1000003
    return switches * 1000003 + digest


def expression_work(n):
    squares = (i * i for i in range(n))
    total = sum(squares)
    biggest = max(x % 1013 for x in range(n))
    found = any(x * x == 99980001 for x in range(n))
    pairs = sum(a * b for a, b in zip((i for i in range(n)), (j for j in range(n, 0, -1))))
    evens = len([x for x in (y * 3 for y in range(n)) if x % 2 == 0])
    return total + biggest + int(found) + pairs % 1000003 + evens


def work():
    return (pipeline(120000) + tree_work(40000) + coroutine_work(100000)
            + scheduler_work(1200) + expression_work(80000))


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = work()
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
