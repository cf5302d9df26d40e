# raise ... from: both tracebacks, with markers.
def parse(text):
    return int(text) + 0


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load " + text) from e


load("x" + "y")
