# printf-style formatting of bytearray (a bytearray result).
print(bytearray(b'%s-%d') % (b'x', 5), bytearray(b'%(a)s') % {b'a': b'y'}, bytearray(b'%c') % 65)
print(type(bytearray(b'%s') % b'z').__name__)
try:
    bytearray(b'%d') % 'x'
except TypeError as e:
    print(e)
