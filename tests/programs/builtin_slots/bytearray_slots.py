for name in ['__len__', '__iter__', '__contains__', '__getitem__', '__setitem__', '__delitem__',
             '__add__', '__mul__', '__rmul__', '__iadd__', '__imul__', '__eq__', '__lt__', '__repr__']:
    print(name, hasattr(bytearray, name))
print(bytearray.__hash__)
b = bytearray(b'abc')
print(bytearray.__len__(b), list(bytearray.__iter__(b)), bytearray.__contains__(b, 98))
print(bytearray.__getitem__(b, 1), bytearray.__getitem__(b, slice(0, 2)))
bytearray.__setitem__(b, 0, 65)
bytearray.__delitem__(b, 2)
print(b, bytearray.__add__(b, b'z'), bytearray.__mul__(b, 2))
r = bytearray.__iadd__(b, b'!')
print(r is b, b, bytearray.__eq__(b, b'AB!'), bytearray.__lt__(b, b'B'))
m = memoryview(b'hello')
for name in ['__len__', '__getitem__', '__iter__', '__eq__', '__repr__']:
    print(name, hasattr(memoryview, name))
print(memoryview.__len__(m), memoryview.__getitem__(m, 1), list(memoryview.__iter__(m))[:2])
print(memoryview.__eq__(m, b'hello'))
m.release()
