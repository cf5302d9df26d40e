import base64
m = memoryview(b'abcdef')
for v in [m, m[1:4], m[::2], m[::-1], m[2:2], memoryview(bytearray(b'12345678')).cast('I'), memoryview(b'\x00' * 8).cast('h')]:
    print(v.ndim, v.shape, v.strides, v.suboffsets, v.contiguous, v.c_contiguous, v.f_contiguous, v.itemsize, v.format, v.nbytes)
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
