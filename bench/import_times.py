"""Import times of large stdlib modules: fastpy against CPython 3.11
compiling from source too (PYTHONPYCACHEPREFIX points at an empty folder
for each run, so no .pyc is read or reused).

    python3.11 bench/import_times.py [--fastpy bin/fastpy] [-n 5]

For each module, the median over n runs of `-c "import M"` minus the
median of `-c "pass"` (start-up), and the ratio fastpy / CPython.  The
target is a ratio of at most 2.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = ['argparse', 'json', 're', 'typing', 'dataclasses']


def run_once(argv, code):
    cache = tempfile.mkdtemp(prefix='fastpy-pycache-')
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop('PYTHONPATH', None)
    try:
        start = time.perf_counter()
        # -S: no site module (CPython's site and .pth files import
        # modules such as re that would then be measured as free)
        proc = subprocess.run(argv + ['-S', '-c', code], env=env,
                              stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    if proc.returncode != 0:
        raise RuntimeError('%s -c %r failed: %s' % (
            argv[0], code, proc.stderr.decode(errors='replace')[-300:]))
    return elapsed


def median_time(argv, code, n):
    return statistics.median(run_once(argv, code) for _ in range(n))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--fastpy', default=os.path.join(ROOT, 'bin',
                                                         'fastpy'))
    parser.add_argument('--cpython', default=sys.executable)
    parser.add_argument('-n', type=int, default=5)
    args = parser.parse_args()
    impls = [('fastpy', [args.fastpy]), ('cpython', [args.cpython])]
    base = {name: median_time(argv, 'pass', args.n) for name, argv in impls}
    print('%-12s %12s %12s %8s' % ('module', 'fastpy ms', 'cpython ms',
                                   'ratio'))
    print('%-12s %12.1f %12.1f' % ('(start-up)', base['fastpy'] * 1e3,
                                   base['cpython'] * 1e3))
    for module in MODULES:
        times = {}
        for name, argv in impls:
            try:
                total = median_time(argv, 'import ' + module, args.n)
                times[name] = max(total - base[name], 0.0)
            except RuntimeError as e:
                times[name] = None
                print('  %s: %s' % (name, e))
        if times['fastpy'] is None or times['cpython'] is None:
            print('%-12s %12s' % (module, 'failed'))
            continue
        ratio = times['fastpy'] / times['cpython'] if times['cpython'] else 0
        print('%-12s %12.1f %12.1f %8.2f' % (
            module, times['fastpy'] * 1e3, times['cpython'] * 1e3, ratio))


if __name__ == '__main__':
    main()
