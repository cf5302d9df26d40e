"""posix.scandir and posix.DirEntry (CPython's ScandirIterator and
DirEntry on Linux: d_type from readdir, stat results cached per entry).

The iterator owns the open DIR*: it is closed when the iterator is
exhausted, by close() / __exit__, or when the iterator is released.
"""

from rpython.rlib import rposix, rposix_scandir
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import lltype

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.modules.modtypes import module_type, BuiltinIterator
from fastpy.modules.posixutil import (convert_path, oserror, name_result,
                                      Path)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.root import W_Counted
from fastpy.objspace.intobject import newint
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.strobject import newstr
from fastpy.objspace.slots import publish

DT_UNKNOWN = rposix_scandir.DT_UNKNOWN
DT_REG = rposix_scandir.DT_REG
DT_DIR = rposix_scandir.DT_DIR
DT_LNK = rposix_scandir.DT_LNK
S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000
S_IFLNK = 0o120000
ENOENT = 2

NULL_DIRP = lltype.nullptr(rposix.DIRP.TO)

w_direntry_type = module_type('DirEntry', 'posix')
w_scandir_iterator_type = module_type('ScandirIterator', 'posix')
publish(w_scandir_iterator_type, ['__iter__', '__next__'])


def _no_new(name):
    def impl(w_cls, args_w, kw_names, kw_values_w):
        raise oefmt(exc.w_TypeError, "cannot create 'posix.%s' instances"
                    % name)
    impl.__name__ = 'no_new_' + name
    return impl


constructor(w_direntry_type, 'DirEntry(*args, **kwargs)')(
    _no_new('DirEntry'))
constructor(w_scandir_iterator_type, 'ScandirIterator(*args, **kwargs)')(
    _no_new('ScandirIterator'))


# ---------------------------------------------------------------- DirEntry

class W_DirEntry(W_Counted):
    """name and path are str or bytes (not counted); the cached
    stat_result objects are counted slots."""
    _attrs_ = ['w_name', 'w_path', 'name', 'path', 'dir_fd', 'd_type',
               'ino', 'w_stat', 'w_lstat']

    def __init__(self, w_name, w_path, name, path, dir_fd, d_type, ino):
        self.w_name = w_name
        self.w_path = w_path
        self.name = name        # bytes for the system calls
        self.path = path
        self.dir_fd = dir_fd    # scandir(fd): entries are relative to it
        self.d_type = d_type
        self.ino = ino
        self.w_stat = None
        self.w_lstat = None

    def gettype(self):
        return w_direntry_type

    def referents(self):
        return [w for w in [self.w_name, self.w_path, self.w_stat,
                            self.w_lstat] if w is not None]

    def release_children(self):
        w_stat = self.w_stat
        w_lstat = self.w_lstat
        self.w_stat = None
        self.w_lstat = None
        refcount.decref(w_stat)
        refcount.decref(w_lstat)

    def sp_repr(self):
        from fastpy.objspace.space import repr_u
        return u'<DirEntry ' + repr_u(self.w_name) + u'>'

    def fetch_stat(self, follow_symlinks):
        """The stat_result (held by the entry)."""
        from fastpy.modules.posixmodule import do_stat
        if self.dir_fd != -1:
            p = Path(self.name, -1, self.w_path, False)
            dir_fd = self.dir_fd
        else:
            p = Path(self.path, -1, self.w_path, False)
            dir_fd = rposix.AT_FDCWD
        return do_stat('stat', p, dir_fd, follow_symlinks)

    def get_lstat(self):
        if self.w_lstat is None:
            w_st = self.fetch_stat(False)
            refcount.incref(w_st)
            self.w_lstat = w_st
        return self.w_lstat

    def get_stat(self, follow_symlinks):
        if not follow_symlinks:
            return self.get_lstat()
        if self.w_stat is None:
            if self.is_symlink():
                w_st = self.fetch_stat(True)
            else:
                w_st = self.get_lstat()
            refcount.incref(w_st)
            self.w_stat = w_st
        return self.w_stat

    def is_symlink(self):
        if self.d_type != DT_UNKNOWN:
            return self.d_type == DT_LNK
        return _st_mode(self.get_lstat()) & S_IFMT == S_IFLNK

    def test_mode(self, follow_symlinks, mode_bits):
        need_stat = self.d_type == DT_UNKNOWN or (follow_symlinks and
                                                  self.is_symlink())
        if need_stat:
            try:
                w_st = self.get_stat(follow_symlinks)
            except OperationError as e:
                if e.match(exc.w_FileNotFoundError):
                    refcount.discard(e.w_exc)
                    return False
                raise
            return _st_mode(w_st) & S_IFMT == mode_bits
        if mode_bits == S_IFDIR:
            return self.d_type == DT_DIR
        return self.d_type == DT_REG


def _st_mode(w_st):
    from fastpy.objspace.structseq import W_StructSeq
    from fastpy.objspace.space import int_w
    assert isinstance(w_st, W_StructSeq)
    return int_w(w_st.items_w[0])


@method(w_direntry_type, 'is_dir(self, *, follow_symlinks: bool = True)',
        W_DirEntry)
def direntry_is_dir(w_self, follow_symlinks):
    return newbool(w_self.test_mode(follow_symlinks, S_IFDIR))


@method(w_direntry_type, 'is_file(self, *, follow_symlinks: bool = True)',
        W_DirEntry)
def direntry_is_file(w_self, follow_symlinks):
    return newbool(w_self.test_mode(follow_symlinks, S_IFREG))


@method(w_direntry_type, 'is_symlink(self, /)', W_DirEntry)
def direntry_is_symlink(w_self):
    return newbool(w_self.is_symlink())


@method(w_direntry_type, 'stat(self, *, follow_symlinks: bool = True)',
        W_DirEntry)
def direntry_stat(w_self, follow_symlinks):
    return w_self.get_stat(follow_symlinks)


@method(w_direntry_type, 'inode(self, /)', W_DirEntry)
def direntry_inode(w_self):
    return newint(w_self.ino)


@method(w_direntry_type, '__fspath__(self, /)', W_DirEntry)
def direntry_fspath(w_self):
    return w_self.w_path


def _get_name(w_self):
    assert isinstance(w_self, W_DirEntry)
    return w_self.w_name


def _get_path(w_self):
    assert isinstance(w_self, W_DirEntry)
    return w_self.w_path


getset(w_direntry_type, 'name', _get_name)
getset(w_direntry_type, 'path', _get_path)


@method(w_direntry_type, '__repr__(self, /)', W_DirEntry)
def direntry_repr(w_self):
    return newstr(w_self.sp_repr())


# ---------------------------------------------------------------- iterator

class W_ScandirIterator(BuiltinIterator):
    _attrs_ = ['dirp', 'prefix', 'is_bytes', 'dir_fd', 'w_prefix']

    def __init__(self, dirp, prefix, is_bytes, dir_fd):
        self.dirp = dirp
        self.prefix = prefix      # None: entries are named only
        self.is_bytes = is_bytes
        self.dir_fd = dir_fd      # -1, or the fd scandir(fd) was given

    def gettype(self):
        return w_scandir_iterator_type

    def release_children(self):
        self.close()

    def close(self):
        dirp = self.dirp
        if dirp:
            self.dirp = NULL_DIRP
            if self.dir_fd != -1:
                rposix.c_rewinddir(dirp)
            rposix_scandir.closedir(dirp)

    def sp_next(self):
        while True:
            if not self.dirp:
                return None
            try:
                direntp = rposix_scandir.nextentry(self.dirp)
            except OSError as e:
                self.close()
                raise oserror(e.errno, self.w_filename())
            if not direntp:
                self.close()
                return None
            name = rposix_scandir.get_name_bytes(direntp)
            if name == '.' or name == '..':
                continue
            d_type = intmask(rposix_scandir.get_known_type(direntp))
            ino = intmask(rposix_scandir.get_inode(direntp))
            return self.make_entry(name, d_type, ino)

    def w_filename(self):
        if self.prefix is None:
            return None
        return name_result(self.prefix, self.is_bytes)

    def make_entry(self, name, d_type, ino):
        prefix = self.prefix
        if prefix is None:
            path = name
        elif prefix.endswith('/'):
            path = prefix + name
        else:
            path = prefix + '/' + name
        w_name = name_result(name, self.is_bytes)
        if self.dir_fd != -1:
            w_path = w_name
        else:
            w_path = name_result(path, self.is_bytes)
        return W_DirEntry(w_name, w_path, name, path, self.dir_fd, d_type,
                          ino)


@method(w_scandir_iterator_type, 'close(self, /)', W_ScandirIterator)
def scandir_close(w_self):
    w_self.close()
    return w_None


@method(w_scandir_iterator_type, '__enter__(self, /)', W_ScandirIterator)
def scandir_enter(w_self):
    return w_self


@method(w_scandir_iterator_type, '__exit__(self, *args)', W_ScandirIterator)
def scandir_exit(w_self, args_w):
    w_self.close()
    return w_None


def posix_scandir(w_path):
    import os
    path = convert_path('scandir', w_path, allow_fd=True, nullable=True)
    if path is None:
        try:
            dirp = rposix_scandir.opendir_bytes('.')
        except OSError as e:
            raise oserror(e.errno, newstr(u'.'))
        return W_ScandirIterator(dirp, '.', False, -1)
    if path.is_fd:
        try:
            fd = os.dup(path.fd)
        except OSError as e:
            raise oserror(e.errno)
        dirp = rposix.c_fdopendir(fd)
        if not dirp:
            errno = rposix.get_saved_errno()
            rposix.c_close(fd)
            raise oserror(errno)
        return W_ScandirIterator(dirp, None, False, path.fd)
    try:
        dirp = rposix_scandir.opendir_bytes(path.as_bytes0())
    except OSError as e:
        raise oserror(e.errno, path.w_obj)
    return W_ScandirIterator(dirp, path.value, path.is_bytes, -1)
