# An uncaught NameError at module level: the names of the module.
coutn = 0
for i in range(3):
    count += i
