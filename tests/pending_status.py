"""Which programs under tests/pending/ already pass on the untranslated
interpreter (same stdout, last stderr line and exit status as CPython
3.11, and the heap checker), optionally moving them into tests/programs/:

    PYTHONPATH=build/toolchain:. python2.7 -m tests.pending_status [--move] [FOLDER]

tests/pending/ holds conformance programs for features still being built;
`make test` does not run them."""

import io
import os
import shutil
import sys

from tests.unit.support import run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PENDING = os.path.join(ROOT, 'tests', 'pending')
PROGRAMS = os.path.join(ROOT, 'tests', 'programs')


def read(path):
    with io.open(path, 'rb') as f:
        return f.read()


def check(path):
    base = path[:-3]
    source = read(path)
    try:
        out, err, status = run(source, argv=[os.path.relpath(path, ROOT)])
    except Exception as e:    # an interpreter bug or a heap-check failure
        return 'crash: %s' % (str(e).splitlines() or [''])[0][:100]
    if out != read(base + '.out'):
        return 'stdout differs'
    if int(read(base + '.code').strip()) != status:
        return 'exit status %d' % status
    want = read(base + '.err').strip()
    got = err.strip().splitlines()
    if want and (not got or got[-1].strip() != want.splitlines()[-1].strip()):
        return 'stderr differs: %s' % (got[-1] if got else '')
    return None


def main(argv):
    move = '--move' in argv
    folders = [a for a in argv[1:] if a != '--move']
    top = os.path.join(PENDING, folders[0]) if folders else PENDING
    passed = failed = 0
    for dirpath, dirnames, filenames in os.walk(top):
        # Packages (folders with __init__.py) and folders named *_modules
        # hold modules that programs import, not programs.
        dirnames[:] = sorted(
            d for d in dirnames if not d.endswith('_modules') and
            not os.path.exists(os.path.join(dirpath, d, '__init__.py')))
        for name in sorted(filenames):
            if not name.endswith('.py'):
                continue
            path = os.path.join(dirpath, name)
            problem = check(path)
            rel = os.path.relpath(path, PENDING)
            if problem is None:
                passed += 1
                print('PASS %s' % rel)
                if move:
                    dest = os.path.join(PROGRAMS, os.path.dirname(rel))
                    if not os.path.isdir(dest):
                        os.makedirs(dest)
                    for ext in ('.py', '.out', '.err', '.code'):
                        shutil.move(path[:-3] + ext, os.path.join(
                            dest, os.path.basename(path[:-3] + ext)))
            else:
                failed += 1
                print('FAIL %s: %s' % (rel, problem))
    print('%d passed, %d failed' % (passed, failed))


if __name__ == '__main__':
    main(sys.argv)
