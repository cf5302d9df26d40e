"""Differential compile fuzzing: random programs from pysource-codegen,
compiled by CPython 3.11 and by fastpy's compile() builtin.

    make fuzz N=200                       # uses bin/fastpy as built
    build/fuzzenv/bin/python tests/fuzz/run_fuzz.py -n 200 [options]

Runs under the CPython 3.11 of build/fuzzenv (the Makefile creates it and
installs pysource-codegen there).  Program i is generate(seed=SEED+i), so
a run is reproducible; --keep DIR writes the programs that disagree or
crash fastpy.  Each program gets its own fastpy process (a crash stays
one program's result).  The report counts:

    both accept               CPython and fastpy compile it
    fastpy rejects            CPython compiles it, fastpy raises (grouped
                              by fastpy's message, first few shown)
    fastpy accepts wrongly    fastpy compiles it, CPython raises
    both reject               (messages compared)
    crashes                   fastpy died: a signal, a fatal RPython error,
                              an exit status other than 0/1, no result
    timeouts                  fastpy took longer than --timeout seconds

The exit status is 1 when fastpy crashed on some program, else 0.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TEMPLATE = os.path.join(ROOT, 'tests', 'fuzz', 'fastpy_compile.py')
PY27 = '/root/.pyenv/versions/2.7.18/bin/python'
# The last stderr line of an uncaught Python exception: "Name" or
# "Name: message".
EXC_LINE = re.compile(r'^([A-Za-z_][A-Za-z0-9_.]*)(: (.*))?$')


def cpython_compile(src, name):
    """'OK' or 'Type: message' from CPython 3.11's compile()."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')     # SyntaxWarning
            compile(src, name, 'exec')
    except (SyntaxError, ValueError, RecursionError, MemoryError,
            OverflowError) as e:
        msg = e.args[0] if e.args else ''
        return 'ERROR %s: %s' % (type(e).__name__, msg)
    return 'OK'


def fastpy_script(src, name):
    with open(TEMPLATE) as f:
        template = f.read()
    return 'SOURCE = %s\nNAME = %s\n%s' % (ascii(src), ascii(name), template)


def run_fastpy(command, script_path, timeout):
    """(kind, detail): kind is 'OK', 'ERROR', 'CRASH' or 'TIMEOUT'."""
    try:
        proc = subprocess.run(command + [script_path], cwd=ROOT,
                              stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return 'TIMEOUT', 'no result within %d s' % timeout
    out = proc.stdout.decode('utf-8', 'replace').strip().splitlines()
    err = proc.stderr.decode('utf-8', 'replace').strip().splitlines()
    err = [line for line in err if 'Mercurial' not in line]  # untranslated
    last_err = err[-1].strip() if err else ''
    if proc.returncode < 0:
        return 'CRASH', 'killed by signal %d; stderr: %s' % (
            -proc.returncode, last_err[:200])
    if any('Fatal RPython error' in line for line in err):
        return 'CRASH', 'status %d: %s' % (proc.returncode,
                                           ' | '.join(err[-3:])[:300])
    if any(line.lstrip().startswith('File "') and '/fastpy/' in line
           for line in err):
        # --untranslated: an RPython-level exception escaped (a crash of
        # the binary)
        return 'CRASH', 'internal error: %s' % last_err[:200]
    if proc.returncode == 0 and out and out[-1] == 'OK':
        return 'OK', ''
    if proc.returncode == 1 and EXC_LINE.match(last_err):
        if not out or out[0] != 'START':
            # fastpy could not run fastpy_compile.py itself
            return 'CRASH', 'the driver script failed: %s' % last_err[:200]
        return 'ERROR', last_err       # the exception compile() raised
    return 'CRASH', 'status %d, stdout %r, stderr: %s' % (
        proc.returncode, out[-1:] if out else '', last_err[:200])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('-n', type=int, default=100,
                        help='number of programs (default 100)')
    parser.add_argument('--seed', type=int, default=0,
                        help='seed of program 0 (program i: seed + i)')
    parser.add_argument('--fastpy', default=os.path.join(ROOT, 'bin',
                                                         'fastpy'),
                        help='the fastpy binary (default bin/fastpy)')
    parser.add_argument('--untranslated', action='store_true',
                        help='run fastpy untranslated on Python 2.7 '
                        '(slow; for trying the driver without a binary)')
    parser.add_argument('--timeout', type=int, default=60,
                        help='seconds per fastpy run (default 60)')
    parser.add_argument('--node-limit', type=int, default=300,
                        help='pysource-codegen node_limit (default 300)')
    parser.add_argument('--depth-limit', type=int, default=6,
                        help='pysource-codegen depth_limit (default 6)')
    parser.add_argument('--show', type=int, default=5,
                        help='messages shown per group (default 5)')
    parser.add_argument('--keep', default='',
                        help='directory for the programs that disagree or '
                        'crash fastpy')
    args = parser.parse_args(argv)

    if sys.version_info[:2] != (3, 11):
        sys.exit('run_fuzz.py must run under CPython 3.11 (make fuzz)')
    try:
        from pysource_codegen import generate
    except ImportError:
        sys.exit('pysource-codegen is missing: run `make fuzz` (it installs '
                 'it into build/fuzzenv)')
    if args.untranslated:
        command = ['env', 'PYTHONPATH=%s:%s' % (
            os.path.join(ROOT, 'build', 'toolchain'), ROOT),
            PY27, '-m', 'fastpy.main']
    else:
        if not (os.path.isfile(args.fastpy) and
                os.access(args.fastpy, os.X_OK)):
            sys.exit('%s is missing: build it with `make`' % args.fastpy)
        command = [os.path.abspath(args.fastpy)]
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)

    counts = collections.Counter()
    rejects = collections.defaultdict(list)       # fastpy msg -> names
    wrong_accepts = []                            # (name, cpython msg)
    both_reject = collections.defaultdict(list)   # (cpy, fastpy) -> names
    crashes = []                                  # (name, detail)
    timeouts = []
    generator_errors = []
    workdir = tempfile.mkdtemp(prefix='fastpy-fuzz-')
    for i in range(args.n):
        seed = args.seed + i
        name = 'fuzz_%06d.py' % seed
        try:
            src = generate(seed, node_limit=args.node_limit,
                           depth_limit=args.depth_limit)
        except Exception as e:       # the generator's own failures
            generator_errors.append((name, '%s: %s' % (type(e).__name__, e)))
            continue
        cpy = cpython_compile(src, name)
        script = os.path.join(workdir, name)
        with open(script, 'w', encoding='utf-8') as f:
            f.write(fastpy_script(src, name))
        kind, detail = run_fastpy(command, script, args.timeout)
        if detail == "NameError: name 'compile' is not defined":
            sys.exit('%s has no compile() builtin: rebuild it with `make`'
                     % ' '.join(command))
        os.unlink(script)
        interesting = True
        if kind == 'CRASH':
            counts['crash'] += 1
            crashes.append((name, detail))
        elif kind == 'TIMEOUT':
            counts['timeout'] += 1
            timeouts.append(name)
        elif cpy == 'OK' and kind == 'OK':
            counts['both accept'] += 1
            interesting = False
        elif cpy == 'OK':
            counts['fastpy rejects'] += 1
            rejects[detail].append(name)
        elif kind == 'OK':
            counts['fastpy accepts wrongly'] += 1
            wrong_accepts.append((name, cpy[len('ERROR '):]))
        else:
            counts['both reject'] += 1
            both_reject[(cpy[len('ERROR '):], detail)].append(name)
            interesting = False
        if interesting and args.keep:
            with open(os.path.join(args.keep, name), 'w',
                      encoding='utf-8') as f:
                f.write(src)
        sys.stderr.write('\r%d/%d programs' % (i + 1, args.n))
        sys.stderr.flush()
    sys.stderr.write('\n')
    os.rmdir(workdir)

    total = args.n - len(generator_errors)
    print('fuzz: %d programs (seeds %d..%d), fastpy: %s' % (
        total, args.seed, args.seed + args.n - 1, ' '.join(command)))
    print('  both accept:              %d' % counts['both accept'])
    print('  CPython accepts, fastpy rejects: %d' % counts['fastpy rejects'])
    print('  fastpy accepts, CPython rejects: %d' %
          counts['fastpy accepts wrongly'])
    print('  both reject:              %d' % counts['both reject'])
    print('  fastpy crashed:           %d' % counts['crash'])
    print('  fastpy timed out:         %d' % counts['timeout'])
    if generator_errors:
        print('  generator failed:         %d (%s)' % (
            len(generator_errors), generator_errors[0][1][:100]))
    if rejects:
        print('\nfastpy rejects (by message, most frequent first):')
        for msg, names in sorted(rejects.items(),
                                 key=lambda kv: (-len(kv[1]), kv[0])):
            print('  %4d  %s' % (len(names), msg[:150]))
            print('        e.g. %s' % ', '.join(names[:args.show]))
    if wrong_accepts:
        print('\nfastpy accepts, CPython rejects:')
        for name, msg in wrong_accepts[:args.show]:
            print('  %s: CPython %s' % (name, msg[:150]))
    mismatched = [(k, v) for k, v in both_reject.items() if k[0] != k[1]]
    if mismatched:
        print('\nboth reject, with different messages:')
        for (cpy, fp), names in mismatched[:args.show]:
            print('  %s: CPython %s | fastpy %s' % (names[0], cpy[:80],
                                                   fp[:80]))
    if crashes:
        print('\nfastpy CRASHED:')
        for name, detail in crashes[:max(args.show, 20)]:
            print('  %s: %s' % (name, detail))
    if timeouts:
        print('\nfastpy timed out: %s' % ', '.join(timeouts[:args.show]))
    if args.keep and (rejects or wrong_accepts or crashes or timeouts):
        print('\nprograms kept in %s (regenerate any with '
              'pysource_codegen.generate(seed, node_limit=%d, '
              'depth_limit=%d))' % (args.keep, args.node_limit,
                                    args.depth_limit))
    return 1 if crashes else 0


if __name__ == '__main__':
    sys.exit(main())
