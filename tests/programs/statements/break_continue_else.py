def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print('found at', i)
            break
    else:
        print('not found')
find([3, 1, 4], 4)
find([3, 1, 4], 5)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
total = 0
for n in range(100):
    if n % 3:
        continue
    total += n
print(total)
