"""Every builtin module written in RPython, by name.

A module is listed here with its ModuleDef (moduledef.py) and made on
first import (`create_builtin_module`).  `sys` is not listed: it needs
the command line and is made at start-up (main.py).
"""

from fastpy.modules import (
    timemodule, impmodule, warningsmodule, mathmodule, cmathmodule,
    errnomodule, itertoolsmodule, operatormodule, functoolsmodule,
    posixmodule, statmodule, weakrefmodule, gcmodule, atexitmodule,
    iomodule, threadmodule, stringmodule, collectionsmodule, randommodule,
    sha512module, astmodule, heapqmodule, bisectmodule, binasciimodule,
    structmodule, sremodule, codecsmodule, contextvarsmodule, localemodule,
    csvmodule, signalmodule, marshalmodule, arraymodule, jsonmodule,
    unicodedatamodule, abcmodule, zlibmodule, sha3module, blake2module)
from fastpy.modules import socketmodule, selectmodule, posixsubprocessmodule
from fastpy.modules import md5module, sha1module, sha256module
from fastpy.modules import itertoolsreduce  # noqa: itertools' __reduce__

MODULE_DEFS = {}

for _moddef in [
        timemodule.module, impmodule.module, warningsmodule.module,
        mathmodule.module, cmathmodule.module, errnomodule.module,
        itertoolsmodule.module, operatormodule.module,
        functoolsmodule.module, posixmodule.module, statmodule.module,
        weakrefmodule.module, gcmodule.module, atexitmodule.module,
        iomodule.module, threadmodule.module, stringmodule.module,
        collectionsmodule.module, randommodule.module, sha512module.module,
        md5module.module, sha1module.module, sha256module.module,
        astmodule.module, heapqmodule.module, bisectmodule.module,
        binasciimodule.module, structmodule.module, sremodule.module,
        codecsmodule.module, contextvarsmodule.module, localemodule.module,
        csvmodule.module, signalmodule.module, marshalmodule.module,
        arraymodule.module, socketmodule.module, selectmodule.module,
        posixsubprocessmodule.module, jsonmodule.module,
        unicodedatamodule.module, abcmodule.module, zlibmodule.module,
        sha3module.module, blake2module.module]:
    assert _moddef.name not in MODULE_DEFS, _moddef.name
    MODULE_DEFS[_moddef.name] = _moddef


def is_builtin_module(name):
    return name == 'sys' or name in MODULE_DEFS


def builtin_module_names():
    """sys.builtin_module_names: sorted, with sys and builtins."""
    names = ['builtins', 'sys']
    for name in MODULE_DEFS:
        # insertion sort: a few dozen names, once per run
        i = len(names)
        names.append(name)
        while i > 0 and names[i - 1] > name:
            names[i] = names[i - 1]
            i -= 1
        names[i] = name
    return names


def create_builtin_module(name):
    """A new module object for builtin module `name`, or None."""
    moddef = MODULE_DEFS.get(name, None)
    if moddef is None:
        return None
    return moddef.build()
