# SyntaxError objects as sys.__excepthook__ (and an uncaught one) show
# them: file, line, the text without its indentation, carets from offset to
# end_offset (test_exceptions.SyntaxErrorTests.test_range_of_offsets).
import sys
cases = [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, 3), ("bad.py", 1, 2, "abcdefg", 1, -2),
         ("bad.py", 1, 4, "abcdefg", 1, 2), ("bad.py", 1, -4, "abcdefg", 1, -2), ("bad.py", 1, -4, "abcdefg", 1, -5),
         ("bad.py", 1, 0, "abcdefg", 1, 0), ("bad.py", 1, 0, "abcdefg", 1, 5), ("bad.py", 1, 2, "abcdefg", 1, 100),
         ("bad.py", 1, 2, "   abcdefg\n", 1, 6), ("bad.py", 1, 2, "ab\ncdefg\n", 2, 6), ("bad.py", 1, 5, "ab\ncdefg\n", 1, 6),
         ("bad.py", 1, 3, "a\u00e9bcdefg", 1, 6), (None, 1, 2, "abc", None, None), ("bad.py", None, 2, "abc", 1, 3), ("bad.py", 1, None, "abc", 1, 3),
         ("bad.py", 1, 2, None, 1, 3), ("bad.py", 1, 2, "abc", 2, 3)]
for args in cases:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError as exc:
        sys.__excepthook__(*sys.exc_info())
for cls in (IndentationError, TabError):
    try:
        raise cls("bad indent", ("bad.py", 1, 2, "abcdefg", 1, 5))
    except SyntaxError as exc:
        sys.__excepthook__(*sys.exc_info())
try:
    raise SyntaxError("just msg")
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())
try:
    raise SyntaxError()
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())
class MySE(SyntaxError):
    pass
try:
    raise MySE("mine", ("f.py", 3, 1, "xyz\n", 3, 3))
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())
compile('x = (1 +\n  2 +)', 'f.py', 'exec')
