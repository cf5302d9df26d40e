# A local assigned only on one branch.
limit = 10

def pick(flag):
    if flag:
        value = 'set'
    return value

def shadow():
    print('global limit would be', 10)
    limit = limit + 1
    return limit

print(pick(True))
print(pick(False))
