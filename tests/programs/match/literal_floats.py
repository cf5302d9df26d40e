# Float literal patterns compare with ==: 0.0 matches 0, -0.0 and False.
def f(x):
    match x:
        case 0.0:
            return "zero"
        case -2.5:
            return "minus two and a half"
        case 1e100:
            return "googol"
        case 3.0:
            return "three"
    return "no match"

for x in [0, 0.0, -0.0, False, -2.5, 1e100, 3, 3.0, 2.5, "0.0"]:
    print(repr(x), f(x))
