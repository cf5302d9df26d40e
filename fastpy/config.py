"""Translation switches.

Each switch is a module-level constant read at translation time, so code
guarded by a switch that is off is removed from the binary entirely.
`targetfastpy.py` sets them from its command-line options before the
interpreter modules are imported.
"""

# Emulated reference counting (docs/finalization.md).  When False, incref
# and decref compile to nothing: this is the ablation binary that measures
# what counting costs.
REFCOUNT = True

# Maximum depth of Python calls before RecursionError, like CPython's
# sys.getrecursionlimit() default.
RECURSION_LIMIT = 1000

# CPython 3.11's limit on decimal digits for int <-> str conversion.
INT_MAX_STR_DIGITS = 4300
