"""The limit on decimal digits in int <-> str conversions (CPython
3.11's `sys.set_int_max_str_digits`, `-X int_max_str_digits`,
`PYTHONINTMAXSTRDIGITS`).  0 means no limit; conversions in a power-of-
two base are never limited."""

from fastpy import config

# The smallest limit that may be set (sys.int_info.str_digits_check_threshold).
CHECK_THRESHOLD = 640


class IntStrLimit(object):
    def __init__(self):
        self.max_digits = config.INT_MAX_STR_DIGITS
        # what -X / the environment set (sys.flags.int_max_str_digits)
        self.from_command_line = -1

    def exceeded_by(self, ndigits):
        return self.max_digits > 0 and ndigits > self.max_digits


limit = IntStrLimit()


def valid(maxdigits):
    return maxdigits == 0 or maxdigits >= CHECK_THRESHOLD
