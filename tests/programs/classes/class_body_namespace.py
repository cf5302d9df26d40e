x = 'global'

class C:
    x = 'class'
    y = x + '!'
    z = len(y)
    del x

print(C.y, C.z, hasattr(C, 'x'), x)
