import base64

# encodebytes/decodebytes check their argument through memoryview.ndim
print(base64.encodebytes(b'x' * 60))
print(base64.decodebytes(b'eHh4\n'))
print(base64.encodebytes(bytearray(b'abc')), base64.decodebytes(memoryview(b'YWJj')))
