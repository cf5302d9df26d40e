# Truth values of every type in if/while/and/or/not.
values = [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), '', ' ', '0', [], [0], (), (None,),
          {}, {'': 0}, range(0), range(1), None, True, False, 10 ** 100, b'', b'\x00']
for v in values:
    if v:
        verdict = 'truthy'
    else:
        verdict = 'falsy'
    print(repr(v), verdict, not v, v and 'yes', v or 'no')

n = 5
countdown = []
while n:
    countdown.append(n)
    n -= 1
print(countdown)
queue = [1, 2, 3]
while queue:
    queue.pop()
print(queue, not queue)

print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or [], 0 or '' or [] or 'end')
print((1 or 2) == 1, (0 and 2) == 0, not 0 == 1, (not 0) == 1)
print(True == 1, False == 0, True + True, True * 10, -True, True / 2, 5 - False)
print(True is True, (1 == 1) is True, (1 < 2) == True, 2 == True)
print(isinstance(True, int), type(True), type(1 == 1), str(True), repr(False))
