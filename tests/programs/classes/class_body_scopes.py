def make():
    v = 'enclosing'

    class Inner:
        w = v
        v = 'local'

        def get(self):
            return v

    return Inner

I = make()
print(I.w, I.v, I().get())
