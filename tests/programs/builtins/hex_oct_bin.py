print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 70), bin(True))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    bin("1")
except TypeError as e:
    print(e)
