# tarfile with gzip compression ('w:gz' / 'r:gz') in memory: members added
# from bytes, listed and extracted back.
import io
import tarfile

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:gz') as tar:
    for name, body in [('a.txt', b'alpha\n' * 40), ('b/c.bin', bytes(range(200)))]:
        info = tarfile.TarInfo(name)
        info.size = len(body)
        info.mtime = 0
        tar.addfile(info, io.BytesIO(body))
raw = buf.getvalue()
print(raw[:2], len(raw) < 10240)
with tarfile.open(fileobj=io.BytesIO(raw), mode='r:gz') as tar:
    print(tar.getnames())
    print(tar.extractfile('a.txt').read()[:12], len(tar.extractfile('b/c.bin').read()))
with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
    print([m.size for m in tar.getmembers()])
