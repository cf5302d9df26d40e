# shutil: copyfile, copy2, copytree, move, rmtree, disk usage of a tree
import os
import shutil

D = '/tmp/fastpy_module_os_shutil'
if os.path.exists(D):
    shutil.rmtree(D)
os.makedirs(os.path.join(D, 'src', 'sub'))
with open(os.path.join(D, 'src', 'a.txt'), 'w') as f:
    f.write('alpha\n' * 100)
with open(os.path.join(D, 'src', 'sub', 'b.bin'), 'wb') as f:
    f.write(bytes(range(256)))
os.utime(os.path.join(D, 'src', 'a.txt'), (1000000000, 1000000000))

print(shutil.copyfile(os.path.join(D, 'src', 'a.txt'),
                      os.path.join(D, 'copy.txt')).replace(D, 'D'))
print(os.path.getsize(os.path.join(D, 'copy.txt')))
shutil.copy2(os.path.join(D, 'src', 'a.txt'), os.path.join(D, 'copy2.txt'))
print(os.stat(os.path.join(D, 'copy2.txt')).st_mtime)
shutil.copytree(os.path.join(D, 'src'), os.path.join(D, 'tree'))
for root, dirs, files in os.walk(os.path.join(D, 'tree')):
    dirs.sort()
    print(root.replace(D, 'D'), dirs, sorted(files))
with open(os.path.join(D, 'tree', 'sub', 'b.bin'), 'rb') as f:
    print(f.read() == bytes(range(256)))
shutil.move(os.path.join(D, 'tree'), os.path.join(D, 'moved'))
print(sorted(os.listdir(D)))
try:
    shutil.copyfile(os.path.join(D, 'nope'), os.path.join(D, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename.replace(D, 'D'))
shutil.rmtree(os.path.join(D, 'moved'))
print(sorted(os.listdir(D)))
print(shutil.which('sh') is not None)
shutil.rmtree(D)
print(os.path.exists(D))
