"""Translation target for the RPython toolchain:

    python2.7 -m rpython --opt=jit targetfastpy.py
"""

from fastpy.main import main


def entry_point(argv):
    return main(argv)


def target(driver, args):
    driver.exe_name = 'fastpy-c'
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()
