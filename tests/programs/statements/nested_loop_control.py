# break/continue/else in nested for and while loops.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                break
        else:
            continue
        return i, j
    return None

print(find_pair([3, 9, 4, 11, 7], 18), find_pair([1, 2], 10), find_pair([], 0))

# primes with for/else
primes = []
for n in range(2, 60):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

# while/else runs only when the condition becomes false
def search(limit, stop_at):
    k = 0
    while k < limit:
        if k == stop_at:
            print('stopped at', k)
            break
        k += 1
    else:
        print('ran to', k)

search(5, 3)
search(5, 10)
search(0, 0)

# continue skips to the next iteration in while loops
i = 0
odd_sum = 0
while i < 20:
    i += 1
    if i % 2 == 0:
        continue
    odd_sum += i
print(odd_sum)

# break only leaves the innermost loop
grid = [[1, 2, 3], [4, -5, 6], [-7, 8, 9]]
for row in grid:
    for v in row:
        if v < 0:
            print('negative', v, 'in', row)
            break
        print('value', v)
    else:
        print('row clean')

for ch in 'abc':
    pass
else:
    print('for-else after exhausting', ch)
for ch in '':
    print('never')
else:
    print('empty for-else')
n = 0
while True:
    n += 1
    if n * n > 200:
        break
print(n)
