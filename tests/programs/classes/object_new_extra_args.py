class F:
    def __new__(cls, a):
        return super().__new__(cls, a)

F(1)
