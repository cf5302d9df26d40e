# Only the part of the line that failed is marked: here the subscript.
a = [1]
b = 1
x = a[1] + b.c
