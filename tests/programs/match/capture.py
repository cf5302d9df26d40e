# A capture pattern binds the subject; the binding stays after the match.
def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return "captured %r" % (other,)

print(f(1))
print(f("text"))
print(f([1, 2]))

match 42:
    case answer:
        pass
print(answer)
