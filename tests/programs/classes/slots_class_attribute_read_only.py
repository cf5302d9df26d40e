# Setting or deleting an attribute that only the class has, on an instance
# without __dict__: "object attribute 'y' is read-only".
class A:
    pass
class B:
    y = 0
    __slots__ = ('z',)
for f in [lambda: A().x, lambda: B().x, lambda: B().z]:
    try:
        f()
    except AttributeError as e:
        print(e)
for stmt in ['del A().x', 'del B().x', 'B().x = 0', 'del B().y', 'B().y = 0', 'del B().z', 'a = A(); a.q = 1; del a.q; del a.q']:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '->', e)
class C:
    y = 1
c = C()
c.y = 5
print(c.y, C.y)
try:
    del c.z
except AttributeError as e:
    print(e)
