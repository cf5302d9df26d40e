# Instances of subclasses of int/str/float/bytes/complex with attributes
# stored in and removed from containers, iterated, sorted, formatted:
# their attributes live as long as they do.
class I(int):
    pass

class S(str):
    pass

class F(float):
    pass

class B(bytes):
    pass

class Z(complex):
    pass

def make(i):
    n = I(i)
    n.square = [i * i]
    s = S('k%d' % i)
    s.owner = n
    return n, s

pairs = [make(i) for i in range(5)]
table = {s: n for n, s in pairs}
print(sorted(table.items()))
print([table['k%d' % i].square for i in range(5)])
keys = set(table)
print(sorted(keys), sorted(k.owner for k in keys))
total = sum(n for n, s in pairs)
print(total, max(n for n, s in pairs).square, min(pairs)[1].owner)
del pairs
print(sorted((k, k.owner.square) for k in table))
popped = table.pop('k3')
print(popped, popped.square)
table.clear()
print(popped.square)
for ch in S('abc'):
    print(ch, type(ch).__name__, end=' ')
print()
it = iter(S('xy'))
print(next(it), next(it), next(it, 'end'))
f = F(1.5)
f.history = [f * 2]
b = B(b'raw')
b.source = 'net'
z = Z(1, -1)
z.tag = ('t', f)
box = [f, b, z, (f, b), {'z': z}]
print(box, f.history, b.source, z.tag)
box.reverse()
print([type(x).__name__ for x in box])
del box[:]
print(z.tag, f.history)
words = [S(w) for w in 'pear apple fig'.split()]
for w in words:
    w.length = len(w)
print(sorted(words), [w.length for w in sorted(words, key=len)])
print(' '.join(words), '%s-%s' % (words[0], words[1]), f'{words[2]!r}')
print(list(enumerate(words)), list(zip(words, map(len, words))))
print(list(reversed(words))[0].length, words.index('fig'), words.count('pear'))
args = (I(7), S('seven'))
args[0].extra = 'x'
def take(*a, **k):
    return a, k
print(take(*args, key=args[1]), args[0].extra)
try:
    raise ValueError(I(1), S('msg'))
except ValueError as exc:
    print(exc.args, exc)
g = (w.upper() for w in words)
print(next(g), list(g))
