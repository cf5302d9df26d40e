class Holder:
    def __init__(self):
        self.exc = ValueError('held')
    def __iter__(self):
        return self
    def __next__(self):
        raise self.exc
try:
    for _ in Holder():
        pass
except ValueError as e:
    print('caught', e, e.args)
try:
    for _ in Holder():
        pass
except ValueError:
    print('caught2')
print('end')
