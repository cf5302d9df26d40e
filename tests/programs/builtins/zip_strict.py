print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3]), ([1], [1, 2], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
