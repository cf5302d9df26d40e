"""`--shard=K/N` runs every N-th collected test starting at the K-th, so
N pytest processes with K = 0..N-1 share one run (tests/run_shards.py
starts them side by side on a machine with several cores)."""


def pytest_addoption(parser):
    parser.addoption('--shard', default=None, metavar='K/N',
                     help='run only the tests whose index is K modulo N')


def _parse_shard(text):
    k, n = text.split('/')
    k, n = int(k), int(n)
    if not 0 <= k < n:
        raise ValueError('shard %r: K must be in 0..N-1' % text)
    return k, n


def pytest_collection_modifyitems(config, items):
    text = config.getoption('shard')
    if text is None:
        return
    k, n = _parse_shard(text)
    kept, dropped = [], []
    for i, item in enumerate(items):
        (kept if i % n == k else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    items[:] = kept
