counter = 0
def bump():
    global counter
    counter += 1
    return counter
def read():
    return counter
bump(); bump(); bump()
print(counter, read())
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
