"""Run a program on the untranslated interpreter (on top of Python 2.7),
with the heap checker when it exits normally:

    PYTHONPATH=build/toolchain:. python2.7 -m tests.untranslated prog.py [args]

Prints the program's stdout and stderr; exits with its status.  The quick
loop for developing a feature before translating."""

import io
import sys

from tests.unit.support import run


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    path = argv[1]
    with io.open(path, 'rb') as f:
        source = f.read()
    check = '--no-heapcheck' not in argv
    args = [a for a in argv[1:] if a != '--no-heapcheck']
    out, err, status = run(source, argv=args, check_refcounts=check,
                            path=path)
    sys.stdout.write(out)
    sys.stderr.write(err)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv))
