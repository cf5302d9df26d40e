"""Where the pure-Python standard library of CPython 3.11 is, and the
initial sys.path.

The library is used from the machine, never copied into fastpy.  The
first of these that holds `os.py` wins:
  1. $FASTPY_STDLIB;
  2. for every python3.11 on $PATH: its installation's lib/python3.11
     (the executable's directory/../lib/python3.11, following the
     symbolic link of the executable once); for pyenv's shim, the
     installation the shim runs ($PYENV_VERSION, else the global
     version file, when it names a 3.11), else pyenv's newest 3.11;
  3. /usr/lib/python3.11 (Debian and Ubuntu);
  4. the newest 3.11 of pyenv: $PYENV_ROOT or ~/.pyenv, versions/3.11.*.
Without one fastpy still runs; importing a library module then fails
with a ModuleNotFoundError (importing.py) naming the places searched.
"""

import os

from fastpy.interpreter.importing import is_file, is_dir, path_join, \
    dirname, absolute

SEARCHED = ['$FASTPY_STDLIB', 'python3.11 on $PATH', '/usr/lib/python3.11',
            '~/.pyenv/versions/3.11.*/lib/python3.11']


def _has_stdlib(directory):
    return bool(directory) and is_file(path_join(directory, 'os.py'))


def _from_executable(exe):
    candidates = [exe]
    try:
        target = os.readlink(exe)
        if not target.startswith('/'):
            target = path_join(dirname(exe), target)
        candidates.append(target)
    except OSError:
        pass
    for path in candidates:
        prefix = dirname(dirname(path))
        lib = path_join(prefix, 'lib/python3.11')
        if _has_stdlib(lib):
            return lib
    return ''


def _version_key(name):
    """3.11.7 -> 7 (the micro version), -1 for names we do not want."""
    if not name.startswith('3.11.'):
        return -1
    micro = name[5:]
    if not micro.isdigit():
        return -1
    return int(micro)


def find_stdlib():
    env = os.environ.get('FASTPY_STDLIB')
    if env is not None and _has_stdlib(env):
        return env
    path = os.environ.get('PATH')
    if path is not None:
        for directory in path.split(':'):
            exe = path_join(directory, 'python3.11')
            if is_file(exe):
                if _is_pyenv_shims(directory):
                    lib = _pyenv_stdlib(dirname(directory), True)
                else:
                    lib = _from_executable(exe)
                if lib:
                    return lib
    if _has_stdlib('/usr/lib/python3.11'):
        return '/usr/lib/python3.11'
    root = os.environ.get('PYENV_ROOT')
    if root is None:
        home = os.environ.get('HOME')
        root = path_join(home, '.pyenv') if home is not None else ''
    if root:
        return _pyenv_stdlib(root, False)
    return ''


def _is_pyenv_shims(directory):
    """pyenv's shims directory: <root>/shims beside <root>/versions."""
    parts = directory.rstrip('/').split('/')
    return (len(parts) > 1 and parts[-1] == 'shims' and
            is_dir(path_join(dirname(directory.rstrip('/')), 'versions')))


def _pyenv_stdlib(root, selected_first):
    """The library of a pyenv 3.11 under root: with selected_first, the
    version the shim would run if it is a 3.11; else the newest 3.11."""
    versions = path_join(root, 'versions')
    if not is_dir(versions):
        return ''
    if selected_first:
        for name in _selected_versions(root):
            lib = path_join(path_join(versions, name), 'lib/python3.11')
            if _version_key(name) >= 0 and _has_stdlib(lib):
                return lib
    best = ''
    best_key = -1
    try:
        names = os.listdir(versions)
    except OSError:
        names = []
    for name in names:
        key = _version_key(name)
        lib = path_join(path_join(versions, name), 'lib/python3.11')
        if key > best_key and _has_stdlib(lib):
            best = lib
            best_key = key
    return best


def _selected_versions(root):
    """The versions pyenv selects: $PYENV_VERSION, else the global
    version file (a local .python-version is not consulted)."""
    env = os.environ.get('PYENV_VERSION')
    text = env
    if text is None:
        try:
            fd = os.open(path_join(root, 'version'), os.O_RDONLY, 0)
        except OSError:
            return []
        try:
            text = os.read(fd, 4096)
        except OSError:
            text = ''
        os.close(fd)
    names = []
    start = 0
    for i in range(len(text) + 1):
        if i == len(text) or text[i] in ' \t\r\n:':
            if i > start:
                names.append(text[start:i])
            start = i + 1
    return names


def normalize(path):
    """Absolute path with '.' and '..' components folded."""
    path = absolute(path)
    parts = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def initial_path(path0, stdlib_dir, use_environment):
    """sys.path: the script's directory ('' for -c, stdin and the REPL;
    the current directory for -m; None: no such entry), $PYTHONPATH
    (unless -E), the standard library."""
    path = []
    if path0 is not None:
        path.append(path0)
    env = os.environ.get('PYTHONPATH') if use_environment else None
    if env is not None:
        for entry in env.split(':'):
            if entry:
                path.append(normalize(entry))
    if stdlib_dir:
        path.append(stdlib_dir)
    return path
