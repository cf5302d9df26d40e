def greet():
    return 'hi'

def call_it(x):
    return greet(x)

print(greet())
print(call_it(1))
