class A:
    def __del__(self):
        print("A.__del__ raising")
        1 / 0


a = A()
print("before del")
del a
print("after del")
