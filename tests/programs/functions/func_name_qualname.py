def outer():
    def inner():
        def deepest():
            pass
        return deepest
    return inner

print(outer.__name__, outer.__qualname__)
print(outer().__qualname__)
print(outer()().__qualname__)
f = lambda: 0
print(f.__name__, f.__qualname__)
