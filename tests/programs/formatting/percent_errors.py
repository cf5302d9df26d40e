cases = [('%d', 'x'), ('%x', 1.5), ('%o', 'a'), ('%f', 'x'), ('%c', 'ab'),
         ('%c', 1.5), ('%c', -1), ('%s %s', ('a',)), ('%s', ('a', 'b')),
         ('%', 1), ('%5', 1), ('%.', 1), ('%z', 1), ('%(a', {'a': 1}),
         ('abc', 5), ('%s', ()), ('%i', None), ('%e', None), ('%X', [1]),
         ('%(a)s %s', {'a': 1})]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print('TypeError:', e)
    except ValueError as e:
        print('ValueError:', e)
    except OverflowError as e:
        print('OverflowError:', e)
