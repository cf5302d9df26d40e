# Memoized recursion with a global dict; big results.
memo = {0: 0, 1: 1}
calls = 0

def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value

print(fib(10), calls)
print(fib(100), calls)
print(fib(300))
print(len(memo), calls)

partitions = {}

def count_partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key in partitions:
        return partitions[key]
    result = count_partitions(n - largest, largest) + count_partitions(n, largest - 1)
    partitions[key] = result
    return result

for n in [1, 5, 10, 50, 100]:
    print(n, count_partitions(n, n))

# coin change (ways) with a dict table
def ways(amount, coins):
    table = {0: 1}
    for c in coins:
        for a in range(c, amount + 1):
            table[a] = table.get(a, 0) + table.get(a - c, 0)
    return table.get(amount, 0)

print(ways(100, [1, 5, 10, 25, 50]), ways(7, [2, 4]), ways(0, [3]))
