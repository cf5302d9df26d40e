# A global name rebound or deleted while the function it names runs: the
# call keeps the function (and what it holds) alive until it returns.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)


def worker(n):
    global worker
    print("worker starts", n)
    worker = None                  # the only other reference goes
    print("worker still running", worker_default_seen(n))
    return n * 2

worker.__defaults__ = None
worker.tag = Noisy("worker's attribute")

def worker_default_seen(n):
    return n + 1

print("result", worker(20))
print("after the call")


def deleter():
    global deleter
    del deleter
    print("deleted my own name")
    return "done"

deleter.tag = Noisy("deleter's attribute")
print(deleter())
print("after deleter")


def through_globals():
    globals()["through_globals"] = 42
    print("rebound through globals()")

through_globals.tag = Noisy("through_globals' attribute")
through_globals()
print("after through_globals", through_globals)


class Holder:
    pass

def method_like(x):
    global method_like
    method_like = 0
    return x

method_like.tag = Noisy("method_like's attribute")
h = Holder()
print([method_like(i) for i in range(2)] if False else method_like(5))
print("end")
