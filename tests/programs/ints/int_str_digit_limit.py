# The 4300-digit limit on int <-> str conversions applies to every base
# that is not a power of two; a value far beyond it fails early.
def show(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, 'ValueError', e)


s = '2' * 4300
show('base 3 at limit', lambda: int(s, 3))
show('base 3 over', lambda: int(s + '1', 3))
show('base 36 over', lambda: int(s + '1', 36))
show('base 36 underscores', lambda: int('2_' * 4300 + '2', 36))
show('base 10 over', lambda: int('-' + s + '1'))
show('base 16 long', lambda: int('c' * 5000, 16))
show('base 2 long', lambda: int('1' * 20000, 2))
show('str base 36 value', lambda: str(int(s, 36)))
show('str base 3 value', lambda: str(int(s, 3)))
huge = int('c' * 65000, 16)
show('str huge', lambda: str(huge))
show('repr huge', lambda: repr(-huge))
show('percent huge', lambda: '%d' % huge)
show('format huge', lambda: format(huge, 'd'))
show('format hex', lambda: format(huge, 'x'))
show('str 4300 digits', lambda: str(10 ** 4299))
show('str 4301 digits', lambda: str(10 ** 4300))
