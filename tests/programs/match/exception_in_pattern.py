# An exception raised while matching leaves the match statement; the
# stack is cleaned up and the handler runs normally.
class Bad:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")

def f(x):
    try:
        match x:
            case [1, [2, 3], 4]:
                return "matched"
    except RuntimeError as e:
        return "error: %s" % e
    return "no match"

print(f([1, [2, 3], 4]))
print(f([1, [2, Bad()], 4]))
print(f([Bad(), [2, 3], 4]))
print(f((1, 2)))

match [1, Bad()]:
    case [1, 2]:
        print("no")
