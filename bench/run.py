"""Benchmark driver: run every bench/*.py under fastpy, CPython 3.11 and
(when present) PyPy, CPython 3.12 and 3.13; report steady-state time,
first-iteration time, peak RSS and ratios.  Run by CPython 3 with pyperf
installed (`make bench`).

Protocol of a benchmark program: `prog.py N` runs its workload N times,
printing `iteration SECONDS` after each and `checksum VALUE` at the end.
"""

import argparse
import glob
import math
import os
import shutil
import subprocess
import sys

import pyperf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, 'bench')
SKIP = {'run.py', 'demo.py'}


def find_interpreters(fastpy):
    found = [('fastpy', fastpy)]

    def pyenv(version):
        paths = sorted(glob.glob('/root/.pyenv/versions/%s*/bin/python' % version))
        return paths[-1] if paths else None

    for name, candidates in [('cpython3.11', [pyenv('3.11'), shutil.which('python3.11')]),
                             ('pypy3', [shutil.which('pypy3')]),
                             ('cpython3.12', [pyenv('3.12'), shutil.which('python3.12')]),
                             ('cpython3.13', [pyenv('3.13'), shutil.which('python3.13')])]:
        for path in candidates:
            if path and os.path.exists(path):
                found.append((name, path))
                break
    return found


def run_measured(interp, program, iterations):
    """One process: (iteration times, checksum, peak RSS in MB, error)."""
    proc = subprocess.Popen([interp, program, str(iterations)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, rusage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_mb = rusage.ru_maxrss / 1024.0
    if proc.returncode != 0:
        lines = err.decode('utf-8', 'replace').strip().splitlines()
        return None, None, None, lines[-1] if lines else 'exit %d' % proc.returncode
    times = []
    checksum = None
    for line in out.decode('utf-8', 'replace').splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == 'iteration':
            times.append(float(parts[1]))
        elif len(parts) >= 2 and parts[0] == 'checksum':
            checksum = ' '.join(parts[1:])
    return times, checksum, rss_mb, None


class Result(object):
    def __init__(self):
        self.first = []       # first-iteration time of each process
        self.steady = []      # mean of the last half of each process
        self.values = []      # every steady-state iteration (for pyperf)
        self.rss = []
        self.checksum = None
        self.error = None


def measure(interp, program, processes, iterations):
    result = Result()
    for _ in range(processes):
        times, checksum, rss, error = run_measured(interp, program, iterations)
        if error is not None:
            result.error = error
            return result
        if not times:
            result.error = 'no iteration lines'
            return result
        tail = times[len(times) // 2:]
        result.first.append(times[0])
        result.steady.append(sum(tail) / len(tail))
        result.values.extend(tail)
        result.rss.append(rss)
        result.checksum = checksum
    return result


def mean(xs):
    return sum(xs) / len(xs)


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float('nan')


def save_pyperf(name, interp_results, outdir):
    benchmarks = []
    for bench, res in interp_results.items():
        if res.error or not res.values:
            continue
        run = pyperf.Run(res.values, metadata={'name': bench, 'unit': 'second'},
                         collect_metadata=False)
        benchmarks.append(pyperf.Benchmark([run]))
    if benchmarks:
        suite = pyperf.BenchmarkSuite(benchmarks)
        path = os.path.join(outdir, name + '.json')
        suite.dump(path, replace=True)
        return path
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--fastpy', default=os.path.join(ROOT, 'bin', 'fastpy'))
    parser.add_argument('--processes', type=int, default=3)
    parser.add_argument('--iterations', type=int, default=10)
    parser.add_argument('--bench', action='append', help='only these benchmarks')
    parser.add_argument('--quick', action='store_true', help='1 process, 3 iterations')
    args = parser.parse_args()
    if args.quick:
        args.processes, args.iterations = 1, 3
    if not os.path.exists(args.fastpy):
        sys.exit('fastpy binary not found: %s (run make)' % args.fastpy)
    interps = find_interpreters(args.fastpy)
    programs = sorted(p for p in glob.glob(os.path.join(BENCH_DIR, '*.py'))
                      if os.path.basename(p) not in SKIP)
    if args.bench:
        programs = [p for p in programs if os.path.basename(p)[:-3] in args.bench]
    results = {name: {} for name, _ in interps}
    for program in programs:
        bench = os.path.basename(program)[:-3]
        for name, path in interps:
            print('running %-14s under %s ...' % (bench, name), file=sys.stderr)
            results[name][bench] = measure(path, program, args.processes, args.iterations)
    outdir = os.path.join(ROOT, 'build', 'bench')
    os.makedirs(outdir, exist_ok=True)
    for name, _ in interps:
        save_pyperf(name, results[name], outdir)
    report(interps, programs, results)
    fastpy_ran = any(r.error is None for r in results['fastpy'].values())
    return 0 if fastpy_ran else 1


def report(interps, programs, results):
    names = [n for n, _ in interps]
    ref = 'cpython3.11' if 'cpython3.11' in names else None
    header = '%-14s' % 'benchmark'
    for n in names:
        header += ' | %-26s' % (n + ' steady/first/RSS')
    if ref:
        header += ' | fastpy vs 3.11 steady | first-iter'
    if 'pypy3' in names:
        header += ' | fastpy vs pypy3 steady'
    print(header)
    print('-' * len(header))
    ratios_steady, ratios_first, ratios_pypy = [], [], []
    for program in programs:
        bench = os.path.basename(program)[:-3]
        line = '%-14s' % bench
        for n in names:
            r = results[n][bench]
            if r.error:
                line += ' | %-26s' % ('FAILED: ' + r.error)[:26]
            else:
                line += ' | %7.1fms %7.1fms %5.0fMB' % (
                    mean(r.steady) * 1e3, mean(r.first) * 1e3, max(r.rss))
        fp = results['fastpy'][bench]
        if ref:
            c = results[ref][bench]
            if fp.error or c.error:
                line += ' | %21s | %10s' % ('-', '-')
            else:
                s = mean(c.steady) / mean(fp.steady)
                f = mean(c.first) / mean(fp.first)
                ratios_steady.append(s)
                ratios_first.append(f)
                flag = '' if fp.checksum == c.checksum else ' CHECKSUM MISMATCH'
                line += ' | %19.2fx | %9.2fx%s' % (s, f, flag)
        if 'pypy3' in names:
            p = results['pypy3'][bench]
            if fp.error or p.error:
                line += ' | %22s' % '-'
            else:
                s = mean(p.steady) / mean(fp.steady)
                ratios_pypy.append(s)
                line += ' | %21.2fx' % s
        print(line)
    if ratios_steady:
        line = '%-14s' % 'geomean'
        line += ' ' * (29 * len(names))
        line += ' | %19.2fx | %9.2fx' % (geomean(ratios_steady), geomean(ratios_first))
        if ratios_pypy:
            line += ' | %21.2fx' % geomean(ratios_pypy)
        print(line)
    print('\nratios > 1 mean fastpy is faster; steady = mean of the last half of the '
          'iterations, first = first iteration (warm-up); pyperf JSON in build/bench/')


if __name__ == '__main__':
    sys.exit(main())
