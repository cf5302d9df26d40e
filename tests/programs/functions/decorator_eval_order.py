def order(tag):
    print('eval', tag)
    return lambda f: f
def dflt():
    print('default')
    return 1
@order('outer')
@order('inner')
def g(x=dflt()):
    return x
print(g())
