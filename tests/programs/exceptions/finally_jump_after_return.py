# break/continue/return inside a finally body that a return entered: the
# value the return saved is dropped (it used to stay on the stack)
def g3():
    x = 0
    while x < 10:
        try:
            return x
        finally:
            x += 1
            continue
    return 'end'
print(g3())
def g1():
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if count:
                    break
    return 'end', count, count2
print(g1())
def g4():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'x'
print(g4())
def g5():
    try:
        return 'try'
    finally:
        return 'finally'
print(g5())
def g6():
    while True:
        try:
            return 1
        finally:
            break
    return 'after break'
print(g6())
def g7():
    for x in [1, 2]:
        try:
            try:
                return x
            finally:
                pass
        finally:
            continue
    return 'done'
print(g7())
