# sys.set_int_max_str_digits: the limit on decimal int <-> str
# conversions, its checks, and what is never limited.
import sys
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000); print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
for v in (639, 640, -1, 0, 'x', 2**70, True, 700):
    try: sys.set_int_max_str_digits(v); print(v, 'ok', sys.get_int_max_str_digits())
    except Exception as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
except Exception as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits()
except Exception as e: print(type(e).__name__, e)
for n in (699, 700, 701):
    try: print(len(str(10**(n-1))), len(repr(-10**(n-1))), int('7'*n) > 0, int('-' + '7'*n) < 0)
    except ValueError as e: print(e)
    try: print('%d' % 10**(n-1) == str(10**(n-1)), format(10**(n-1), ',')[:3])
    except ValueError as e: print(e)
print(len(hex(1 << 100000)), int('f'*5000, 16) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
try: eval('1' * 5000)
except Exception as e: print(type(e).__name__)
sys.set_int_max_str_digits(4300)
try: eval('1' * 5000)
except SyntaxError as e: print('SyntaxError', e.msg)
