print(format(None, ''))
print(format(None, '>10'))
