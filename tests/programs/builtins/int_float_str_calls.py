print(int('10') + float('2.5'), str(3) * 2, int(str(42)) + 1)
print(bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool(None))
print(float(int('7')), int(float('7.9')), str(float(2)))
print(list(), tuple(), dict(), str(), int(), float(), bool())
