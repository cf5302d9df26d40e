count = 0

def bump(n):
    global count
    count += n
    return count

bump(2)
bump(3)
print(count)
