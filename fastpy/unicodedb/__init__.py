"""The Unicode character database of fastpy: the version CPython 3.11 has
(14.0.0), so that str methods, identifiers, `repr` (printable
characters), `re` and `unicodedata` answer as CPython 3.11's do.

`ucd_14_0_0` is generated from CPython 3.11's own database by
tools/unicodedb (`make unicodedb`); its functions are those of RPython's
`rpython.rlib.unicodedata` modules.  Import it as

    from fastpy.unicodedb import db as unicodedb
"""

from fastpy.unicodedb import ucd_14_0_0 as db  # noqa: F401
