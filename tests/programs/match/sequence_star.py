# Star patterns collect the middle of a sequence into a list.
def f(x):
    match x:
        case [first, *rest] if len(x) < 3:
            return "short", first, rest
        case [first, *middle, last]:
            return "long", first, middle, last
        case [*all_items]:
            return "empty", all_items

print(f([1]))
print(f((1, 2)))
print(f([1, 2, 3]))
print(f((1, 2, 3, 4, 5)))
print(f([]))

match (1, 2, 3):
    case (*init, tail):
        print(init, tail, type(init).__name__)
