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
