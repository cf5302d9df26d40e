# None, True and False are compared by identity, other literals by ==.
def f(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "other"

for x in [True, False, None, 1, 0, 1.0, 0.0, [], ""]:
    print(repr(x), f(x))
