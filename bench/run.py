"""Benchmark driver: runs every bench/*.py program under fastpy, CPython 3.11
and, when installed, PyPy 3, CPython 3.12 and 3.13; reports steady-state
time, first-iteration (warm-up) time, peak RSS, and speed ratios.

Run by CPython 3.11 from a venv with pyperf (`make bench` does
`build/benchenv/bin/python bench/run.py`).  A program's protocol:
`prog.py N` runs its workload N times, printing `iteration SECONDS` after
each and `checksum VALUE` at the end.

Exit status: 0, unless fastpy could not run any benchmark at all (then 1).
Slowness, crashes on some benchmarks and checksum mismatches are reported
in the table, not in the exit status.
"""

import argparse
import glob
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyperf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, 'bench')
OUT_DIR = os.path.join(ROOT, 'build', 'bench')
NOT_BENCHMARKS = {'run.py', 'demo.py', 'import_times.py'}
PYENV_VERSIONS = '/root/.pyenv/versions'
FASTPY, REF, PYPY = 'fastpy', 'cpython3.11', 'pypy3'
# The ablation binary with reference counting compiled out (make norefcount).
NOREFCOUNT = 'norefcount'


# ---------------------------------------------------------------- discovery

def _version_key(path):
    # /root/.pyenv/versions/3.12.10/bin/python -> (3, 12, 10)
    version = path.split(os.sep)[-3]
    return tuple(int(p) for p in re.findall(r'\d+', version))


def pyenv_python(minor):
    """Newest pyenv-installed CPython 3.<minor>.x (not -dev/t builds)."""
    paths = [p for p in glob.glob('%s/3.%d.*/bin/python' % (PYENV_VERSIONS, minor))
             if re.match(r'^3\.%d\.\d+$' % minor, p.split(os.sep)[-3])]
    return max(paths, key=_version_key) if paths else None


def which(name):
    """shutil.which, resolving pyenv shims to the real binary (a shim is
    a shell script: it would add a process and fail for a missing version)."""
    path = shutil.which(name)
    if path and '%sshims%s' % (os.sep, os.sep) in path:
        pyenv = shutil.which('pyenv')
        if not pyenv:
            return None
        try:
            proc = subprocess.run([pyenv, 'which', name], capture_output=True,
                                  text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return None
        path = proc.stdout.strip() if proc.returncode == 0 else None
    return path


def pyenv_pypy():
    paths = sorted(glob.glob('%s/pypy3*/bin/pypy3' % PYENV_VERSIONS))
    return paths[-1] if paths else None


def find_interpreters(fastpy, norefcount=None):
    """[(name, path)]: fastpy first, then its norefcount twin when it is
    built (same folder, `fastpy-norefcount`), then the ones found on this
    machine."""
    candidates = [
        (REF, [PYENV_VERSIONS + '/3.11.7/bin/python', pyenv_python(11),
               lambda: which('python3.11')]),
        (PYPY, [lambda: which('pypy3'), pyenv_pypy()]),
        ('cpython3.12', [pyenv_python(12), lambda: which('python3.12')]),
        ('cpython3.13', [pyenv_python(13), lambda: which('python3.13')]),
    ]
    found = [(FASTPY, fastpy)]
    if norefcount is None:
        norefcount = os.path.join(os.path.dirname(fastpy), 'fastpy-norefcount')
    if os.access(norefcount, os.X_OK):
        found.append((NOREFCOUNT, norefcount))
    for name, paths in candidates:
        for path in paths:
            if callable(path):
                path = path()
            if path and os.access(path, os.X_OK):
                found.append((name, path))
                break
    return found


def interpreter_version(path):
    try:
        proc = subprocess.run([path, '--version'], capture_output=True, text=True,
                              timeout=30)
        lines = (proc.stdout + proc.stderr).strip().splitlines()
        return ' '.join(lines[:2]) if lines else '?'
    except (OSError, subprocess.SubprocessError) as e:
        return 'unknown (%s)' % e


# ---------------------------------------------------------------- measuring

class ProcessResult(object):
    """One child process: its iteration times, checksum, peak RSS (MB), or
    an error message."""

    def __init__(self, times=None, checksum=None, rss_mb=None, error=None):
        self.times = times
        self.checksum = checksum
        self.rss_mb = rss_mb
        self.error = error


# Peak RSS: os.wait4 on our own child would not do.  Linux starts a child's
# ru_maxrss at its parent's RSS (fork copies the page tables, exec keeps the
# old mm's high-water mark), so every benchmark would show at least this
# driver's ~20 MB.  A minimal Python (-I -S, ~5 MB) forks and execs the
# benchmark instead, reaps it with os.wait4 and writes "status maxrss_kb".
REAPER = r"""
import os, sys
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, rusage = os.wait4(pid, 0)
with open(sys.argv[1], 'w') as f:
    f.write('%d %d' % (status, rusage.ru_maxrss))
"""


def run_process(interp, program, iterations, timeout):
    """Run `interp program iterations` under the reaper; parse its output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile('r') as usage:
        argv = [sys.executable, '-I', '-S', '-c', REAPER, usage.name,
                interp, program, str(iterations)]
        # A session of its own, so that a timeout kills the benchmark too.
        proc = subprocess.Popen(argv, cwd=ROOT, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, start_new_session=True)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return ProcessResult(error='timeout after %d s' % timeout)
        reaped = usage.read().split()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode('utf-8', 'replace')
        stderr = err.read().decode('utf-8', 'replace')
    if proc.returncode != 0 or len(reaped) != 2:
        return ProcessResult(error='reaper failed (exit %d): %s'
                             % (proc.returncode, stderr.strip()[-200:]))
    code = os.waitstatus_to_exitcode(int(reaped[0]))
    rss_mb = int(reaped[1]) / 1024.0  # Linux: kilobytes
    if code < 0:
        return ProcessResult(error='killed by %s' % signal.Signals(-code).name)
    if code != 0:
        lines = stderr.strip().splitlines()
        return ProcessResult(error='exit %d: %s' % (code, lines[-1] if lines else ''))
    times, checksum = [], None
    for line in stdout.splitlines():
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[0] == 'iteration':
            try:
                times.append(float(parts[1]))
            except ValueError:
                return ProcessResult(error='bad line %r' % line)
        elif len(parts) == 2 and parts[0] == 'checksum':
            checksum = parts[1].strip()
    if len(times) != iterations:
        return ProcessResult(error='%d iteration lines, expected %d'
                             % (len(times), iterations))
    if checksum is None:
        return ProcessResult(error='no checksum line')
    return ProcessResult(times, checksum, rss_mb)


class Result(object):
    """All processes of one benchmark under one interpreter."""

    def __init__(self):
        self.processes = []   # ProcessResult without error
        self.error = None     # first error; the remaining processes are skipped
        self.mismatch = None  # checksum differing from the reference's

    def add(self, proc):
        if proc.error:
            self.error = proc.error
        else:
            self.processes.append(proc)

    @property
    def ok(self):
        return self.error is None and bool(self.processes)

    @property
    def checksum(self):
        sums = set(p.checksum for p in self.processes)
        return sums.pop() if len(sums) == 1 else None

    def first(self):
        """Mean first-iteration time (includes warm-up)."""
        return mean([p.times[0] for p in self.processes])

    def steady(self):
        """Mean over processes of the mean of the last half of iterations."""
        return mean([mean(steady_part(p.times)) for p in self.processes])

    def rss(self):
        return max(p.rss_mb for p in self.processes)


def steady_part(times):
    return times[len(times) // 2:]


def mean(xs):
    return sum(xs) / len(xs)


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def check_checksums(results, names, benches):
    """Compare each interpreter's checksum with CPython 3.11's."""
    for bench in benches:
        ref = results[REF][bench] if REF in names else None
        for name in names:
            res = results[name][bench]
            if not res.ok:
                continue
            if res.checksum is None:
                res.mismatch = 'checksum differs between processes: %s' % sorted(
                    set(p.checksum for p in res.processes))
            elif ref is not None and ref.ok and ref.checksum is not None \
                    and res.checksum != ref.checksum:
                res.mismatch = 'checksum %s, CPython 3.11 says %s' % (
                    res.checksum, ref.checksum)


# ---------------------------------------------------------------- pyperf JSON

def save_pyperf(name, path, interp_results):
    """One pyperf benchmark per program, one run per process: the first
    half of the iterations are warmups, the last half the values."""
    benchmarks = []
    for bench, res in sorted(interp_results.items()):
        if not res.ok:
            continue
        runs = []
        for p in res.processes:
            steady = steady_part(p.times)
            warmups = [(1, t) for t in p.times[:len(p.times) - len(steady)]]
            metadata = {'name': bench, 'unit': 'second', 'loops': 1,
                        'python_implementation': name,
                        'python_executable': path,
                        'mem_max_rss': int(p.rss_mb * 1024 * 1024)}
            runs.append(pyperf.Run(steady, warmups=warmups or None,
                                   metadata=metadata, collect_metadata=False))
        benchmarks.append(pyperf.Benchmark(runs))
    filename = os.path.join(OUT_DIR, name + '.json')
    if not benchmarks:
        if os.path.exists(filename):
            os.remove(filename)  # do not leave an older run to compare
        return None
    os.makedirs(OUT_DIR, exist_ok=True)
    pyperf.BenchmarkSuite(benchmarks).dump(filename, replace=True)
    return filename


# ---------------------------------------------------------------- report

def fmt_ms(seconds):
    ms = seconds * 1e3
    return '%.2f' % ms if ms < 10 else '%.1f' % ms if ms < 1000 else '%.0f' % ms


def fmt_ratio(r):
    return '-' if r is None else '%.2fx' % r


def ratio(results, other, bench, what):
    """other's time / fastpy's time for `what` ('steady' or 'first'), or
    None when either failed or disagrees on the checksum."""
    a, b = results[other][bench], results[FASTPY][bench]
    if not (a.ok and b.ok) or a.mismatch or b.mismatch:
        return None
    return getattr(a, what)() / getattr(b, what)()


def print_table(rows, groups):
    """rows: lists of cells; groups: [(title, number of columns)] drawn as
    a header line above the column titles (rows[0])."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    # Widen the last column of a group whose title is wider than its columns.
    col = 0
    for title, span in groups:
        have = sum(widths[col:col + span]) + 3 * (span - 1)
        if len(title) > have:
            widths[col + span - 1] += len(title) - have
        col += span
    line = []
    col = 0
    for title, span in groups:
        have = sum(widths[col:col + span]) + 3 * (span - 1)
        line.append(title.center(have))
        col += span
    print(' | '.join(line).rstrip())
    for i, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print(' | '.join(cells))
        if i == 0:
            print('-+-'.join('-' * w for w in widths))


def report(interps, benches, results):
    names = [n for n, _ in interps]
    comparisons = [n for n in (REF, PYPY, NOREFCOUNT) if n in names]
    groups = [('', 1)] + [(n, 3) for n in names] + \
             [('%s / fastpy' % n, 2) for n in comparisons]
    header = ['benchmark'] + ['steady', 'first', 'RSS'] * len(names) + \
             ['steady', 'first'] * len(comparisons)
    rows = [header]
    notes = []
    ratios = {(n, w): [] for n in comparisons for w in ('steady', 'first')}
    for bench in benches:
        row = [bench]
        for name in names:
            res = results[name][bench]
            if res.ok:
                flag = ' !' if res.mismatch else ''
                row += [fmt_ms(res.steady()) + flag, fmt_ms(res.first()),
                        '%.1f' % res.rss()]
                if res.mismatch:
                    notes.append('%s %s: CHECKSUM MISMATCH: %s'
                                 % (bench, name, res.mismatch))
            else:
                row += ['FAILED', '-', '-']
                notes.append('%s %s: FAILED: %s' % (bench, name, res.error))
        fp = results[FASTPY][bench]
        for other in comparisons:
            for what in ('steady', 'first'):
                r = ratio(results, other, bench, what)
                if r is not None:
                    ratios[(other, what)].append(r)
                    row.append(fmt_ratio(r))
                elif not fp.ok:
                    row.append('FAILED')
                elif fp.mismatch:
                    row.append('MISMATCH')
                else:
                    row.append('-')
        rows.append(row)
    # Geometric means: times only for an interpreter that passed every
    # benchmark; ratios over the benchmarks where both sides passed.
    row = ['geomean']
    for name in names:
        res = [results[name][b] for b in benches]
        if all(r.ok and not r.mismatch for r in res):
            row += [fmt_ms(geomean([r.steady() for r in res])),
                    fmt_ms(geomean([r.first() for r in res])),
                    '%.1f' % geomean([r.rss() for r in res])]
        else:
            row += ['-', '-', '-']
    for other in comparisons:
        for what in ('steady', 'first'):
            row.append(fmt_ratio(geomean(ratios[(other, what)])))
    rows.append(row)
    print()
    print_table(rows, groups)
    print()
    print('steady: mean of the last half of the iterations, ms; first: first '
          'iteration (warm-up included), ms;')
    print('RSS: peak resident memory of the process, MB; "X / fastpy": X time / '
          'fastpy time (> 1: fastpy is faster);')
    print('"!": checksum differs from CPython 3.11\'s; geomean: times only for '
          'interpreters that passed every benchmark.')
    if notes:
        print()
        for note in notes:
            print(note)


# ---------------------------------------------------------------- start-up

STARTUP_COMMANDS = [('-c pass', ['-c', 'pass']),
                    ('-c "import os, re, json"', ['-c', 'import os, re, json'])]


def measure_startup(interps, runs):
    """{(interpreter, label): [seconds of each run]} for the start-up
    commands: whole processes, timed from the outside, interleaved."""
    times = {}
    for _ in range(runs):
        for label, args in STARTUP_COMMANDS:
            for name, path in interps:
                start = time.perf_counter()
                proc = subprocess.run([path] + args, cwd=ROOT,
                                      stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
                elapsed = time.perf_counter() - start
                key = (name, label)
                if proc.returncode != 0:
                    times[key] = None
                elif times.get(key, []) is not None:
                    times.setdefault(key, []).append(elapsed)
    return times


def report_startup(interps, times, runs):
    names = [n for n, _ in interps]
    rows = [['start-up'] + ['%s min' % n for n in names] +
            (['%s / fastpy' % REF] if REF in names else [])]
    for label, _ in STARTUP_COMMANDS:
        row = [label]
        for name in names:
            t = times.get((name, label))
            row.append('FAILED' if not t else fmt_ms(min(t)))
        if REF in names:
            a, b = times.get((REF, label)), times.get((FASTPY, label))
            row.append(fmt_ratio(min(a) / min(b)) if a and b else '-')
        rows.append(row)
    print()
    print_table(rows, [('', len(rows[0]))])
    print('start-up: whole process, best of %d runs, ms (CPython uses its '
          '.pyc cache as installed)' % runs)


# ---------------------------------------------------------------- main

def parse_args(argv):
    parser = argparse.ArgumentParser(
        description='Run bench/*.py under fastpy, CPython 3.11 and others.')
    parser.add_argument('--fastpy', default=os.path.join(ROOT, 'bin', 'fastpy'),
                        help='interpreter measured as fastpy (default: bin/fastpy)')
    parser.add_argument('--norefcount', default=None,
                        help='ablation binary without reference counting, '
                        'compared side by side (default: fastpy-norefcount '
                        'next to the fastpy binary, when it exists)')
    parser.add_argument('--processes', type=int, default=3,
                        help='processes per benchmark and interpreter (default 3)')
    parser.add_argument('--iterations', type=int, default=10,
                        help='iterations per process (default 10)')
    parser.add_argument('--bench', action='append', metavar='NAME',
                        help='only this benchmark (repeatable, or comma-separated)')
    parser.add_argument('--quick', action='store_true',
                        help='1 process, 3 iterations')
    parser.add_argument('--startup-runs', type=int, default=20,
                        help='runs of each start-up command (default 20; '
                        '0 skips them)')
    parser.add_argument('--timeout', type=float, default=600,
                        help='seconds before a process is killed (default 600)')
    args = parser.parse_args(argv)
    if args.quick:
        args.processes, args.iterations = 1, 3
    if args.processes < 1 or args.iterations < 1:
        parser.error('--processes and --iterations must be at least 1')
    return args, parser


def main(argv=None):
    args, parser = parse_args(argv)
    fastpy = os.path.abspath(args.fastpy)
    if not os.access(fastpy, os.X_OK):
        print('error: fastpy binary not found: %s (run make)' % fastpy, file=sys.stderr)
        return 1
    benches = sorted(os.path.basename(p)[:-3]
                     for p in glob.glob(os.path.join(BENCH_DIR, '*.py'))
                     if os.path.basename(p) not in NOT_BENCHMARKS)
    if args.bench:
        wanted = [w for arg in args.bench for w in arg.split(',') if w]
        unknown = [w for w in wanted if w not in benches]
        if unknown:
            parser.error('unknown benchmark %s; known: %s'
                         % (', '.join(unknown), ', '.join(benches)))
        benches = [b for b in benches if b in wanted]

    interps = find_interpreters(fastpy, args.norefcount and
                                os.path.abspath(args.norefcount))
    names = [n for n, _ in interps]
    print('%d processes x %d iterations per benchmark and interpreter'
          % (args.processes, args.iterations))
    for name, path in interps:
        print('  %-12s %s  (%s)' % (name, path, interpreter_version(path)))
    if REF not in names:
        print('warning: CPython 3.11 not found: no checksum reference, no ratios')
    sys.stdout.flush()

    results = {name: {b: Result() for b in benches} for name in names}
    for bench in benches:
        program = os.path.join(BENCH_DIR, bench + '.py')
        # Interleave the interpreters so that machine noise spreads evenly.
        for i in range(args.processes):
            for name, path in interps:
                res = results[name][bench]
                if res.error:
                    continue
                print('[%s %d/%d] %s' % (bench, i + 1, args.processes, name),
                      file=sys.stderr, flush=True)
                res.add(run_process(path, program, args.iterations, args.timeout))
    check_checksums(results, names, benches)

    saved = [save_pyperf(name, path, results[name]) for name, path in interps]
    report(interps, benches, results)
    if args.startup_runs > 0:
        report_startup(interps, measure_startup(interps, args.startup_runs),
                       args.startup_runs)
    saved = [s for s in saved if s]
    if saved:
        print()
        print('pyperf JSON: %s' % ' '.join(os.path.relpath(s, ROOT) for s in saved))
        if {REF, FASTPY} <= set(os.path.basename(s)[:-5] for s in saved):
            print('compare: %s -m pyperf compare_to build/bench/%s.json '
                  'build/bench/%s.json --table'
                  % (os.path.relpath(sys.executable, ROOT)
                     if sys.executable.startswith(ROOT) else 'python', REF, FASTPY))

    if not any(r.ok for r in results[FASTPY].values()):
        print('\nerror: fastpy failed to run any benchmark', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
