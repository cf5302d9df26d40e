# Integer literal patterns, including negative ones and big ints.
def classify(n):
    match n:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case -9223372036854775808:
            return "min word"
        case 123456789012345678901234567890:
            return "big"
        case 0x10:
            return "sixteen"
        case _:
            return "other"

for n in [0, 1, -1, 16, -9223372036854775808, 123456789012345678901234567890,
          2, 1.0, -1.0, False, True]:
    print(repr(n), classify(n))
