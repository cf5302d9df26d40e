print(format(2.5, '.1f'))
print(format(2.5, 'x'))
