print("basicpkg init:", __name__, __package__)
VALUE = 10
def helper():
    return "helper from " + __name__
