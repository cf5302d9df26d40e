x = 1
y = f"{x!r} {a b}"
