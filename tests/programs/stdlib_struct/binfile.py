import struct, io
# write a small binary "database": header + records, then parse it back
HEADER = struct.Struct('<4sHI')
REC = struct.Struct('<H10sdB')
records = [(1, b'alice', 3.25, 1), (2, b'bob', -1.5, 0), (300, b'carol-long-name', 1e10, 1)]
buf = io.BytesIO()
buf.write(HEADER.pack(b'FPDB', 1, len(records)))
for r in records:
    buf.write(REC.pack(*r))
data = buf.getvalue()
print(len(data), data[:10].hex(), HEADER.size + REC.size * len(records))
magic, ver, n = HEADER.unpack_from(data)
print(magic, ver, n)
for i in range(n):
    rid, name, score, flag = REC.unpack_from(data, HEADER.size + i * REC.size)
    print(rid, name.rstrip(b'\x00').decode(), score, bool(flag))
print([hex(x) for x in struct.unpack('>4B', struct.pack('>I', 0xDEADBEEF))], struct.unpack('<I', bytes.fromhex('efbeadde'))[0] == 0xDEADBEEF)
print(struct.pack('@i', 1) == struct.pack('=i', 1), struct.calcsize('@cid'), struct.calcsize('=cid'), struct.pack('>?', 5))
print(int.from_bytes(struct.pack('>h', -2), 'big', signed=True), struct.unpack('>H', (65535).to_bytes(2, 'big')))
