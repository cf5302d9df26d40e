for b in [True, False]:
    for s in ['', 'd', '5', '>5', '<5', 'x', 'b', '#o', '.2f', 'e', '%',
              'c', '+']:
        print(b, repr(s), repr(format(b, s)))
    print(f"{b}", f"{b:d}", f"{b!r:>6}", '{}'.format(b), '{:3}'.format(b))
