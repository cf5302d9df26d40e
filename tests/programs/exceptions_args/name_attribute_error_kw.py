# NameError(name=...) and AttributeError(name=..., obj=...) (3.10+).
e = NameError('x', name='y')
print(e, e.name, e.args)
print(NameError('x').name)
e = AttributeError('x', name='y', obj=3)
print(e, e.name, e.obj)
print(AttributeError('x').obj, AttributeError('x').name)
e.name = 'changed'
print(e.name)
for make in [lambda: NameError('m', x=1), lambda: AttributeError('m', x=1),
             lambda: AttributeError('m', name=1, obj=2, x=3),
             lambda: NameError('m', name=1, obj=2)]:
    try:
        make()
    except TypeError as exc:
        print('TypeError:', exc)
