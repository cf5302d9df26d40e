# An error in __exit__ and one in the with block.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.cleanup()


with Resource() as r:
    print("inside")
