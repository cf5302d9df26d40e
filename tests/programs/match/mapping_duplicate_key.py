# Two value patterns naming the same key: ValueError at run time.
class Keys:
    A = "a"
    B = "a"

try:
    match {"a": 1, "b": 2}:
        case {Keys.A: x, Keys.B: y}:
            print("matched")
except ValueError as e:
    print("ValueError:", e)

match {"a": 1, "b": 2}:
    case {Keys.A: x, Keys.B: y}:
        print("matched")
