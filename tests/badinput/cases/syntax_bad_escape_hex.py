s = '\x4'
print(s)
