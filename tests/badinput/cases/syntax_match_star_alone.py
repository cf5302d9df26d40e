match []:
    case *a:
        pass
