# is_tracked: containers and instances yes, atomic values no.
import gc


class C:
    pass


def f():
    pass


x = 1
s = 'text'
for name, obj in [('int', x), ('str', s), ('None', None), ('float', 1.5),
                  ('empty dict', {}), ('dict of atoms', {'a': x}),
                  ('dict with list', {'a': []}), ('list', []),
                  ('empty tuple', ()), ('set', set()), ('instance', C()),
                  ('class', C), ('function', f)]:
    print(name, gc.is_tracked(obj))
