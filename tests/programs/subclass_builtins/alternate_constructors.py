# int.from_bytes, float.fromhex, bytes.fromhex and bytearray.fromhex
# called on a subclass return cls(value), as the enum types rely on.
import enum


class MyInt(int):
    def __new__(cls, v):
        print('MyInt.__new__', v)
        return super().__new__(cls, v)


class MyFloat(float):
    pass


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


class Stooges(enum.IntEnum):
    LARRY = 1
    CURLY = 2
    MOE = 3


class FStooges(float, enum.Enum):
    LARRY = 1.39
    MOE = 3.142596


x = MyInt.from_bytes(b'\x01\x00', 'little')
print(type(x).__name__, x)
print(type(MyFloat.fromhex('0x1.8p1')).__name__, MyFloat.fromhex('0x1.8p1'))
print(type(MyBytes.fromhex('41 42')).__name__, MyBytes.fromhex('41 42'))
print(type(MyArray.fromhex('4142')).__name__, MyArray.fromhex('4142'))
print(Stooges.from_bytes(b'\x00\x03', 'big'))
print(FStooges.fromhex(float.hex(3.142596)) is FStooges.MOE)
try:
    Stooges.from_bytes(b'\x09', 'big')
except ValueError as e:
    print('ValueError:', e)
print(type(int.from_bytes(b'\x05', 'big')).__name__,
      type(bool.from_bytes(b'\x01', 'big')).__name__)
