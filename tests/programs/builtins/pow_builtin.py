print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(2, 0.5))
print(pow(3, 4, 5), pow(2, 100, 7), pow(3, -1, 7), pow(-3, 2, 5), pow(2, 3, -5), pow(5, -2, 13), pow(7, 0, 1))
print(pow(base=2, exp=3), pow(2, 3, mod=3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
