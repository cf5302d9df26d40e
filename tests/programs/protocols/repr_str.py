class R:
    def __repr__(self):
        return "R()"

class S:
    def __str__(self):
        return "S-str"

class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

print(R(), str(R()), repr(R()), [R()])
print(S(), [S()][0].__str__())
print(Both(), repr(Both()), [Both()], (Both(),), {1: Both()})
print("%s %r" % (Both(), Both()))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
