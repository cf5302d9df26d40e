# Mapping patterns call get(key, default) on dict subclasses: __missing__
# is never triggered, and **rest copies the subject through keys().
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", key)
        return dict.get(self, key, default)

    def __missing__(self, key):
        print("  missing", key)
        return 0

d = Tracing(a=1, b=2)
match d:
    case {"a": 1, "z": _}:
        print("unexpected")
    case {"b": b, "a": a}:
        print("matched", a, b)

match d:
    case {"a": a, **rest}:
        print(a, rest, type(rest).__name__)
