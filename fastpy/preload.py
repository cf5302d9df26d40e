"""Import every module of the interpreter before the annotator starts.

Many modules install objects into prebuilt type dicts when they are
imported (getset descriptors, methods, builtin modules).  A module that
is only imported from inside a function body would be imported by the
flow space halfway through annotation, after the annotator has already
seen those prebuilt dicts; its late additions then reach the C backend
as function pointers that were never annotated.  Importing the whole
package up front makes the prebuilt heap complete before annotation.
"""

import os


def import_all_modules():
    import fastpy
    root = os.path.dirname(os.path.abspath(fastpy.__file__))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if '__init__.py' not in filenames:
            dirnames[:] = []
            continue
        package = os.path.relpath(dirpath, os.path.dirname(root))
        package = package.replace(os.sep, '.')
        for filename in sorted(filenames):
            if filename.endswith('.py') and filename != '__init__.py':
                __import__(package + '.' + filename[:-3])
