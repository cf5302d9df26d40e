print({k: k * k for k in range(5)})
print({v: k for k, v in [('a', 1), ('b', 2)]})
