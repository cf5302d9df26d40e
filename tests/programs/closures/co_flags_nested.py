def outer():
    def inner():
        pass
    return inner
print(outer().__code__.co_flags & 0x10, outer.__code__.co_flags & 0x10)
