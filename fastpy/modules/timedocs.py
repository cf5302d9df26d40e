"""Docstrings of the time module (CPython 3.11's, for help() and
__doc__)."""

MODULE_DOC = (
    'This module provides various functions to manipulate time values.\n'
    '\n'
    'There are two standard representations of time.  One is the number\n'
    'of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n'
    'or a floating point number (to represent fractions of seconds).\n'
    'The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n'
    'The actual value can be retrieved by calling gmtime(0).\n'
    '\n'
    'The other representation is a tuple of 9 integers giving local time.\n'
    'The tuple items are:\n'
    '  year (including century, e.g. 1998)\n'
    '  month (1-12)\n'
    '  day (1-31)\n'
    '  hours (0-23)\n'
    '  minutes (0-59)\n'
    '  seconds (0-59)\n'
    '  weekday (0-6, Monday is 0)\n'
    '  Julian day (day in the year, 1-366)\n'
    '  DST (Daylight Savings Time) flag (-1, 0 or 1)\n'
    'If the DST flag is 0, the time is given in the regular time zone;\n'
    'if it is 1, the time is given in the DST time zone;\n'
    'if it is -1, mktime() should guess based on the date and time.\n')

STRUCT_TIME_DOC = (
    'The time value as returned by gmtime(), localtime(), and strptime(), and\n'
    ' accepted by asctime(), mktime() and strftime().  May be considered as a\n'
    ' sequence of 9 integers.\n'
    '\n'
    " Note that several fields' values are not the same as those defined by\n"
    ' the C language standard for struct tm.  For example, the value of the\n'
    ' field tm_year is the actual year, not year - 1900.  See individual\n'
    " fields' descriptions for details.")

DOCS = {
    'time': (
        'time() -> floating point number\n'
        '\n'
        'Return the current time in seconds since the Epoch.\n'
        'Fractions of a second may be present if the system clock provides them.'),
    'time_ns': (
        'time_ns() -> int\n'
        '\n'
        'Return the current time in nanoseconds since the Epoch.'),
    'monotonic': (
        'monotonic() -> float\n'
        '\n'
        'Monotonic clock, cannot go backward.'),
    'monotonic_ns': (
        'monotonic_ns() -> int\n'
        '\n'
        'Monotonic clock, cannot go backward, as nanoseconds.'),
    'perf_counter': (
        'perf_counter() -> float\n'
        '\n'
        'Performance counter for benchmarking.'),
    'perf_counter_ns': (
        'perf_counter_ns() -> int\n'
        '\n'
        'Performance counter for benchmarking as nanoseconds.'),
    'process_time': (
        'process_time() -> float\n'
        '\n'
        'Process time for profiling: sum of the kernel and user-space CPU time.'),
    'process_time_ns': (
        'process_time() -> int\n'
        '\n'
        'Process time for profiling as nanoseconds:\n'
        'sum of the kernel and user-space CPU time.'),
    'thread_time': (
        'thread_time() -> float\n'
        '\n'
        'Thread time for profiling: sum of the kernel and user-space CPU time.'),
    'thread_time_ns': (
        'thread_time() -> int\n'
        '\n'
        'Thread time for profiling as nanoseconds:\n'
        'sum of the kernel and user-space CPU time.'),
    'sleep': (
        'sleep(seconds)\n'
        '\n'
        'Delay execution for a given number of seconds.  The argument may be\n'
        'a floating point number for subsecond precision.'),
    'gmtime': (
        'gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n'
        '                       tm_sec, tm_wday, tm_yday, tm_isdst)\n'
        '\n'
        'Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n'
        "GMT).  When 'seconds' is not passed in, convert the current time instead.\n"
        '\n'
        'If the platform supports the tm_gmtoff and tm_zone, they are available as\n'
        'attributes only.'),
    'localtime': (
        'localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n'
        '                          tm_sec,tm_wday,tm_yday,tm_isdst)\n'
        '\n'
        'Convert seconds since the Epoch to a time tuple expressing local time.\n'
        "When 'seconds' is not passed in, convert the current time instead."),
    'asctime': (
        'asctime([tuple]) -> string\n'
        '\n'
        "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
        'When the time tuple is not present, current time as returned by localtime()\n'
        'is used.'),
    'ctime': (
        'ctime(seconds) -> string\n'
        '\n'
        'Convert a time in seconds since the Epoch to a string in local time.\n'
        'This is equivalent to asctime(localtime(seconds)). When the time tuple is\n'
        'not present, current time as returned by localtime() is used.'),
    'mktime': (
        'mktime(tuple) -> floating point number\n'
        '\n'
        'Convert a time tuple in local time to seconds since the Epoch.\n'
        'Note that mktime(gmtime(0)) will not generally return zero for most\n'
        'time zones; instead the returned value will either be equal to that\n'
        'of the timezone or altzone attributes on the time module.'),
    'strftime': (
        'strftime(format[, tuple]) -> string\n'
        '\n'
        'Convert a time tuple to a string according to a format specification.\n'
        'See the library reference manual for formatting codes. When the time tuple\n'
        'is not present, current time as returned by localtime() is used.\n'
        '\n'
        'Commonly used format codes:\n'
        '\n'
        '%Y  Year with century as a decimal number.\n'
        '%m  Month as a decimal number [01,12].\n'
        '%d  Day of the month as a decimal number [01,31].\n'
        '%H  Hour (24-hour clock) as a decimal number [00,23].\n'
        '%M  Minute as a decimal number [00,59].\n'
        '%S  Second as a decimal number [00,61].\n'
        '%z  Time zone offset from UTC.\n'
        "%a  Locale's abbreviated weekday name.\n"
        "%A  Locale's full weekday name.\n"
        "%b  Locale's abbreviated month name.\n"
        "%B  Locale's full month name.\n"
        "%c  Locale's appropriate date and time representation.\n"
        '%I  Hour (12-hour clock) as a decimal number [01,12].\n'
        "%p  Locale's equivalent of either AM or PM.\n"
        '\n'
        'Other codes may be available on your platform.  See documentation for\n'
        'the C library strftime function.\n'),
    'strptime': (
        'strptime(string, format) -> struct_time\n'
        '\n'
        'Parse a string to a time tuple according to a format specification.\n'
        'See the library reference manual for formatting codes (same as\n'
        'strftime()).\n'
        '\n'
        'Commonly used format codes:\n'
        '\n'
        '%Y  Year with century as a decimal number.\n'
        '%m  Month as a decimal number [01,12].\n'
        '%d  Day of the month as a decimal number [01,31].\n'
        '%H  Hour (24-hour clock) as a decimal number [00,23].\n'
        '%M  Minute as a decimal number [00,59].\n'
        '%S  Second as a decimal number [00,61].\n'
        '%z  Time zone offset from UTC.\n'
        "%a  Locale's abbreviated weekday name.\n"
        "%A  Locale's full weekday name.\n"
        "%b  Locale's abbreviated month name.\n"
        "%B  Locale's full month name.\n"
        "%c  Locale's appropriate date and time representation.\n"
        '%I  Hour (12-hour clock) as a decimal number [01,12].\n'
        "%p  Locale's equivalent of either AM or PM.\n"
        '\n'
        'Other codes may be available on your platform.  See documentation for\n'
        'the C library strftime function.\n'),
    'tzset': (
        'tzset()\n'
        '\n'
        'Initialize, or reinitialize, the local timezone to the value stored in\n'
        "os.environ['TZ']. The TZ environment variable should be specified in\n"
        'standard Unix timezone format as documented in the tzset man page\n'
        "(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently\n"
        'fall back to UTC. If the TZ environment variable is not set, the local\n'
        'timezone is set to the systems best guess of wallclock time.\n'
        'Changing the TZ environment variable without calling tzset *may* change\n'
        'the local timezone used by methods such as localtime, but this behaviour\n'
        'should not be relied on.'),
    'get_clock_info': (
        'get_clock_info(name: str) -> dict\n'
        '\n'
        'Get information of the specified clock.'),
    'clock_gettime': (
        'clock_gettime(clk_id) -> float\n'
        '\n'
        'Return the time of the specified clock clk_id.'),
    'clock_gettime_ns': (
        'clock_gettime_ns(clk_id) -> int\n'
        '\n'
        'Return the time of the specified clock clk_id as nanoseconds.'),
    'clock_getres': (
        'clock_getres(clk_id) -> floating point number\n'
        '\n'
        'Return the resolution (precision) of the specified clock clk_id.'),
    'clock_settime': (
        'clock_settime(clk_id, time)\n'
        '\n'
        'Set the time of the specified clock clk_id.'),
    'clock_settime_ns': (
        'clock_settime_ns(clk_id, time)\n'
        '\n'
        'Set the time of the specified clock clk_id with nanoseconds.'),
    'pthread_getcpuclockid': (
        'pthread_getcpuclockid(thread_id) -> int\n'
        '\n'
        "Return the clk_id of a thread's CPU time clock."),
}
