"""Run pytest in N processes side by side, each on its own shard of the
collected tests (tests/conftest.py's --shard), and report like one run:
the first shard prints as it goes, the others' output is printed when
they end; the exit status is the first failing shard's.

    python tests/run_shards.py [-j N] [pytest args...]

N defaults to the number of cores.  The untranslated tests are CPU
bound, so the run takes about 1/N of the time of a single pytest."""

import multiprocessing
import os
import subprocess
import sys
import tempfile
import time


def main(argv):
    jobs = multiprocessing.cpu_count()
    if argv[:1] == ['-j']:
        jobs = int(argv[1])
        argv = argv[2:]
    jobs = max(1, jobs)
    started = time.time()
    shards = []
    try:
        for k in range(jobs):
            out = tempfile.TemporaryFile() if k > 0 else None
            cmd = [sys.executable, '-m', 'pytest',
                   '--shard=%d/%d' % (k, jobs)]
            proc = subprocess.Popen(cmd + argv, stdout=out,
                                    stderr=subprocess.STDOUT if out else None)
            shards.append((k, proc, out))
        results = [(k, proc.wait(), out) for k, proc, out in shards]
    except KeyboardInterrupt:
        for k, proc, out in shards:
            if proc.poll() is None:
                proc.kill()
        raise
    status = 0
    for k, rc, out in results:
        sys.stdout.write('===== shard %d/%d: exit %d =====\n' % (k, jobs, rc))
        if out is not None:
            out.seek(0)
            sys.stdout.write(out.read())
        sys.stdout.flush()
        # 5 = no tests collected in this shard: not a failure
        if rc not in (0, 5) and status == 0:
            status = rc
    sys.stdout.write('===== %d shards, %.0f s, exit %d =====\n'
                     % (jobs, time.time() - started, status))
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
