d = {1: 'x'}
del d[2]
