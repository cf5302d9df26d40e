try:
    pass
print('x')
