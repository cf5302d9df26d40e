def make_class(base_value):
    class Made:
        value = base_value

        def get(self):
            return self.value * 2

    return Made

M1 = make_class(1)
M2 = make_class(10)
print(M1().get(), M2().get(), M1.__qualname__)
