# **rest collects the remaining items into a new dict.
config = {"host": "localhost", "port": 80, "debug": True}
match config:
    case {"host": host, **others}:
        print(host)
        print(sorted(others.items()))
        others["new"] = 1
print(sorted(config))

match {}:
    case {**everything}:
        print("rest of empty:", everything)

match {1: "a", 2: "b"}:
    case {1: a, 2: b, **nothing}:
        print(a, b, nothing)
