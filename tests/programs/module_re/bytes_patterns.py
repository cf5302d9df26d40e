# bytes patterns on bytes, bytearray and memoryview subjects
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p.findall(b'a=1 bb=22'))
m = p.search(bytearray(b'x key=42'))
print(m, m.group(1), m.groups(), type(m.string).__name__)
print(p.match(memoryview(b'k=9')).group(2))
print(re.sub(rb'\d', b'#', b'a1b2'), re.subn(b'a', b'\\\\', b'aa'))
print(re.split(rb'\s+', b'a  b\tc'))
print(re.match(b'[a-z]+', b'HeLLo', re.I).group())
print(re.match(rb'\w', b'\xe9'), re.match(rb'\w', b'\xe9', re.L))
print(re.match(b'(?L)ABC', b'abc', re.I) if False else re.match(b'abc', b'ABC', re.I | re.L))
print(re.match(b'[^x]', b'X', re.I | re.L), re.match(b'[A-Z]+', b'abC', re.I | re.L))
print(re.match(rb'(a)\1', b'aA', re.I | re.L))
print(re.compile(b'x'), re.compile(b'x', re.I), re.compile(rb'\d', re.L))
print(re.escape(b'a.b'))
print(re.findall(rb'[\x80-\xff]', b'a\xff\x80b'))
