# __text_signature__ of builtin functions and methods ($module, $self,
# $type, then / when needed) and inspect.signature on builtins.
import math, inspect
for f in [len, math.sqrt, [].append, list.append, str.join, getattr,
          int.to_bytes, object.__init__, dict.fromkeys]:
    print(getattr(f, '__qualname__', f), repr(f.__text_signature__))
print(inspect.signature(len), inspect.signature(math.sqrt))
print(inspect.signature(str.join), inspect.signature([].append))
print(repr(object.__text_signature__), len.__self__ is __builtins__ or len.__self__.__name__)
print(math.sqrt.__self__ is math, [].append.__self__)
