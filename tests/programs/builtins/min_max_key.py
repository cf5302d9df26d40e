print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("abc"), min("b", "a"))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, -5], key=abs))
print(min([], default=None), max((), default=0), max([1, 2], default=9))
print(max([1, 1.0]), min([1.0, 1]), max([(1, "b"), (1, "a")]), max(x for x in [4, 9, 2]))
for call in [lambda: min([]), lambda: max(), lambda: max(1, 2, default=0), lambda: min(1, 2, foo=1), lambda: max(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
