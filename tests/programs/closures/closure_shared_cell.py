def pair():
    v = 0
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put

get, put = pair()
put(7)
print(get())
put('z')
print(get())
