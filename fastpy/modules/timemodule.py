"""The time module: time() and perf_counter()."""

from rpython.rlib import rtime
from rpython.rtyper.lltypesystem import lltype, rffi
from fastpy.interpreter.gateway import make_builtin
from fastpy.objspace.dictobject import newdict
from fastpy.objspace.floatobject import newfloat
from fastpy.objspace.moduleobject import W_Module


if rtime.HAS_CLOCK_GETTIME:
    # A wrapper of our own: the toolchain's c_clock_gettime is specialized
    # on the constant clock id the JIT passes to it.
    monotonic_clock_gettime = rffi.llexternal(
        'clock_gettime', [lltype.Signed, lltype.Ptr(rtime.TIMESPEC)],
        rffi.INT, compilation_info=rtime.eci, releasegil=False)


def monotonic_seconds():
    if rtime.HAS_CLOCK_GETTIME:
        with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
            if monotonic_clock_gettime(rtime.CLOCK_MONOTONIC, ts) == 0:
                return (float(rffi.getintfield(ts, 'c_tv_sec')) +
                        float(rffi.getintfield(ts, 'c_tv_nsec')) * 1e-9)
    return rtime.time()


def time_time(args):
    return newfloat(rtime.time())


def time_perf_counter(args):
    return newfloat(monotonic_seconds())


FUNCTIONS = [
    make_builtin('time', time_time, 0, 0),
    make_builtin('perf_counter', time_perf_counter, 0, 0),
    make_builtin('monotonic', time_perf_counter, 0, 0),
]


def make_time_module():
    w_dict = newdict()
    for w_func in FUNCTIONS:
        w_dict.setitem_str(w_func.name, w_func)
    return W_Module('time', w_dict)
