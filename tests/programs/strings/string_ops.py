a = 'spam'
b = 'eggs'
print(a + b, a * 3, 3 * b, a * 0, a * -1)
print(len(a), a[0], a[-1], a[1:3], 'p' in a, 'x' not in a)
print(a < b, a == 'spam', a != b, 'Spam' < 'spam')
for ch in a:
    print(ch, end='')
print()
print(str(1) + str(2.5) + str(None) + str(True) + str([1, 2]))
print(repr('quote\'s'), repr("double\""), repr('both\'"'))
