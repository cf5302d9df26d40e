# match and case stay ordinary names outside a match statement.
match = [1, 2]
case = {"k": "v"}
print(match, case)
match[0] = 5
print(match)
match.append(3)
print(match)

def match(*args):
    return args

print(match(1, 2))
print(match (3))
case = 2
match -case:
    case -2:
        print("minus case")
match case:
    case case:
        print("case is", case)
print([match for match in range(3)])
