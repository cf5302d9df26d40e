def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
print(factorial(20))
print(factorial(50))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90), fib(200))
print(len(str(factorial(300))))
