def helper(x):
    return x + undefined_helper_value

def outer(n):
    total = 0
    for i in range(n):
        total += i
    print('loop done', total)
    return helper(total)

print('start')
outer(4)
