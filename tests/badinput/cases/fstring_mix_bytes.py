x = 1
print(b"a" f"{x}")
