# User subclasses of builtin types inherit and override operators.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

class Plain(int):
    pass

print(MyInt(1) + 2, 2 + MyInt(1))
print(Plain(5) + 1, type(Plain(5) + 1).__name__, Plain(5) * 2)
print(Plain(3) == 3, Plain(3) < 4, hash(Plain(7)) == hash(7))

class MyList(list):
    def __len__(self):
        return 42

m = MyList([1, 2, 3])
print(len(m), m[0], m + [4], type(m + [4]).__name__)
print(list(m), bool(MyList()))

class MyStr(str):
    def __str__(self):
        return "custom"

s = MyStr("hello")
print(s, str(s), s + "!", s.upper(), len(s))
