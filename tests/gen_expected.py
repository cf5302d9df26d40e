"""Regenerate the expected results of the conformance and bad-input
programs with CPython 3.11 (run by `make expected`):

    X.py -> X.out (stdout), X.err (last line of stderr), X.code (exit status)

In the folders of FULL_STDERR (tracebacks are what they test), X.err
holds the whole stderr.
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ['tests/programs', 'tests/finalization', 'tests/badinput/cases',
           'tests/pending']
FULL_STDERR = ['tracebacks_carets', 'syntax_error_offsets']


def full_stderr(rel):
    """Is the whole stderr of program `rel` compared?"""
    parts = rel.replace(os.sep, '/').split('/')
    for folder in FULL_STDERR:
        if folder in parts[:-1]:
            return True
    return False


def program_args(path):
    with open(path, 'rb') as f:
        first = f.readline().decode('utf-8', 'replace')
    if first.startswith('# args:'):
        return first[len('# args:'):].split()
    return []


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_expected.py must run under CPython 3.11')
    count = 0
    for folder in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, folder)):
            # Packages (folders with __init__.py) and folders named *_modules
            # hold modules that programs import, not programs.
            dirnames[:] = sorted(
                d for d in dirnames if not d.endswith('_modules') and
                not os.path.exists(os.path.join(dirpath, d, '__init__.py')))
            for name in sorted(filenames):
                if not name.endswith('.py') or name.startswith('test_') \
                        or name == '__init__.py':
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, ROOT)
                proc = subprocess.run([sys.executable, rel] + program_args(path),
                                      cwd=ROOT, stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=120,
                                      env=dict(os.environ, PYTHONHASHSEED='0'))
                base = path[:-3]
                err_lines = proc.stderr.decode('utf-8', 'replace').strip().splitlines()
                with open(base + '.out', 'wb') as f:
                    f.write(proc.stdout)
                # The repository's location is not part of the expectation.
                last = err_lines[-1].replace(ROOT, '<root>') if err_lines else ''
                if full_stderr(rel):
                    with open(base + '.err', 'wb') as f:
                        f.write(proc.stderr.replace(ROOT.encode('utf-8'),
                                                    b'<root>'))
                else:
                    with open(base + '.err', 'w') as f:
                        f.write(last + '\n' if last else '')
                with open(base + '.code', 'w') as f:
                    f.write('%d\n' % proc.returncode)
                count += 1
    print('wrote expected results of %d programs' % count)


if __name__ == '__main__':
    main()
