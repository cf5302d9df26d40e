# os.statvfs / os.fstatvfs (statvfs_result), and shutil.disk_usage on them.
import os, shutil
st = os.statvfs('/tmp')
print(type(st).__name__, len(st), st.f_bsize == st[0], st.f_namemax > 0, isinstance(st.f_fsid, int))
fd = os.open('/tmp', os.O_RDONLY)
print(os.fstatvfs(fd)[:2] == st[:2], os.statvfs(fd).f_blocks == st.f_blocks)
os.close(fd)
try:
    os.statvfs('/nonexistent/x')
except FileNotFoundError as e:
    print(e)
print(os.statvfs in os.supports_fd)
tot = shutil.disk_usage('/tmp')
print(tot.total >= tot.used, len(tot))
print(repr(st).startswith('os.statvfs_result(f_bsize='))
