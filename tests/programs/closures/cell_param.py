def adder(n):
    def add(x):
        return x + n
    n = n * 10
    return add

print(adder(2)(1))
