# locals() in a generator: the same dict across suspensions.
def gen():
    first = 1
    d = locals()
    yield sorted(k for k in d if k != 'd')
    second = 2
    yield locals() is d, sorted(k for k in d if k != 'd')
    del first
    yield sorted(k for k in locals() if k != 'd')

for step in gen():
    print(step)

def comprehension():
    outer = 1
    return [sorted(locals()) for i in range(1)]

print(comprehension())
