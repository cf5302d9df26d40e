# The unraisable hook (an exception in __del__) prints no suggestion.
class A:
    bluch = 1

    def __del__(self):
        self.blich


a = A()
del a
print('done')
