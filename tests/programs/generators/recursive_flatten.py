def flatten(items):
    for x in items:
        if type(x) is list:
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
