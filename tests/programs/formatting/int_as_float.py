values = [0, 1, -3, 12345, 10 ** 20, -(10 ** 17), 2 ** 53 + 1]
for v in values:
    for s in ['e', 'E', '.2e', 'f', '.0f', '.3f', 'F', 'g', 'G', '.3g', '%',
              '.1%', '12.2f', '+,.2f', '015,.1f']:
        print(v, repr(s), repr(format(v, s)))
