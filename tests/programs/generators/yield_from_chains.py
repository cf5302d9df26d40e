# Chains of generators delegating with `yield from`: values and sent
# values pass through every level, return values and exceptions come back
# to the right frame, and the delegating frames are on the frame chain
# while the innermost runs.
import sys


def leaf(tag):
    got = yield tag + ":first"
    print("leaf", tag, "got", got)
    frame = sys._getframe()
    names = []
    while frame is not None and len(names) < 5:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    print("leaf frames:", names)
    print("outer running while leaf runs:", chain.gi_running,
          middle_gen.gi_running)
    got = yield tag + ":second"
    print("leaf", tag, "got", got)
    return tag + ":result"


def middle(tag):
    result = yield from leaf(tag)
    print("middle received", result)
    try:
        yield from failing()
    except ValueError as e:
        print("middle caught", e)
    return "middle:" + result


def failing():
    yield "failing:first"
    raise ValueError("from failing")


def outer():
    global middle_gen
    middle_gen = middle("m")
    result = yield from middle_gen
    print("outer received", result)
    yield "outer:last"


chain = outer()
print(next(chain))
print(chain.send("one"))
print(chain.gi_yieldfrom is middle_gen, middle_gen.gi_yieldfrom is not None)
print(chain.send("two"))
print(next(chain))
print(next(chain, "exhausted"))


def walk(node):
    if node is not None:
        yield from walk(node[0])
        yield node[1]
        yield from walk(node[2])


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid - 1), mid, build(mid + 1, hi))


print(list(walk(build(0, 20))))
print(sum(walk(build(0, 999))))


def deep(n):
    if n == 0:
        yield "bottom"
        raise KeyError("deep")
    yield from deep(n - 1)


g = deep(30)
print(next(g))
try:
    next(g)
except KeyError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("KeyError through", depth, "traceback entries")


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closing finally runs")


def delegator():
    try:
        yield from closing()
    finally:
        print("delegator finally runs")


d = delegator()
next(d)
d.close()

t = delegator()
next(t)
try:
    t.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("throw came back:", e)


def stops_early():
    yield from iter([1, 2])
    return "done"


def collect():
    r = yield from stops_early()
    print("stops_early returned", r)


print(list(collect()))


def bad_inner():
    yield 1
    raise StopIteration("inner stop")


def uses_bad():
    yield from bad_inner()


try:
    print(list(uses_bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
