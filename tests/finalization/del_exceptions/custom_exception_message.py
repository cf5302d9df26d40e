class FinalizerError(Exception):
    pass


class A:
    def __del__(self):
        raise FinalizerError("custom message")


A()
print("survived")
