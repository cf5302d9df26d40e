try:
    [1, 2][5]
except IndexError as e:
    print('handling', e)
    undefined_name
