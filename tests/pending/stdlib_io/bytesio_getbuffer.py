# BytesIO.getbuffer() (a memoryview of the buffer that blocks resizing
# while exported) is not implemented yet.
import io
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
m[0] = ord('X')
print(b.getvalue(), bytes(m[:3]), len(m))
try:
    b.write(b'more')
except BufferError as e:
    print('BufferError', e)
m.release()
b.write(b'!')
print(b.getvalue())
