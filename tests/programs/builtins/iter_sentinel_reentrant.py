# iter(f, sentinel) whose f exhausts the same iterator (gh-101892): the
# outer next() ends with StopIteration instead of using a dead iterator.
HAS_MORE = 1
NO_MORE = 2


def exhaust(iterator):
    print('inner', list(iterator))


def spam():
    if spam.is_recursive_call:
        return NO_MORE
    spam.is_recursive_call = True
    exhaust(spam.iterator)
    return HAS_MORE


spam.is_recursive_call = False
spam.iterator = iter(spam, NO_MORE)
try:
    print(next(spam.iterator))
except StopIteration:
    print('StopIteration')
print(list(spam.iterator))
