# os.fwalk and the dir_fd functions (what shutil.rmtree's safe path uses)
import os
import stat

D = '/tmp/fastpy_module_os_fwalk'
if os.path.exists(D):
    for root, dirs, files, rootfd in os.fwalk(D, topdown=False):
        for name in files:
            os.unlink(name, dir_fd=rootfd)
        for name in dirs:
            os.rmdir(name, dir_fd=rootfd)
    os.rmdir(D)
os.mkdir(D)
top = os.open(D, os.O_RDONLY)
os.mkdir('sub', dir_fd=top)
fd = os.open('sub/f.txt', os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=top)
os.write(fd, b'12345')
os.close(fd)
os.symlink('sub/f.txt', 'link', dir_fd=top)
print(os.readlink('link', dir_fd=top))
print(os.stat('sub/f.txt', dir_fd=top).st_size,
      stat.S_ISLNK(os.stat('link', dir_fd=top, follow_symlinks=False).st_mode))
print(os.access('sub/f.txt', os.R_OK, dir_fd=top))
os.chmod('sub/f.txt', 0o644, dir_fd=top)
print(oct(os.stat('sub/f.txt', dir_fd=top).st_mode & 0o777))
os.utime('sub/f.txt', ns=(10**18, 2 * 10**18), dir_fd=top)
print(os.stat('sub/f.txt', dir_fd=top).st_mtime_ns)
os.rename('sub/f.txt', 'g.txt', src_dir_fd=top, dst_dir_fd=top)
os.link('g.txt', 'h.txt', src_dir_fd=top, dst_dir_fd=top)
print(sorted(os.listdir(top)), os.stat('g.txt', dir_fd=top).st_nlink)
with os.scandir(top) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_file(follow_symlinks=False))
for root, dirs, files, rootfd in os.fwalk(D):
    print(root.replace(D, 'D'), sorted(dirs), sorted(files), type(rootfd).__name__)
print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd)
os.close(top)
for root, dirs, files, rootfd in os.fwalk(D, topdown=False):
    for name in files:
        os.unlink(name, dir_fd=rootfd)
    for name in dirs:
        os.rmdir(name, dir_fd=rootfd)
os.rmdir(D)
print(os.path.exists(D))
