print(f'{"a}')
