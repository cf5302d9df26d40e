"""Version numbers reported by --version and sys.version."""

FASTPY_VERSION = '0.1.0'
PYTHON_MAJOR, PYTHON_MINOR, PYTHON_MICRO = 3, 11, 7
PYTHON_VERSION = '%d.%d.%d' % (PYTHON_MAJOR, PYTHON_MINOR, PYTHON_MICRO)
VERSION_STRING = '%s (fastpy %s)' % (PYTHON_VERSION, FASTPY_VERSION)
