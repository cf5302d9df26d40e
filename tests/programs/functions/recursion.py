def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(10), fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
def hanoi(n, src, dst, tmp, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, src, tmp, dst, moves)
    moves += 1
    return hanoi(n - 1, tmp, dst, src, moves)
print(hanoi(10, 'a', 'c', 'b', 0))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
