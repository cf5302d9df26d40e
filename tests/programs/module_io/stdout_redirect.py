# sys.stdout as a TextIOWrapper; print() to other files and to a
# replaced sys.stdout; ordering of print and sys.stdout.write
import sys
import _io as io
print(type(sys.stdout).__name__, sys.stdout.name, sys.stdout.mode, sys.stdout.encoding)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdin.name, sys.stdin.mode, sys.stderr.name, sys.stderr.errors)
print('a', end='')
sys.stdout.write('b')
print('c', end='')
sys.stdout.buffer.write(b'd')
print('e')
sys.stdout.writelines(['x\n', 'y\n'])
buf = io.StringIO()
print('to', 'buffer', sep='-', end='!\n', file=buf)
print(repr(buf.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured', 42)
sys.stdout.write('more\n')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
sys.stdout = None
print('dropped')
sys.stdout = saved
print('back', flush=True)
print(sys.stdout.write('written\n'))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.fileno(), sys.stdin.fileno())
sys.stderr.write('to stderr\n')
print('err', file=sys.stderr)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print(1, 2, 3, file=w)
print(w.parts)
