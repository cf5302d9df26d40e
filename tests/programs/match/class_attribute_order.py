# Positional attributes are read first (in __match_args__ order), then
# the keyword ones; each sub-pattern is matched only after all reads.
class Logged:
    __match_args__ = ("first", "second")

    def __getattr__(self, name):
        print("  read", name)
        return len(name)

match Logged():
    case Logged(5, 6, third=5, fourth=6):
        print("matched")
match Logged():
    case Logged(0, extra=1):
        print("no")
    case Logged(second=1):
        print("no")
    case Logged(first=f):
        print("first =", f)
try:
    match Logged():
        case Logged(x, first=y):
            pass
except TypeError as e:
    print(e)
