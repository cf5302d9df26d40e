# copy(), __copy__ and __deepcopy__ of Compress and Decompress objects: the
# copies continue independently; copying a finished stream is a ValueError.
import copy
import zlib

co = zlib.compressobj(9)
head = co.compress(b'shared prefix ' * 10)
c1 = co.copy()
c2 = copy.copy(co)
c3 = copy.deepcopy(co)
a = head + co.compress(b'first tail') + co.flush()
b = head + c1.compress(b'second tail') + c1.flush()
print(zlib.decompress(a), zlib.decompress(b))
print(zlib.decompress(head + c2.flush()), zlib.decompress(head + c3.compress(b'3') + c3.flush()))
try:
    co.copy()
except ValueError as e:
    print('ValueError:', e)

comp = zlib.compress(b'0123456789' * 30)
d = zlib.decompressobj()
first = d.decompress(comp[:15] , 20)
d1 = d.copy()
print(d1.unconsumed_tail == d.unconsumed_tail, d1.eof, d1.unused_data)
r1 = first + d.decompress(d.unconsumed_tail + comp[15:] + b'++')
r2 = first + d1.decompress(d1.unconsumed_tail + comp[15:] + b'--')
print(r1 == r2 == b'0123456789' * 30, d.unused_data, d1.unused_data, d.eof, d1.eof)
d2 = copy.deepcopy(d1)
print(d2.unused_data, d2.eof, d2.decompress(b'?'), d2.unused_data)
d.flush()
for obj in [d, zlib.decompressobj().copy()]:
    try:
        print(obj.copy().eof)
    except ValueError as e:
        print('ValueError:', e)
