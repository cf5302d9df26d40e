def outer():
    global helper
    def helper():
        pass
    return helper

print(outer().__qualname__)
