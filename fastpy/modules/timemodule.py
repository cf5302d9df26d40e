"""The time module: time() and perf_counter()."""

from rpython.rlib import rtime
from rpython.rtyper.lltypesystem import lltype, rffi
from fastpy.interpreter.gateway import make_builtin
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace.floatobject import newfloat

module = ModuleDef('time', 'This module provides various functions to '
                   'manipulate time values.')


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


for _w_func in [make_builtin('time', time_time, 0, 0),
                make_builtin('perf_counter', time_perf_counter, 0, 0),
                make_builtin('monotonic', time_perf_counter, 0, 0)]:
    module.add_function(_w_func)
