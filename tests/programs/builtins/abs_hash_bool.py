print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-2 ** 70), abs(3 + 4j))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(True), hash(-1), hash(0))
print(bool(), bool(0), bool(1), bool(""), bool("x"), bool([]), bool({}), bool(None), bool(0.0), bool(set()), bool({0}))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
