class F:
    def __init__(self):
        return 5

F()
