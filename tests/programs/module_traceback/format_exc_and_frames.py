import sys
import traceback


def inner(x):
    y = x * 2
    raise ValueError("bad %d" % y)


def outer():
    return inner(21)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print([l.strip() for l in lines if not l.startswith('  File')])
    print([l.split(', ')[-1] for l in lines if l.startswith('  File')])
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        f = tb.tb_frame
        names.append((f.f_code.co_name, tb.tb_lineno, f.f_globals is globals()))
        tb = tb.tb_next
    print(names)
    last = sys.exc_info()[2].tb_next.tb_next.tb_frame
    print(sorted(last.f_locals.items()))
    summary = traceback.extract_tb(sys.exc_info()[2])
    print([(fs.name, fs.lineno, fs.line) for fs in summary])
print(type(sys._getframe()).__name__)
