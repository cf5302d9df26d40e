# Compiled patterns take weak references; the reference dies with the
# pattern.
import re, weakref

p = re.compile(r'(\d+)-(\d+)')
r = weakref.ref(p)
print(r() is p, r().match('12-34').groups())
proxy = weakref.proxy(p)
print(proxy.pattern, proxy.groups)
seen = []
q = re.compile('unique pattern for this test ' + str(len(seen)))
wq = weakref.ref(q, lambda ref: seen.append('callback'))
re.purge()
del q
print(wq(), seen)
