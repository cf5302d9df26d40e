# range objects are sequences.
match range(3):
    case [a, b, c]:
        print("range items", a, b, c)

match range(10):
    case [first, *_, last]:
        print("ends", first, last)

match range(0):
    case []:
        print("empty range")
