class Temp:
    scale = 'C'

    def __init__(self, deg):
        self.deg = deg

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)

    @staticmethod
    def valid(deg):
        return deg > -273

t = Temp.from_f(212)
print(t.deg, Temp.valid(5), t.valid(-300))
print(type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['valid']).__name__)
