# String and bytes literal patterns, including implicit concatenation.
def f(s):
    match s:
        case "":
            return "empty"
        case "hello" " " "world":
            return "greeting"
        case 'quote\'s':
            return "escaped"
        case b"bytes":
            return "bytes"
        case """triple""":
            return "triple"
    return "no match"

for s in ["", "hello world", "quote's", b"bytes", "bytes", "triple", b"", 0]:
    print(repr(s), f(s))
