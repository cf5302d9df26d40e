# Simple statements on one line, compound statements with inline bodies.
x = 1; y = 2; z = x + y; print(x, y, z)
if z > 2: print('inline if')
if z < 2: print('not printed')
else: print('inline else')
for i in range(3): print('inline for', i)
n = 3
while n: n -= 1; print('inline while', n)
def one(): return 1
def two(a): b = a * 2; return b
print(one(), two(21))
if x: pass
for i in []: pass
print('after passes');
print('trailing semicolon')    ;
if x == 1:
    if y == 2: print('nested inline')
    else: pass
def body_on_lines(a,
                  b=2,
                  c=3):
    return (a +
            b +
            c)
print(body_on_lines(1), body_on_lines(1,
                                      c=10))
values = [1, 2, 3,
          4, 5]; total = 0
for v in values: total += v
print(total)
print(one(
)
)
