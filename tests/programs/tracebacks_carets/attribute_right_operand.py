# The same line, but the attribute fails: only `b.c` is marked.
a = [1, 2]
b = 1
x = a[1] + b.c
