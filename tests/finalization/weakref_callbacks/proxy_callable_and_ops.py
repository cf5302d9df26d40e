import weakref


class Fn:
    def __call__(self, x):
        return x + 1

    def __len__(self):
        return 3


f = Fn()
p = weakref.proxy(f)
print(p(1), len(p), type(p).__name__)
del f
for op in (lambda: p(1), lambda: len(p)):
    try:
        op()
    except ReferenceError:
        print("ReferenceError")
