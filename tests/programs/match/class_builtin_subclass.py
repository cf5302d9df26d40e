# A subclass of int still matches itself positionally, unless it defines
# __match_args__ of its own.
class MyInt(int):
    pass

class Named(int):
    __match_args__ = ("real", "imag")

match MyInt(5):
    case MyInt(x):
        print(type(x).__name__, x)

match MyInt(6):
    case int(y):
        print(type(y).__name__, y)

match Named(7):
    case Named(r, i):
        print(r, i)
