class C:
    def __init__(self):
        super().__init__(1)

C()
