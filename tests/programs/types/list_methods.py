a = [1, 2, 3, 2]
print(a.index(2), a.index(2, 2), a.index(3, -2), a.count(2), a.count(9))
try:
    a.index(2, 0, 1)
except ValueError as e:
    print(e)
try:
    a.index("x")
except ValueError as e:
    print(e)
a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a)
a.remove(2)
print(a, a.pop(), a.pop(0), a)
try:
    a.remove(42)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
b = a.copy(); a.clear(); a.extend(range(3)); a.extend("ab")
print(a, b)
a.reverse()
print(a)
a += [9]
a *= 2
print(a)
try:
    a.append()
except TypeError as e:
    print(e)
