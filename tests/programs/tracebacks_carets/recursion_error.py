# RecursionError: the repeated frame is shown three times, then folded.
def walk(node):
    return walk(node + 1) + 1


walk(0)
