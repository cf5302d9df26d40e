# The starred capture is always a new list, whatever the subject type.
for subject in [(1, 2, 3), [1, 2, 3], range(1, 4)]:
    match subject:
        case [head, *tail]:
            print(type(subject).__name__, head, tail, type(tail).__name__)
lst = [1, 2]
match lst:
    case [*copy]:
        print(copy == lst, copy is lst)
