x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    return x
print(read_global(), shadow(), x)
def params_are_local(x):
    x = x + '!'
    return x
print(params_are_local('arg'), x)
def uses_builtin():
    return len('four')
len_backup = 1
print(uses_builtin())
