"""os.statvfs and os.fstatvfs: the statvfs_result struct sequence (ten
fields, plus f_fsid as an attribute only), from `struct statvfs`."""

from rpython.rlib import rposix
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform as platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from fastpy.modules.posixstructs import StructSeqType
from fastpy.modules.posixutil import convert_path, oserror
from fastpy.objspace.longobject import newlong

FIELDS = ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail',
          'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid']

_eci = ExternalCompilationInfo(includes=['sys/statvfs.h'])


class CConfig:
    _compilation_info_ = _eci
    STATVFS = platform.Struct('struct statvfs',
                              [(name, lltype.Unsigned) for name in FIELDS])

STATVFS = platform.configure(CConfig)['STATVFS']

c_statvfs = rffi.llexternal('statvfs', [rffi.CCHARP, lltype.Ptr(STATVFS)],
                            rffi.INT, compilation_info=_eci,
                            save_err=rffi.RFFI_SAVE_ERRNO)
c_fstatvfs = rffi.llexternal('fstatvfs', [rffi.INT, lltype.Ptr(STATVFS)],
                             rffi.INT, compilation_info=_eci,
                             save_err=rffi.RFFI_SAVE_ERRNO)

statvfs_result = StructSeqType(
    'os', 'statvfs_result', FIELDS, 10,
    doc="statvfs_result: Result from statvfs or fstatvfs.\n\nThis object "
    "may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, "
    "bavail, files, ffree, favail, flag, namemax),\nor via the attributes "
    "f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs "
    "for more information.")


_unrolled_fields = unrolling_iterable(['c_' + name for name in FIELDS])


def _build(st):
    values_w = []
    for cname in _unrolled_fields:      # field names must be constants
        value = rffi.cast(lltype.Unsigned, rffi.getintfield(st, cname))
        values_w.append(newlong(rbigint.fromrarith_int(value)))
    return statvfs_result.new(values_w)


def posix_statvfs(w_path):
    """Perform a statvfs system call on the given path."""
    path = convert_path('statvfs', w_path, allow_fd=True)
    with lltype.scoped_alloc(STATVFS) as st:
        if path.is_fd:
            res = c_fstatvfs(path.fd, st)
        else:
            res = c_statvfs(path.as_bytes0(), st)
        if intmask(res) < 0:
            raise oserror(rposix.get_saved_errno(), path.w_obj)
        return _build(st)


def posix_fstatvfs(fd):
    """Perform an fstatvfs system call on the given fd."""
    with lltype.scoped_alloc(STATVFS) as st:
        if intmask(c_fstatvfs(fd, st)) < 0:
            raise oserror(rposix.get_saved_errno())
        return _build(st)
