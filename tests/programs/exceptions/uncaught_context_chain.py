def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError:
        raise RuntimeError('could not load')
load('abc')
