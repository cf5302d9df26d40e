# break, continue and return inside case bodies.
def find(items):
    for item in items:
        match item:
            case None:
                continue
            case ("stop", _):
                break
            case ("ret", value):
                return value
            case _:
                print("item", item)
    else:
        return "exhausted"
    return "stopped"

print(find([1, None, 2]))
print(find([1, ("stop", 0), 2]))
print(find([None, ("ret", 42), 3]))

total = 0
i = 0
while True:
    i += 1
    match i % 3, i:
        case (0, _):
            continue
        case (_, n) if n > 10:
            break
        case (_, n):
            total += n
print(total)
