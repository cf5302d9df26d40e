# del of a missing name marks the name.
x = 1
del x
del x
