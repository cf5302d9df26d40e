# The distance behind the suggestions (CPython's suggestions.c: moves
# cost 2, a change of case 1, at most a third of the characters may
# change, candidates are compared byte by byte in UTF-8): random names
# and edited copies of them, as attribute names offered by __dir__.
import io
import sys

state = 12345


def rand(n):
    """A number in range(n) from a fixed linear congruential sequence."""
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


ALPHABET = 'aAbBcC_xyz\u00e9\u00c9'


def random_name(length):
    return ''.join(ALPHABET[rand(len(ALPHABET))] for _ in range(length))


def edit(name, count):
    for _ in range(count):
        i = rand(len(name) + 1)
        kind = rand(5)
        if kind == 0 or not name:                      # insert
            name = name[:i] + ALPHABET[rand(len(ALPHABET))] + name[i:]
        elif i == len(name):
            continue
        elif kind == 1:                                # delete
            name = name[:i] + name[i + 1:]
        elif kind == 2:                                # substitute
            name = name[:i] + ALPHABET[rand(len(ALPHABET))] + name[i + 1:]
        elif kind == 3:                                # change case
            name = name[:i] + name[i].swapcase() + name[i + 1:]
        elif i + 1 < len(name):                        # transpose
            name = name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name


class Names:
    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return self.names


PREFIX = "AttributeError. Did you mean: '"


def suggest(name, candidates):
    e = AttributeError(name=name, obj=Names(candidates))
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(AttributeError, e, None)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    line = text.splitlines()[-1]
    if line.startswith(PREFIX):
        return line[len(PREFIX):-2]
    return None


# one candidate: is it close enough?
row = []
for i in range(600):
    name = random_name(1 + rand(12))
    other = edit(name, rand(5))
    row.append('1' if suggest(name, [other]) is not None else '0')
    if len(row) == 60:
        print(''.join(row))
        row = []

# several candidates: which one wins (dir() sorts them)
for i in range(150):
    name = random_name(2 + rand(10))
    others = [edit(name, 1 + rand(4)) for _ in range(1 + rand(6))]
    print(ascii(name), ascii(suggest(name, others)))
