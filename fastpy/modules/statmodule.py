"""The _stat module: the S_IS* tests, S_IMODE/S_IFMT, filemode() and the
constants of CPython 3.11's _stat on Linux (stat.py takes everything
from here when the import succeeds, so it must match exactly)."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.strobject import newstr

DOC = ("S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character "
       "device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo "
       "(named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\n"
       "S_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: "
       "set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking "
       "enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for "
       "S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 "
       "synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: "
       "read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\n"
       "S_IRWXG: mask for group permissions\nS_IRGRP: read by group\n"
       "S_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask "
       "for others (not in group) permissions\nS_IROTH: read by others\n"
       "S_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: "
       "do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: "
       "file may only be appended to\nUF_OPAQUE: directory is opaque when "
       "viewed through a union stack\nUF_NOUNLINK: file may not be renamed "
       "or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: "
       "OS X: file should not be displayed\nSF_ARCHIVED: file may be "
       "archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file "
       "may only be appended to\nSF_NOUNLINK: file may not be renamed or "
       "deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\n"
       "ST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\n"
       "ST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n"
       "                   (only present on Windows)\n")

module = ModuleDef('_stat', DOC)

S_IFMT_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000

# (name, value) in CPython's order (PyModule_AddIntMacro calls).
CONSTANTS = [
    ('S_IFDIR', S_IFDIR), ('S_IFCHR', S_IFCHR), ('S_IFBLK', S_IFBLK),
    ('S_IFREG', S_IFREG), ('S_IFIFO', S_IFIFO), ('S_IFLNK', S_IFLNK),
    ('S_IFSOCK', S_IFSOCK), ('S_IFDOOR', 0), ('S_IFPORT', 0),
    ('S_IFWHT', 0), ('S_ISUID', 2048), ('S_ISGID', 1024),
    ('S_ISVTX', 512), ('S_ENFMT', 1024), ('S_IREAD', 256),
    ('S_IWRITE', 128), ('S_IEXEC', 64), ('S_IRWXU', 448),
    ('S_IRUSR', 256), ('S_IWUSR', 128), ('S_IXUSR', 64), ('S_IRWXG', 56),
    ('S_IRGRP', 32), ('S_IWGRP', 16), ('S_IXGRP', 8), ('S_IRWXO', 7),
    ('S_IROTH', 4), ('S_IWOTH', 2), ('S_IXOTH', 1), ('UF_NODUMP', 1),
    ('UF_IMMUTABLE', 2), ('UF_APPEND', 4), ('UF_OPAQUE', 8),
    ('UF_NOUNLINK', 16), ('UF_COMPRESSED', 32), ('UF_HIDDEN', 32768),
    ('SF_ARCHIVED', 65536), ('SF_IMMUTABLE', 131072),
    ('SF_APPEND', 262144), ('SF_NOUNLINK', 1048576),
    ('SF_SNAPSHOT', 2097152), ('ST_MODE', 0), ('ST_INO', 1),
    ('ST_DEV', 2), ('ST_NLINK', 3), ('ST_UID', 4), ('ST_GID', 5),
    ('ST_SIZE', 6), ('ST_ATIME', 7), ('ST_MTIME', 8), ('ST_CTIME', 9),
]


def mode_w(w_mode):
    """_PyLong_AsMode_t: an int object as a C mode_t (unsigned int)."""
    if isinstance(w_mode, W_IntObject):
        value = w_mode.intval
        if value < 0:
            raise oefmt(exc.w_OverflowError,
                        "can't convert negative value to unsigned int")
        if value > 0xffffffff:
            raise oefmt(exc.w_OverflowError, "mode out of range")
        return value
    if isinstance(w_mode, W_LongObject):
        if w_mode.bigval.sign < 0:
            raise oefmt(exc.w_OverflowError,
                        "can't convert negative value to unsigned int")
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C unsigned long")
    raise oefmt(exc.w_TypeError, "an integer is required")


def _declare(spec, impl, doc):
    name = spec.split('(', 1)[0]
    w_func = interp2app(spec, impl, display='_stat.' + name, doc=doc)
    w_func.module_name = '_stat'
    module.add_function(w_func)


def _make_test(name, kind, doc):
    def test(w_mode):
        return newbool(mode_w(w_mode) & S_IFMT_BITS == kind)
    test.__name__ = 'stat_' + name
    _declare(name + '(mode, /)', test, doc)


_make_test('S_ISDIR', S_IFDIR, "S_ISDIR(mode) -> bool\n\nReturn True if "
           "mode is from a directory.")
_make_test('S_ISCHR', S_IFCHR, "S_ISCHR(mode) -> bool\n\nReturn True if "
           "mode is from a character special device file.")
_make_test('S_ISBLK', S_IFBLK, "S_ISBLK(mode) -> bool\n\nReturn True if "
           "mode is from a block special device file.")
_make_test('S_ISREG', S_IFREG, "S_ISREG(mode) -> bool\n\nReturn True if "
           "mode is from a regular file.")
_make_test('S_ISFIFO', S_IFIFO, "S_ISFIFO(mode) -> bool\n\nReturn True if "
           "mode is from a FIFO (named pipe).")
_make_test('S_ISLNK', S_IFLNK, "S_ISLNK(mode) -> bool\n\nReturn True if "
           "mode is from a symbolic link.")
_make_test('S_ISSOCK', S_IFSOCK, "S_ISSOCK(mode) -> bool\n\nReturn True if "
           "mode is from a socket.")


def _make_false(name, doc):
    def test(w_mode):
        mode_w(w_mode)
        return newbool(False)
    test.__name__ = 'stat_' + name
    _declare(name + '(mode, /)', test, doc)


_make_false('S_ISDOOR', "S_ISDOOR(mode) -> bool\n\nReturn True if mode is "
            "from a door.")
_make_false('S_ISPORT', "S_ISPORT(mode) -> bool\n\nReturn True if mode is "
            "from an event port.")
_make_false('S_ISWHT', "S_ISWHT(mode) -> bool\n\nReturn True if mode is "
            "from a whiteout.")


def stat_S_IMODE(w_mode):
    return newint(mode_w(w_mode) & 0o7777)


def stat_S_IFMT(w_mode):
    return newint(mode_w(w_mode) & S_IFMT_BITS)


_declare('S_IMODE(mode, /)', stat_S_IMODE, "Return the portion of the "
         "file's mode that can be set by os.chmod().")
_declare('S_IFMT(mode, /)', stat_S_IFMT, "Return the portion of the file's "
         "mode that describes the file type.")


def filemode_str(mode):
    kind = mode & S_IFMT_BITS
    if kind == S_IFDIR:
        c = 'd'
    elif kind == S_IFREG:
        c = '-'
    elif kind == S_IFLNK:
        c = 'l'
    elif kind == S_IFCHR:
        c = 'c'
    elif kind == S_IFBLK:
        c = 'b'
    elif kind == S_IFIFO:
        c = 'p'
    elif kind == S_IFSOCK:
        c = 's'
    else:
        c = '?'
    out = [c]
    out.append('r' if mode & 0o400 else '-')
    out.append('w' if mode & 0o200 else '-')
    if mode & 0o4000:
        out.append('s' if mode & 0o100 else 'S')
    else:
        out.append('x' if mode & 0o100 else '-')
    out.append('r' if mode & 0o40 else '-')
    out.append('w' if mode & 0o20 else '-')
    if mode & 0o2000:
        out.append('s' if mode & 0o10 else 'S')
    else:
        out.append('x' if mode & 0o10 else '-')
    out.append('r' if mode & 0o4 else '-')
    out.append('w' if mode & 0o2 else '-')
    if mode & 0o1000:
        out.append('t' if mode & 0o1 else 'T')
    else:
        out.append('x' if mode & 0o1 else '-')
    return ''.join(out)


def stat_filemode(w_mode):
    return newstr(filemode_str(mode_w(w_mode)).decode('ascii'))


_declare('filemode(mode, /)', stat_filemode, "Convert a file's mode to a "
         "string of the form '-rwxrwxrwx'")


@module.initializer
def init_stat(w_dict):
    for name, value in CONSTANTS:
        w_dict.setitem_str(name, newint(value))
