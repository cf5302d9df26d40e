# The fastpy side of `make fuzz` (tests/fuzz/run_fuzz.py): run by
# bin/fastpy with two lines prepended, SOURCE = '<program text>' and
# NAME = '<file name>'.  Prints START, then OK when compile() accepts the
# program; when it raises, the exception is left uncaught and the driver
# reads it from the last stderr line ("Type: message"), so this script
# needs nothing but compile() and print() (no try statement).
print('START')
compile(SOURCE, NAME, 'exec')
print('OK')
