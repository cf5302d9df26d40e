values = [(1.5, 'x'), ('s', '+'), (None, '>3'), (1, '.2f'), (5, '.2')]
for v, spec in values:
    try:
        print(f'{v:{spec}}')
    except ValueError as e:
        print('ValueError:', e)
    except TypeError as e:
        print('TypeError:', e)
