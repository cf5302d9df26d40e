"""The C library functions of the time module (timemodule.py): struct
tm, gmtime_r, localtime_r, mktime, strftime, tzset, the clock_*
functions and select() for sleep()."""

from rpython.rlib import rtime
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform as platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

eci = ExternalCompilationInfo(includes=['time.h', 'sys/time.h',
                                        'pthread.h'])


class CConfig:
    _compilation_info_ = eci
    TM = platform.Struct('struct tm', [
        ('tm_sec', rffi.INT), ('tm_min', rffi.INT), ('tm_hour', rffi.INT),
        ('tm_mday', rffi.INT), ('tm_mon', rffi.INT), ('tm_year', rffi.INT),
        ('tm_wday', rffi.INT), ('tm_yday', rffi.INT), ('tm_isdst', rffi.INT),
        ('tm_gmtoff', rffi.LONG), ('tm_zone', rffi.CCHARP)])
    TIMESPEC = platform.Struct('struct timespec', [('tv_sec', rffi.LONG),
                                                   ('tv_nsec', rffi.LONG)])
    CLOCK_REALTIME = platform.DefinedConstantInteger('CLOCK_REALTIME')
    CLOCK_MONOTONIC = platform.DefinedConstantInteger('CLOCK_MONOTONIC')
    CLOCK_MONOTONIC_RAW = platform.DefinedConstantInteger(
        'CLOCK_MONOTONIC_RAW')
    CLOCK_PROCESS_CPUTIME_ID = platform.DefinedConstantInteger(
        'CLOCK_PROCESS_CPUTIME_ID')
    CLOCK_THREAD_CPUTIME_ID = platform.DefinedConstantInteger(
        'CLOCK_THREAD_CPUTIME_ID')
    CLOCK_BOOTTIME = platform.DefinedConstantInteger('CLOCK_BOOTTIME')
    CLOCK_TAI = platform.DefinedConstantInteger('CLOCK_TAI')


_config = platform.configure(CConfig)
TM = _config['TM']
TIMESPEC = _config['TIMESPEC']
TM_P = lltype.Ptr(TM)
TIMESPEC_P = lltype.Ptr(TIMESPEC)

CLOCK_REALTIME = _config['CLOCK_REALTIME']
CLOCK_MONOTONIC = _config['CLOCK_MONOTONIC']
CLOCK_PROCESS_CPUTIME_ID = _config['CLOCK_PROCESS_CPUTIME_ID']
CLOCK_THREAD_CPUTIME_ID = _config['CLOCK_THREAD_CPUTIME_ID']

# The CLOCK_* constants the module publishes, as CPython on Linux.
CLOCK_CONSTANTS = []
for _name in ['CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW',
              'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_REALTIME', 'CLOCK_TAI',
              'CLOCK_THREAD_CPUTIME_ID']:
    if _config[_name] is not None:
        CLOCK_CONSTANTS.append((_name, _config[_name]))


def _external(name, args, result, **kwds):
    return rffi.llexternal(name, args, result, compilation_info=eci,
                           releasegil=False, **kwds)


c_gmtime_r = _external('gmtime_r', [rffi.TIME_TP, TM_P], TM_P,
                       save_err=rffi.RFFI_FULL_ERRNO_ZERO)
c_localtime_r = _external('localtime_r', [rffi.TIME_TP, TM_P], TM_P,
                          save_err=rffi.RFFI_FULL_ERRNO_ZERO)
c_mktime = _external('mktime', [TM_P], rffi.TIME_T)
c_strftime = _external('strftime', [rffi.CCHARP, rffi.SIZE_T, rffi.CCHARP,
                                    TM_P], rffi.SIZE_T)
c_tzset = _external('tzset', [], lltype.Void)
c_clock_gettime = _external('clock_gettime', [lltype.Signed, TIMESPEC_P],
                            rffi.INT, save_err=rffi.RFFI_SAVE_ERRNO)
c_clock_getres = _external('clock_getres', [lltype.Signed, TIMESPEC_P],
                           rffi.INT, save_err=rffi.RFFI_SAVE_ERRNO)
c_clock_settime = _external('clock_settime', [lltype.Signed, TIMESPEC_P],
                            rffi.INT, save_err=rffi.RFFI_SAVE_ERRNO)
c_pthread_getcpuclockid = _external('pthread_getcpuclockid',
                                    [rffi.ULONG, rffi.INTP], rffi.INT)

# select() with a timeout: the sleep of time.sleep (releases the GIL).
c_select = rtime.c_select
TIMEVAL = rtime.TIMEVAL
EINTR = rtime.EINTR
