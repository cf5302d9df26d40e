match {}:
    case {x: 1}:
        pass
