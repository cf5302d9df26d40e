# BlockingIOError's characters_written.
e = BlockingIOError(11, 'x', 5)
print(e, e.characters_written, e.filename, e.args)
try:
    OSError(11, 'x').characters_written
except AttributeError as exc:
    print('AttributeError:', exc)
e.characters_written = 7
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as exc:
    print('AttributeError:', exc)
e = BlockingIOError(11, 'x', 'f')
print(e.filename, e.args)
for value in [2.5, 'a']:
    try:
        BlockingIOError(11, 'x', 3).characters_written = value
    except TypeError as exc:
        print('TypeError:', exc)
try:
    BlockingIOError(11, 'x', 2.5)
except TypeError as exc:
    print('TypeError:', exc)
print(type(OSError(11, 'again', 3)).__name__, OSError(11, 'again', 3).characters_written)
