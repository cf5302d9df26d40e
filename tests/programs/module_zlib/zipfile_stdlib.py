# zipfile with ZIP_DEFLATED (and stored) in a temporary directory: write,
# list, read back and test the archive; shutil.make_archive('zip').
import os
import shutil
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'test.zip')
    body = b''.join([b'row %d of the table\n' % i for i in range(200)])
    with zipfile.ZipFile(path, 'w', compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr('a.txt', body)
        z.writestr('b.bin', bytes(range(256)) * 3, compress_type=zipfile.ZIP_STORED)
        z.writestr('dir/c.txt', 'text in a folder\n' * 5, compresslevel=9)
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            print(info.filename, info.compress_type, info.file_size, info.compress_size < info.file_size or info.compress_type == 0, info.CRC)
        print(z.read('a.txt') == body, len(z.read('b.bin')), z.read('dir/c.txt')[:16])
        print(z.testzip())
        with z.open('a.txt') as f:
            print(f.readline(), f.read(10))
    src = os.path.join(tmp, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'one.txt'), 'w') as f:
        f.write('one\n' * 100)
    with open(os.path.join(src, 'sub', 'two.txt'), 'w') as f:
        f.write('two\n' * 50)
    archive = shutil.make_archive(os.path.join(tmp, 'arch'), 'zip', src)
    print(os.path.basename(archive))
    with zipfile.ZipFile(archive) as z:
        print(sorted(z.namelist()), z.read('sub/two.txt')[:8])
finally:
    shutil.rmtree(tmp)
