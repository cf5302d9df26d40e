print(1 + 0j == 1, 1j == 1j, 2j != 2, 0j == 0.0)
print(hash(1 + 0j) == hash(1), hash(2.0 + 0j) == hash(2))
print({1j: "x"}[1j])
try:
    1j < 2j
except TypeError as e:
    print(e)
try:
    1 < 1j
except TypeError as e:
    print(e)
print(bool(0j), bool(1j), bool(0.0 + 0j))
