x = 'global'

def outer():
    x = 'outer'
    def inner():
        global x
        return x
    return inner()

print(outer())
