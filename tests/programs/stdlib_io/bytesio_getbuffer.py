# BytesIO.getbuffer(): a memoryview of the current contents; pickle's
# protocol 4 and 5 framer writes its frames through it.
import io
import pickle

b = io.BytesIO(b'hello world')
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m), m[0], bytes(m[6:]), m.tobytes())
print(m == b'hello world', m.nbytes, m.readonly)
del m
b.seek(0, 2)
b.write(b'!')
print(bytes(b.getbuffer()))
print(bytes(io.BytesIO().getbuffer()))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print('ValueError', e)

data = {'ints': list(range(300)), 'text': 'x' * 70000, 'nested': [(1, 2.5)]}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, proto)
    print(proto, len(s), pickle.loads(s) == data)

# The view is writable, and the BytesIO cannot be resized while it lives.
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
m[0] = ord('X')
m[-1] = 0x21
print(b.getvalue(), bytes(m[:3]), len(m))
for op in [lambda: b.write(b'more'), lambda: b.truncate(2), b.close]:
    try:
        op()
    except BufferError as e:
        print('BufferError', e)
m.release()
b.write(b'!')
print(b.getvalue())
with b.getbuffer() as view:
    view[1] = ord('Y')
    print(bytes(view))
b.write(b'?')
view = b.getbuffer()
del view                         # the last reference releases it
b.truncate(3)
print(b.getvalue())
try:
    m[0] = 1
except ValueError as e:
    print('ValueError', e)
