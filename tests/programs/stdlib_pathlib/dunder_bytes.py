import pathlib
class B:
    def __bytes__(self): return b'xy'
class Bad:
    def __bytes__(self): return 'str'
class BB(bytes): pass
class C:
    def __bytes__(self): return BB(b'sub')
print(bytes(B()), bytes(pathlib.PurePosixPath('/x/y')), type(bytes(C())).__name__, bytes(C()))
try:
    bytes(Bad())
except TypeError as e:
    print('TypeError', e)
class L(list):
    pass
print(bytes(L([65, 66])), bytes(B(), ) == b'xy', bytearray(b'q'))
print(pathlib.PurePosixPath('/a b').as_uri())
