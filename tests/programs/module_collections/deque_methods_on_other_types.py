from collections import deque
for meth in ('append', 'appendleft', 'pop', 'extend', 'clear', '__len__', '__iter__', 'rotate', 'copy', 'count', 'index', 'insert', 'remove', 'reverse', '__getitem__', '__repr__'):
    try:
        f = getattr(deque, meth)
        f([1, 2], 1) if meth in ('append','appendleft','extend','count','index','remove','__getitem__') else f([1, 2])
    except TypeError as e:
        print(meth, e)
