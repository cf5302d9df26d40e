# Many cases, some guarded, with a final default case.
def kind(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case int() if v < 0:
            return "negative int"
        case int():
            return "positive int"
        case float() if v != v:
            return "nan"
        case float():
            return "float"
        case "" | b"":
            return "empty text"
        case str() | bytes():
            return "text"
        case [] | ():
            return "empty sequence"
        case [_, *_]:
            return "sequence"
        case {}:
            return "mapping"
        case None:
            return "none"
        case _:
            return "something else"

for v in [0, -3, 3, float("nan"), 1.5, "", b"x", [], (1,), {1: 2}, None,
          {1}]:
    print(repr(v), kind(v))
