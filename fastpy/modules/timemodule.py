"""The time module, CPython 3.11's Modules/timemodule.c on Linux.

Clocks are read with clock_gettime() as nanoseconds (time(), monotonic(),
perf_counter(), process_time(), thread_time() and their _ns forms);
calendar conversions go through the C library (gmtime_r, localtime_r,
mktime, strftime; timeclib.py).  `struct_time` is a struct sequence
(objspace/structseq.py) with the hidden fields tm_zone and tm_gmtoff.
strptime() calls the pure-Python `_strptime._strptime_time`, as CPython.

timezone, altzone, daylight and tzname are computed as CPython does with
glibc: from localtime() of January 1st and July 1st of the current year
(again by tzset()).

Argument parsing follows CPython's three families of messages: the
METH_NOARGS/METH_O builtins (`time.sleep() takes exactly one argument`)
through gateway signatures, PyArg_UnpackTuple (asctime), and
PyArg_ParseTuple (`gmtime() takes at most 1 argument (2 given)`), which
`_varargs` reproduces.
"""

import math

from rpython.rlib import jit, rposix
from rpython.rlib.rarithmetic import intmask, ovfcheck
from rpython.rtyper.lltypesystem import lltype, rffi

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import Arguments, W_BuiltinFunction
from fastpy.interpreter.gateway import interp2app
from fastpy.modules import timeclib as clib
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.posixutil import oserror
from fastpy.modules.timedocs import DOCS, MODULE_DOC, STRUCT_TIME_DOC
from fastpy.objspace import codecs
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol, refcount
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.space import is_int, type_name
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.structseq import (W_StructSeq, make_structseq_type,
                                       new_structseq)
from fastpy.objspace.tupleobject import W_TupleObject, newtuple

module = ModuleDef('time', MODULE_DOC)

SEC_TO_NS = 1000000000
INT_MAX = 2147483647
INT_MIN = -2147483648
TIME_T_MAX = 9223372036854775807
TIME_T_MIN = -9223372036854775807 - 1
TIME_T_LIMIT = 9223372036854775808.0     # 2.0 ** 63

w_struct_time_type = make_structseq_type(
    'time', 'struct_time',
    ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
     'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'],
    n_sequence_fields=9, doc=STRUCT_TIME_DOC)


# ---------------------------------------------------------------- helpers

def _add(name, impl, display=None, spec=None):
    """Publish impl: through a gateway signature when `spec` is given,
    else impl(args) (the PyArg_ParseTuple family, see _varargs)."""
    doc = DOCS.get(name, None)
    if spec is not None:
        w_func = interp2app(spec, impl, display=display, doc=doc)
    else:
        w_func = W_BuiltinFunction(name, impl, doc)
    w_func.module_name = 'time'
    module.add_function(w_func)


def _varargs(fname, args, min_args, max_args):
    """PyArg_ParseTuple's checks of a METH_VARARGS builtin."""
    if len(args.kw_names) > 0:
        raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments" %
                    fname)
    n = len(args.args_w)
    if min_args <= n <= max_args:
        return
    if min_args == max_args:
        how = "exactly"
    elif n < min_args:
        how = "at least"
    else:
        how = "at most"
    m = min_args if n < min_args else max_args
    raise oefmt(exc.w_TypeError, "%s() takes %s %d argument%s (%d given)"
                % (fname, how, m, "" if m == 1 else "s", n))


def _c_long(w_obj, overflow_msg):
    """PyLong_AsLong (index protocol), with `overflow_msg` as the
    OverflowError of a value beyond a machine word."""
    if w_obj.is_user and not is_int(w_obj):
        w_index = protocol.index(w_obj)
        if w_index is not None:
            w_obj = w_index
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        raise oefmt(exc.w_OverflowError, overflow_msg)
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                type_name(w_obj))


def _c_int(w_obj):
    """getargs 'i': a C int."""
    value = _c_long(w_obj, "Python int too large to convert to C long")
    if value > INT_MAX:
        raise oefmt(exc.w_OverflowError,
                    "signed integer is greater than maximum")
    if value < INT_MIN:
        raise oefmt(exc.w_OverflowError,
                    "signed integer is less than minimum")
    return value


def _str_arg(fname, pos, w_obj):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument %d must be str, not %s"
                    % (fname, pos, type_name(w_obj)))
    return w_obj.value


def _check_nan(d):
    if math.isnan(d):
        raise oefmt(exc.w_ValueError, "Invalid value NaN (not a number)")


def _object_to_time_t(w_obj):
    """_PyTime_ObjectToTime_t, rounding floats toward -inf."""
    if isinstance(w_obj, W_FloatObject):
        d = w_obj.floatval
        _check_nan(d)
        d = math.floor(d)
        if not (-TIME_T_LIMIT <= d < TIME_T_LIMIT):
            raise oefmt(exc.w_OverflowError,
                        "timestamp out of range for platform time_t")
        return int(d)
    return _c_long(w_obj, "timestamp out of range for platform time_t")


def _object_to_ns(w_obj, round_away):
    """_PyTime_FromSecondsObject: nanoseconds; floats are rounded away
    from zero (_PyTime_ROUND_TIMEOUT) or toward -inf."""
    msg = "timestamp too large to convert to C _PyTime_t"
    if isinstance(w_obj, W_FloatObject):
        d = w_obj.floatval
        _check_nan(d)
        d = d * 1e9
        if round_away and d >= 0.0:
            d = math.ceil(d)
        else:
            d = math.floor(d)
        if not (-TIME_T_LIMIT <= d < TIME_T_LIMIT):
            raise oefmt(exc.w_OverflowError,
                        "timestamp out of range for platform time_t")
        return int(d)
    secs = _c_long(w_obj, msg)
    try:
        return ovfcheck(secs * SEC_TO_NS)
    except OverflowError:
        raise oefmt(exc.w_OverflowError, msg)


def _ns_to_float(ns):
    """_PyTime_AsSecondsDouble."""
    if ns % SEC_TO_NS == 0:
        return float(ns // SEC_TO_NS)
    return float(ns) / 1e9


# ---------------------------------------------------------------- clocks

@jit.dont_look_inside
def clock_ns(clk_id):
    """clock_gettime(clk_id) in nanoseconds; OSError on failure."""
    with lltype.scoped_alloc(clib.TIMESPEC) as ts:
        if intmask(clib.c_clock_gettime(clk_id, ts)) != 0:
            raise oserror(rposix.get_saved_errno())
        return (rffi.getintfield(ts, 'c_tv_sec') * SEC_TO_NS +
                rffi.getintfield(ts, 'c_tv_nsec'))


def monotonic_seconds():
    return _ns_to_float(clock_ns(clib.CLOCK_MONOTONIC))


def time_time():
    return newfloat(_ns_to_float(clock_ns(clib.CLOCK_REALTIME)))


def time_time_ns():
    return newint(clock_ns(clib.CLOCK_REALTIME))


def time_monotonic():
    return newfloat(_ns_to_float(clock_ns(clib.CLOCK_MONOTONIC)))


def time_monotonic_ns():
    return newint(clock_ns(clib.CLOCK_MONOTONIC))


def time_process_time():
    return newfloat(_ns_to_float(clock_ns(clib.CLOCK_PROCESS_CPUTIME_ID)))


def time_process_time_ns():
    return newint(clock_ns(clib.CLOCK_PROCESS_CPUTIME_ID))


def time_thread_time():
    return newfloat(_ns_to_float(clock_ns(clib.CLOCK_THREAD_CPUTIME_ID)))


def time_thread_time_ns():
    return newint(clock_ns(clib.CLOCK_THREAD_CPUTIME_ID))


for _name, _impl in [('time', time_time), ('time_ns', time_time_ns),
                     ('monotonic', time_monotonic),
                     ('monotonic_ns', time_monotonic_ns),
                     ('perf_counter', time_monotonic),
                     ('perf_counter_ns', time_monotonic_ns),
                     ('process_time', time_process_time),
                     ('process_time_ns', time_process_time_ns),
                     ('thread_time', time_thread_time),
                     ('thread_time_ns', time_thread_time_ns)]:
    _add(_name, _impl, 'time.' + _name, _name + '()')


def _timespec_float(clk_id, getres):
    with lltype.scoped_alloc(clib.TIMESPEC) as ts:
        if getres:
            err = clib.c_clock_getres(clk_id, ts)
        else:
            err = clib.c_clock_gettime(clk_id, ts)
        if intmask(err) != 0:
            raise oserror(rposix.get_saved_errno())
        return (float(rffi.getintfield(ts, 'c_tv_sec')) +
                float(rffi.getintfield(ts, 'c_tv_nsec')) * 1e-9)


def time_clock_gettime(args):
    _varargs('clock_gettime', args, 1, 1)
    return newfloat(_timespec_float(_c_int(args.args_w[0]), False))


def time_clock_gettime_ns(args):
    if len(args.kw_names) > 0:
        raise oefmt(exc.w_TypeError,
                    "clock_gettime_ns() takes no keyword arguments")
    _varargs('clock_gettime', args, 1, 1)
    return newint(clock_ns(_c_int(args.args_w[0])))


def time_clock_getres(args):
    _varargs('clock_getres', args, 1, 1)
    return newfloat(_timespec_float(_c_int(args.args_w[0]), True))


def _settime(clk_id, ns):
    with lltype.scoped_alloc(clib.TIMESPEC) as ts:
        secs = ns // SEC_TO_NS
        rffi.setintfield(ts, 'c_tv_sec', secs)
        rffi.setintfield(ts, 'c_tv_nsec', ns - secs * SEC_TO_NS)
        if intmask(clib.c_clock_settime(clk_id, ts)) != 0:
            raise oserror(rposix.get_saved_errno())
    return w_None


def time_clock_settime(args):
    _varargs('clock_settime', args, 2, 2)
    clk_id = _c_int(args.args_w[0])
    return _settime(clk_id, _object_to_ns(args.args_w[1], False))


def time_clock_settime_ns(args):
    if len(args.kw_names) > 0:
        raise oefmt(exc.w_TypeError,
                    "clock_settime_ns() takes no keyword arguments")
    _varargs('clock_settime', args, 2, 2)
    clk_id = _c_int(args.args_w[0])
    w_time = args.args_w[1]
    if not is_int(w_time):
        raise oefmt(exc.w_TypeError, "expect int, got %s" %
                    type_name(w_time))
    ns = _c_long(w_time, "timestamp too large to convert to C _PyTime_t")
    return _settime(clk_id, ns)


def time_pthread_getcpuclockid(args):
    _varargs('pthread_getcpuclockid', args, 1, 1)
    w_id = args.args_w[0]
    if isinstance(w_id, W_IntObject):
        ident = w_id.intval
    elif isinstance(w_id, W_LongObject):
        ident = intmask(w_id.bigval.uintmask())
    else:
        raise oefmt(exc.w_TypeError, "pthread_getcpuclockid() argument 1 "
                    "must be int, not %s" % type_name(w_id))
    with lltype.scoped_alloc(rffi.INTP.TO, 1) as p:
        err = intmask(clib.c_pthread_getcpuclockid(
            rffi.cast(rffi.ULONG, ident), p))
        if err != 0:
            raise oserror(err)
        return newint(intmask(p[0]))


_add('clock_gettime', time_clock_gettime)
_add('clock_gettime_ns', time_clock_gettime_ns)
_add('clock_getres', time_clock_getres)
_add('clock_settime', time_clock_settime)
_add('clock_settime_ns', time_clock_settime_ns)
_add('pthread_getcpuclockid', time_pthread_getcpuclockid)


CLOCK_INFO = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}
CLOCK_IDS = {
    'time': clib.CLOCK_REALTIME,
    'monotonic': clib.CLOCK_MONOTONIC,
    'perf_counter': clib.CLOCK_MONOTONIC,
    'process_time': clib.CLOCK_PROCESS_CPUTIME_ID,
    'thread_time': clib.CLOCK_THREAD_CPUTIME_ID,
}


def time_get_clock_info(args):
    from fastpy.objspace.attribute import setattr_w
    from fastpy.objspace.namespaceobject import new_namespace
    _varargs('get_clock_info', args, 1, 1)
    from fastpy.objspace.strobject import str_to_utf8
    name = str_to_utf8(_str_arg('get_clock_info', 1, args.args_w[0]))
    if name not in CLOCK_INFO:
        raise oefmt(exc.w_ValueError, "unknown clock")
    info = CLOCK_INFO[name]
    clk_id = CLOCK_IDS[name]
    clock_ns(clk_id)            # CPython reads the clock first
    resolution = _timespec_float(clk_id, True)
    implementation, monotonic, adjustable = info
    w_ns = new_namespace()
    try:
        setattr_w(w_ns, 'implementation', newstr(implementation.decode(
            'ascii')))
        setattr_w(w_ns, 'monotonic', newbool(monotonic))
        setattr_w(w_ns, 'adjustable', newbool(adjustable))
        setattr_w(w_ns, 'resolution', newfloat(resolution))
    except OperationError:
        refcount.discard(w_ns)
        raise
    return w_ns


_add('get_clock_info', time_get_clock_info)


# ---------------------------------------------------------------- sleep

def time_sleep(w_secs):
    from fastpy.modules.signalmodule import run_handlers
    ns = _object_to_ns(w_secs, True)
    if ns < 0:
        raise oefmt(exc.w_ValueError, "sleep length must be non-negative")
    deadline = clock_ns(clib.CLOCK_MONOTONIC) + ns
    while True:
        if _select_sleep(ns):
            break
        # interrupted by a signal: run the handlers (they may raise),
        # then sleep for the time that is left
        run_handlers()
        ns = deadline - clock_ns(clib.CLOCK_MONOTONIC)
        if ns < 0:
            break
    return w_None


@jit.dont_look_inside
def _select_sleep(ns):
    """Sleep ns nanoseconds; False if a signal interrupted the sleep."""
    void = lltype.nullptr(rffi.VOIDP.TO)
    with lltype.scoped_alloc(clib.TIMEVAL) as tv:
        secs = ns // SEC_TO_NS
        usecs = (ns - secs * SEC_TO_NS + 999) // 1000    # rounded up
        if usecs >= 1000000:
            secs += 1
            usecs -= 1000000
        rffi.setintfield(tv, 'c_tv_sec', secs)
        rffi.setintfield(tv, 'c_tv_usec', usecs)
        res = intmask(clib.c_select(0, void, void, void, tv))
    if res == 0:
        return True
    errno = rposix.get_saved_errno()
    if errno != clib.EINTR:
        raise oserror(errno)
    return False


_add('sleep', time_sleep, 'time.sleep', 'sleep(secs, /)')


# ---------------------------------------------------------------- struct tm

class TmFields(object):
    """The fields of a C struct tm (C conventions: year - 1900, month
    0-11, ...), with tm_zone (utf-8 or None) and tm_gmtoff."""

    def __init__(self):
        self.year = 0
        self.mon = 0
        self.mday = 0
        self.hour = 0
        self.min = 0
        self.sec = 0
        self.wday = 0
        self.yday = 0
        self.isdst = 0
        self.zone = None
        self.gmtoff = 0


def _tm_to_fields(tm):
    f = TmFields()
    f.year = rffi.getintfield(tm, 'c_tm_year')
    f.mon = rffi.getintfield(tm, 'c_tm_mon')
    f.mday = rffi.getintfield(tm, 'c_tm_mday')
    f.hour = rffi.getintfield(tm, 'c_tm_hour')
    f.min = rffi.getintfield(tm, 'c_tm_min')
    f.sec = rffi.getintfield(tm, 'c_tm_sec')
    f.wday = rffi.getintfield(tm, 'c_tm_wday')
    f.yday = rffi.getintfield(tm, 'c_tm_yday')
    f.isdst = rffi.getintfield(tm, 'c_tm_isdst')
    f.gmtoff = rffi.getintfield(tm, 'c_tm_gmtoff')
    if tm.c_tm_zone:
        f.zone = rffi.charp2str(tm.c_tm_zone)
    return f


def _fill_tm(tm, f, zone_p):
    rffi.setintfield(tm, 'c_tm_year', f.year)
    rffi.setintfield(tm, 'c_tm_mon', f.mon)
    rffi.setintfield(tm, 'c_tm_mday', f.mday)
    rffi.setintfield(tm, 'c_tm_hour', f.hour)
    rffi.setintfield(tm, 'c_tm_min', f.min)
    rffi.setintfield(tm, 'c_tm_sec', f.sec)
    rffi.setintfield(tm, 'c_tm_wday', f.wday)
    rffi.setintfield(tm, 'c_tm_yday', f.yday)
    rffi.setintfield(tm, 'c_tm_isdst', f.isdst)
    rffi.setintfield(tm, 'c_tm_gmtoff', f.gmtoff)
    tm.c_tm_zone = zone_p


@jit.dont_look_inside
def _convert(when, local):
    """The fields of gmtime_r/localtime_r of a time_t (OSError when
    the C library fails, e.g. for a year beyond int)."""
    with lltype.scoped_alloc(rffi.TIME_TP.TO, 1) as tp:
        tp[0] = rffi.cast(rffi.TIME_T, when)
        with lltype.scoped_alloc(clib.TM, zero=True) as tm:
            if local:
                res = clib.c_localtime_r(tp, tm)
            else:
                res = clib.c_gmtime_r(tp, tm)
            if not res:
                errno = rposix.get_saved_errno()
                if errno == 0:
                    errno = 22      # EINVAL
                raise oserror(errno)
            return _tm_to_fields(tm)


def _fields_to_struct_time(f):
    w_zone = w_None
    zone = f.zone
    if zone is not None:
        from fastpy.modules.posixutil import fsdecode
        w_zone = fsdecode(zone)
    return new_structseq(w_struct_time_type, [
        newint(f.year + 1900), newint(f.mon + 1), newint(f.mday),
        newint(f.hour), newint(f.min), newint(f.sec),
        newint((f.wday + 6) % 7), newint(f.yday + 1), newint(f.isdst),
        w_zone, newint(f.gmtoff)])


def _now_seconds():
    return clock_ns(clib.CLOCK_REALTIME) // SEC_TO_NS


def _time_t_args(fname, args):
    """parse_time_t_args: the optional seconds argument, or now."""
    _varargs(fname, args, 0, 1)
    if len(args.args_w) == 0 or args.args_w[0] is w_None:
        return _now_seconds()
    return _object_to_time_t(args.args_w[0])


def time_gmtime(args):
    when = _time_t_args('gmtime', args)
    return _fields_to_struct_time(_convert(when, False))


def time_localtime(args):
    when = _time_t_args('localtime', args)
    return _fields_to_struct_time(_convert(when, True))


def _c_rem(a, b):
    """C's a % b (the sign of a)."""
    r = abs(a) % b
    return -r if a < 0 else r


def _gettmarg(w_tup, fname):
    """gettmarg: the fields of a 9-tuple or struct_time."""
    if not isinstance(w_tup, W_TupleObject):
        raise oefmt(exc.w_TypeError,
                    "Tuple or struct_time argument required")
    items_w = w_tup.items_w
    if len(items_w) != 9:
        raise oefmt(exc.w_TypeError, "%s(): illegal time tuple argument" %
                    fname)
    f = TmFields()
    y = _c_int(items_w[0])
    f.mon = _c_int(items_w[1])
    f.mday = _c_int(items_w[2])
    f.hour = _c_int(items_w[3])
    f.min = _c_int(items_w[4])
    f.sec = _c_int(items_w[5])
    f.wday = _c_int(items_w[6])
    f.yday = _c_int(items_w[7])
    f.isdst = _c_int(items_w[8])
    if y < INT_MIN + 1900:
        raise oefmt(exc.w_OverflowError, "year out of range")
    f.year = y - 1900
    f.mon -= 1
    wday = f.wday + 1
    if wday > INT_MAX:
        wday = INT_MIN          # C int arithmetic wraps
    f.wday = _c_rem(wday, 7)
    f.yday -= 1
    if (isinstance(w_tup, W_StructSeq) and
            w_tup.gettype() is w_struct_time_type):
        w_zone = w_tup.field(9)
        if w_zone is not w_None:
            if not isinstance(w_zone, W_StrObject):
                raise oefmt(exc.w_TypeError,
                            "bad argument type for built-in operation")
            f.zone = codecs.encode(w_zone.value, 'utf-8', 'strict')
        w_gmtoff = w_tup.field(10)
        if w_gmtoff is not w_None:
            f.gmtoff = _c_long(w_gmtoff,
                               "Python int too large to convert to C long")
    return f


def _checktm(f):
    if f.mon == -1:
        f.mon = 0
    elif f.mon < 0 or f.mon > 11:
        raise oefmt(exc.w_ValueError, "month out of range")
    if f.mday == 0:
        f.mday = 1
    elif f.mday < 0 or f.mday > 31:
        raise oefmt(exc.w_ValueError, "day of month out of range")
    if f.hour < 0 or f.hour > 23:
        raise oefmt(exc.w_ValueError, "hour out of range")
    if f.min < 0 or f.min > 59:
        raise oefmt(exc.w_ValueError, "minute out of range")
    if f.sec < 0 or f.sec > 61:
        raise oefmt(exc.w_ValueError, "seconds out of range")
    if f.wday < 0:
        raise oefmt(exc.w_ValueError, "day of week out of range")
    if f.yday == -1:
        f.yday = 0
    elif f.yday < 0 or f.yday > 365:
        raise oefmt(exc.w_ValueError, "day of year out of range")


WDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
MON_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
             'Oct', 'Nov', 'Dec']


def _two(n):
    s = str(n)
    if len(s) < 2:
        s = '0' + s
    return s


def _asctime(f):
    """"%s %s%3d %.2d:%.2d:%.2d %d" of the checked fields."""
    mday = str(f.mday)
    while len(mday) < 3:
        mday = ' ' + mday
    s = '%s %s%s %s:%s:%s %d' % (WDAY_NAMES[f.wday], MON_NAMES[f.mon], mday,
                                 _two(f.hour), _two(f.min), _two(f.sec),
                                 f.year + 1900)
    return newstr(s.decode('ascii'))


def time_asctime(w_tup):
    if w_tup is None:
        f = _convert(_now_seconds(), True)
    else:
        f = _gettmarg(w_tup, 'asctime')
        _checktm(f)
    return _asctime(f)


def time_ctime(args):
    when = _time_t_args('ctime', args)
    return _asctime(_convert(when, True))


def time_mktime(w_tup):
    f = _gettmarg(w_tup, 'mktime')
    f.wday = -1                 # sentinel: mktime() sets it on success
    tt, wday = _mktime(f)
    if tt == -1 and wday == -1:
        raise oefmt(exc.w_OverflowError, "mktime argument out of range")
    return newfloat(float(tt))


@jit.dont_look_inside
def _mktime(f):
    zone_p = lltype.nullptr(rffi.CCHARP.TO)
    zone = f.zone
    if zone is not None:
        zone_p = rffi.str2charp(zone)
    try:
        with lltype.scoped_alloc(clib.TM, zero=True) as tm:
            _fill_tm(tm, f, zone_p)
            tt = intmask(clib.c_mktime(tm))
            return tt, rffi.getintfield(tm, 'c_tm_wday')
    finally:
        if zone_p:
            rffi.free_charp(zone_p)


def time_strftime(args):
    _varargs('strftime', args, 1, 2)
    fmt_u = _str_arg('strftime', 1, args.args_w[0])
    if len(args.args_w) == 1:
        f = _convert(_now_seconds(), True)
    else:
        f = _gettmarg(args.args_w[1], 'strftime')
        _checktm(f)
    # tm_isdst normalized to [-1, 1] (a %Z may index tzname with it)
    if f.isdst < -1:
        f.isdst = -1
    elif f.isdst > 1:
        f.isdst = 1
    for ch in fmt_u:
        if ch == u'\x00':
            raise oefmt(exc.w_ValueError, "embedded null character")
    fmt = codecs.encode(fmt_u, 'utf-8', 'surrogatepass')
    assert fmt is not None
    out = _strftime(fmt, len(fmt_u), f)
    u = codecs.decode(out, 'utf-8', 'surrogatepass')
    assert u is not None
    return newstr(u)


@jit.dont_look_inside
def _strftime(fmt, fmtlen, f):
    """The C library's strftime into a buffer that doubles until the
    result fits, or is 256 times the format (then it is truly empty,
    e.g. a %Z without time zone name), as CPython."""
    zone_p = lltype.nullptr(rffi.CCHARP.TO)
    zone = f.zone
    if zone is not None:
        zone_p = rffi.str2charp(zone)
    fmt_p = rffi.str2charp(fmt)
    try:
        with lltype.scoped_alloc(clib.TM, zero=True) as tm:
            _fill_tm(tm, f, zone_p)
            size = 1024
            while True:
                buf = lltype.malloc(rffi.CCHARP.TO, size, flavor='raw')
                try:
                    n = intmask(clib.c_strftime(buf, rffi.cast(rffi.SIZE_T,
                                                               size),
                                                fmt_p, tm))
                    if n > 0 or size >= 256 * fmtlen:
                        return rffi.charpsize2str(buf, n)
                finally:
                    lltype.free(buf, flavor='raw')
                size += size
    finally:
        rffi.free_charp(fmt_p)
        if zone_p:
            rffi.free_charp(zone_p)


def time_strptime(args):
    """_strptime._strptime_time(*args)."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.importing import gcd_import
    from fastpy.objspace.space import getattr_w
    if len(args.kw_names) > 0:
        raise oefmt(exc.w_TypeError, "strptime() takes no keyword arguments")
    w_mod = gcd_import('_strptime')
    refcount.incref(w_mod)
    try:
        w_func = getattr_w(w_mod, '_strptime_time')
    finally:
        refcount.decref(w_mod)
    refcount.incref(w_func)
    try:
        return call_function(w_func, Arguments(list(args.args_w)))
    finally:
        refcount.decref(w_func)


_add('gmtime', time_gmtime)
_add('localtime', time_localtime)
_add('asctime', time_asctime, 'asctime', 'asctime(t=NULL, /)')
_add('ctime', time_ctime)
_add('mktime', time_mktime, 'time.mktime', 'mktime(t, /)')
_add('strftime', time_strftime)
_add('strptime', time_strptime)


# ---------------------------------------------------------------- time zone

YEAR = (365 * 24 + 6) * 3600
MAX_TIMEZONE = 48 * 3600


def _zone_name(f):
    """get_zone: at most 9 bytes of tm_zone."""
    name = f.zone
    if name is None:
        name = '   '
    if len(name) > 9:
        name = name[:9]
    return name


def _timezone_values():
    """(timezone, altzone, daylight, tzname0, tzname1) as CPython's
    init_timezone computes them with glibc."""
    t = (_now_seconds() // YEAR) * YEAR
    jan = _convert(t, True)
    janzone = -jan.gmtoff
    t += YEAR // 2
    jul = _convert(t, True)
    julyzone = -jul.gmtoff
    if (janzone < -MAX_TIMEZONE or janzone > MAX_TIMEZONE or
            julyzone < -MAX_TIMEZONE or julyzone > MAX_TIMEZONE):
        raise oefmt(exc.w_RuntimeError, "invalid GMT offset")
    if janzone < julyzone:
        # DST is reversed in the southern hemisphere
        return (julyzone, janzone, janzone != julyzone, _zone_name(jul),
                _zone_name(jan))
    return (janzone, julyzone, janzone != julyzone, _zone_name(jan),
            _zone_name(jul))


def _timezone_items():
    """[(name, value)] of timezone, altzone, daylight, tzname."""
    from fastpy.modules.posixutil import fsdecode
    timezone, altzone, daylight, name0, name1 = _timezone_values()
    return [('timezone', newint(timezone)), ('altzone', newint(altzone)),
            ('daylight', newint(1 if daylight else 0)),
            ('tzname', newtuple([fsdecode(name0), fsdecode(name1)]))]


def time_tzset():
    from fastpy.interpreter.importing import gcd_import
    from fastpy.objspace.attribute import setattr_w
    w_mod = gcd_import('time')
    refcount.incref(w_mod)
    try:
        clib.c_tzset()
        for name, w_value in _timezone_items():
            try:
                setattr_w(w_mod, name, w_value)
            finally:
                refcount.discard(w_value)
    finally:
        refcount.decref(w_mod)
    return w_None


_add('tzset', time_tzset, 'time.tzset', 'tzset()')


@module.initializer
def init_time(w_dict):
    for name, value in clib.CLOCK_CONSTANTS:
        w_dict.setitem_str(name, newint(value))
    w_dict.setitem_str('_STRUCT_TM_ITEMS', newint(11))
    w_dict.setitem_str('struct_time', w_struct_time_type)
    clib.c_tzset()
    for name, w_value in _timezone_items():
        w_dict.setitem_str(name, w_value)
        refcount.discard(w_value)
