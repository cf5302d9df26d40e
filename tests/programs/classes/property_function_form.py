class C:
    def get_v(self):
        return self._v * 2

    def set_v(self, v):
        self._v = v

    v = property(get_v, set_v, None, 'a value')

c = C()
c.v = 21
print(c.v, C.v.__doc__, C.v.fget is C.get_v, C.v.fdel)
