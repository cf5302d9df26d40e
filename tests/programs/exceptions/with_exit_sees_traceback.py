class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t, repr(v), tb.tb_lineno)
        return True
with CM():
    x = 1
    raise IndexError('line 8')
