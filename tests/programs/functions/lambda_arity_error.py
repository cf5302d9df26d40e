print((lambda *, k: k)(k=4))
(lambda: 0)(1)
