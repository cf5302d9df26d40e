def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        if n % 2 == 0:
            return "even"
        return "odd"

for x in [-3, 0, 4, 7]:
    print(x, classify(x))
