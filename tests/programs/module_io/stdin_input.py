# input() and sys.stdin reading through a replaced sys.stdin
import sys
import _io as io
saved = sys.stdin
sys.stdin = io.StringIO('first\nsecond line\nthird\nlast')
print(input())
print(input('prompt> '))
print(sys.stdin.readline(), end='')
print(repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = saved
out = io.StringIO()
sys.stdout, saved_out = out, sys.stdout
sys.stdin = io.StringIO('abc\n')
x = input('question? ')
sys.stdout = saved_out
sys.stdin = saved
print(repr(x), repr(out.getvalue()))
