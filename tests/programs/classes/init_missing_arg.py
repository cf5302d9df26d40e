class E:
    def __init__(self, a, b):
        pass

E(1)
