# Complex literal patterns: real +/- imaginary, and imaginary alone.
def f(z):
    match z:
        case 1 + 2j:
            return "one plus two j"
        case -1 - 1j:
            return "minus one minus j"
        case 3j:
            return "three j"
        case -0.5 + 0j:
            return "minus half"
    return "other"

for z in [1 + 2j, complex(-1, -1), 3j, -0.5, complex(-0.5, 0), 1, 2j]:
    print(repr(z), f(z))

match {1 + 1j: "k"}:
    case {1 + 1j: v}:
        print(v)
