# coding: latin-1
x = "ÿ" + f(x for x in y, 1)
