class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name)
        return False
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('p') as p,
      CM('q') as q):
    print('parenthesized', p, q)
