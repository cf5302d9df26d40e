class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

lst = list(range(10))
print(lst[I(3)], lst[I(-1)])
print("abcdef"[I(2)])
print(lst[I(1):I(4)])
print([0] * I(3))
print(hex(I(255)), bin(I(5)), oct(I(8)))
print(range(I(4)))
class Bad:
    def __index__(self):
        return 1.5
try:
    lst[Bad()]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[object()]
except TypeError as e:
    print("TypeError:", e)
