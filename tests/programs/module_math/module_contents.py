# The names the math and cmath modules define, and what they are.
import math
import cmath

for mod in [math, cmath]:
    names = sorted(n for n in vars(mod) if not n.startswith('_'))
    print(mod.__name__, len(names))
    print(' '.join(names))
    print(' '.join(type(getattr(mod, n)).__name__ for n in names))
    print(mod.__name__, mod.__doc__)
print(math.sin, cmath.sqrt, math.sin.__name__, cmath.log.__name__)
