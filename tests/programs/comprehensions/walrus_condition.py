data = [1, 5, 2, 8]
if (n := len(data)) > 3:
    print('long', n)
i = 0
while (i := i + 1) < 3:
    print(i)
