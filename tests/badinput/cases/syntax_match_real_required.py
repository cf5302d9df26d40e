match 2:
    case 1j + 1:
        pass
