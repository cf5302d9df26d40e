def f():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
print(f())
