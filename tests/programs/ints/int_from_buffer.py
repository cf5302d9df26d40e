# int() parses the bytes of any bytes-like object; a parse error shows
# them as a bytes object.  A float subclass converts through __int__.
class FloatSub(float):
    pass


def show(label, f):
    try:
        n = f()
        print(label, repr(n), type(n).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


show('floatsub', lambda: int(FloatSub(2.75)))
show('bytes', lambda: int(b' -12_3 '))
show('bytearray', lambda: int(bytearray(b' 12 ')))
show('memoryview', lambda: int(memoryview(b'0123')[1:3]))
show('memoryview bad', lambda: int(memoryview(b'1x')))
show('bytearray bad', lambda: int(bytearray(b'1x')))
show('bytearray base', lambda: int(bytearray(b'ff'), 16))
show('bytearray bad base', lambda: int(bytearray(b'fg'), 16))
show('memoryview base', lambda: int(memoryview(b'12'), 10))
show('object', lambda: int(object()))
show('bytes nbsp', lambda: int(b'12\xa0'))
show('none', lambda: int(None))
