n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n', n)
else:
    print('while finished normally')
k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print('not printed')
print('k', k)
i = 10
while i:
    i -= 3
    if i < 0:
        break
print('i', i)
