m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.readonly, m.nbytes)
print(m[1:4].tobytes(), m[::2].tobytes(), bytes(m[2:]), m[1:4].hex())
print(m == b"abcdef", m.obj)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
print(ba, mv.readonly, list(mv))
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
