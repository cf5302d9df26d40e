for v in [65, 97, 48, 32, 126, 233, 8364, 128512]:
    for s in ['c', '5c', '<5c', '^5c', '*>4c']:
        print(v, repr(s), ascii(format(v, s)))
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError:', e)
try:
    format(0x110000, 'c')
except OverflowError as e:
    print('OverflowError:', e)
for s in ['+c', '#c', '.2c']:
    try:
        format(65, s)
    except ValueError as e:
        print(s, 'ValueError:', e)
