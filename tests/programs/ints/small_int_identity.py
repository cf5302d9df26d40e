# The ints -5..256 are shared objects: `is` and id() agree with CPython.
a = 256
b = 128 * 2
print(a is b, id(a) == id(b), a is not b)
c = -5
d = -10 // 2
print(c is d, id(c) == id(d))
e = 0
f = 5 - 5
print(e is f)
one, zero, seven_f = 1, 0, 7.0
print(True is one, one is True, False is zero)
x = 7
print(x is seven_f, x is int('7'))
print([v for v in range(-6, 258) if v is not int(str(v))])
