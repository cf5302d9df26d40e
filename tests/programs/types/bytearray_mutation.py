ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 104)
ba.remove(63)
print(ba)
ba.reverse()
print(ba)
del ba[0]
del ba[1:3]
print(ba)
ba[0:2] = b"XYZ"
print(ba)
ba += b"!"
print(ba, ba * 2)
c = ba.copy()
ba.clear()
print(ba, c, bytearray(3), bytearray([1, 2]))
try:
    ba.append(300)
except ValueError as e:
    print(e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
print(bytearray(b"abc") == b"abc", bytearray(b"abc").upper(), bytearray(b"a b").split())
