match [1, 2]:
    case [a, b] as a:
        pass
