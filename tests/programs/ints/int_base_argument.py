# int()'s base is any object with __index__; an out-of-range value
# (however large) is a ValueError.
class Base:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for base in [2, 10, 36, 0, Base(2), Base(36), False]:
    print(int('101', base))
for base in [1, 37, -909, 2**100, -2**100, 2**234, Base(2**70), Base(40)]:
    try:
        int('43', base)
    except ValueError as e:
        print('ValueError', e)
for base in [5.5, '10', None]:
    try:
        int('43', base)
    except TypeError as e:
        print('TypeError', e)
print(int('z', base=36), int('0x1f', base=0), int('1_0', Base(8)))
