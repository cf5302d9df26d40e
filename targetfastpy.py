"""Translation target for the RPython toolchain:

    python2.7 -m rpython --opt=jit targetfastpy.py [--no-refcount]

--no-refcount builds the ablation binary with reference counting compiled
out (fastpy/config.py: REFCOUNT), to measure what counting costs.
"""

from fastpy import config
from fastpy.main import main


def entry_point(argv):
    return main(argv)


def preload_interpreter():
    from fastpy.preload import import_all_modules
    import_all_modules()


def target(driver, args):
    driver.exe_name = 'fastpy-c'
    if '--no-refcount' in args:
        # Read as a constant by the annotator, which runs after this.
        config.REFCOUNT = False
        driver.exe_name = 'fastpy-norefcount-c'
    preload_interpreter()
    return entry_point, None


def jitpolicy(driver):
    from fastpy.jitpolicy import FastpyJitPolicy
    return FastpyJitPolicy()
