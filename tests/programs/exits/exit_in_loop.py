import sys
total = 0
for i in range(100):
    total += i
    if total > 50:
        print('threshold at', i, total)
        sys.exit(0)
print('unreachable')
