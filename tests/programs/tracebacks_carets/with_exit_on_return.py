# __exit__ called because a return leaves the with block runs at the with
# statement's line (CPython's traceback shows it, not the return).
class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise ValueError('exit')


def leave():
    with ExitFails():
        return 1


leave()
