# When no case matches, execution continues after the statement and no
# name of a failed pattern is bound.
def f(x):
    match x:
        case [a, 3]:
            return "three"
        case {"k": b}:
            return "k"
    try:
        return a
    except NameError as e:
        return "unbound: " + str(e)

print(f([1, 2]))
print(f([1, 3]))
print(f({"j": 1}))

match 5:
    case 1:
        print("one")
print("after")
