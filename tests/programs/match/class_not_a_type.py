# The called name in a class pattern must be a type.
def helper():
    return 1

match 5:
    case helper():
        print("matched")
