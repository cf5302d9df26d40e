# `_` matches anything and binds nothing.
_ = "kept"
match 99:
    case _:
        print("wildcard matched")
print(_)

match [1, 2, 3]:
    case [_, _, _]:
        print("three items")
print(_)

match {"a": 1}:
    case {"a": _}:
        print("key a present")
