"""The python3-compatible command line.

    fastpy FILE [ARGS]      run a program
    fastpy -c CODE [ARGS]   run CODE
    fastpy [-]              run the program read from stdin (an interactive
                            prompt when stdin is a terminal)
    fastpy --jit PARAMS     set JIT parameters (e.g. threshold=200, or off)
    fastpy --version | -V   print the version
"""

import os

from rpython.rlib import jit

from fastpy import version
from rpython.rlib import rstack
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from fastpy.parser.parser import parse, ParseError, ParserStackError
from fastpy.compiler.codegen import compile_module, CompileError
from fastpy.compiler import limits
from fastpy.compiler.limits import CompileRecursionError
from fastpy.interpreter.error import OperationError
from fastpy.interpreter.eval import ec, execute_frame
from fastpy.interpreter.frame import Frame
from fastpy.interpreter.jitdriver import jitdriver
from fastpy.interpreter import traceback
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.dictobject import new_module_dict
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.tupleobject import newtuple
from fastpy.modules import builtins, outstream
from fastpy.modules.sysmodule import make_sys_module
from fastpy.modules.timemodule import make_time_module

USAGE = """usage: fastpy [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-V     : print the Python version number and exit (also --version)
--jit PARAM=VALUE,... : set JIT parameters ('off' disables the JIT)
-h     : print this help message and exit (also --help)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""


class UsageError(Exception):
    def __init__(self, msg):
        self.msg = msg


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        chunks = []
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return ''.join(chunks)


def read_line(prompt):
    """One line from stdin (with its newline), or None at end of input."""
    outstream.stdout.write(prompt)
    outstream.stdout.flush()
    chars = []
    while True:
        try:
            c = os.read(0, 1)
        except OSError:
            return None
        if not c:
            if not chars:
                return None
            break
        chars.append(c)
        if c == '\n':
            break
    return ''.join(chars)


def read_stdin():
    chunks = []
    while True:
        try:
            data = os.read(0, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    return ''.join(chunks)


class Interpreter(object):
    """One run of a program: builtins, modules, and the __main__ dict."""

    def __init__(self, argv):
        ec.w_builtins = builtins.make_builtins_dict()
        refcount.incref(ec.w_builtins)
        ec.modules = {}
        ec.modules['sys'] = make_sys_module(argv)
        ec.modules['time'] = make_time_module()
        self.w_main = new_module_dict()
        refcount.incref(self.w_main)     # held by the __main__ module
        self.w_main.setitem_str('__name__', space.newtext('__main__'))
        self.main_code = None
        self.exit_requested = -1     # set by SystemExit in the REPL

    def run_source(self, source, filename, interactive=False):
        """Compile and run; return the exit status."""
        if not filename.startswith('<'):
            # CPython shows source lines for files, not for -c or stdin.
            traceback.sources.add(filename, source)
        bad = first_invalid_utf8(source)
        if bad >= 0:
            lineno = source.count('\n', 0, bad) + 1
            outstream.write_stderr(
                "SyntaxError: Non-UTF-8 code starting with '\\x%s' in file %s"
                " on line %d, but no encoding declared; see "
                "https://peps.python.org/pep-0263/ for details\n" %
                (_hex2(ord(source[bad])), absolute_path(filename), lineno))
            return 1
        try:
            module = parse(source)
            code = compile_module(module, filename, interactive)
        except ParserStackError:
            outstream.write_stderr("MemoryError\n")
            return 1
        except CompileRecursionError as e:
            outstream.write_stderr("RecursionError: %s\n" % e.msg)
            return 1
        except StackOverflow:
            # Only when the counters of parser.py/limits.py missed a case.
            check_stack_overflow()
            outstream.write_stderr("RecursionError: %s\n" %
                                   limits.RECURSION_MSG)
            return 1
        except MemoryError:
            outstream.write_stderr("MemoryError\n")
            return 1
        except ParseError as e:
            outstream.write_stderr(traceback.format_syntax_error(
                e.kind(), e.msg, filename, e.lineno, e.col, source))
            return 1
        except CompileError as e:
            outstream.write_stderr(traceback.format_syntax_error(
                'SyntaxError', e.msg, filename, e.lineno, e.col, source))
            return 1
        self.main_code = code
        frame = Frame(code, self.w_main)
        try:
            refcount.discard(execute_frame(frame))
        except OperationError as e:
            return self.report(e)
        return 0

    def repl(self):
        """The interactive loop: read a statement (more lines while it is
        a compound statement), run it, print expression values."""
        outstream.stdout.write("Python %s (fastpy %s)\nType \"help\", "
                               "\"copyright\", \"credits\" or \"license\" "
                               "for more information.\n" %
                               (version.PYTHON_VERSION,
                                version.FASTPY_VERSION))
        while True:
            line = read_line(">>> ")
            if line is None:
                outstream.stdout.write("\n")
                outstream.stdout.flush()
                return 0
            source = line
            if line.rstrip().endswith(':'):
                while True:
                    more = read_line("... ")
                    if more is None or more.strip() == '':
                        break
                    source += more
            if source.strip() == '':
                continue
            self.run_source(source, "<stdin>", interactive=True)
            if self.exit_requested >= 0:
                return self.exit_requested

    def report(self, operr):
        """Print an uncaught exception; return the exit status.  The
        exception is a temporary: it is released afterwards."""
        status = self._report(operr)
        refcount.discard(operr.w_exc)
        return status

    def _report(self, operr):
        w_exc = operr.w_exc
        if operr.match(exc.w_SystemExit):
            args_w = w_exc.args_w
            if len(args_w) == 0 or args_w[0] is space.w_None:
                self.exit_requested = 0
                return 0
            w_code = args_w[0]
            if len(args_w) > 1:
                w_code = newtuple(list(args_w))
            if isinstance(w_code, W_IntObject):
                self.exit_requested = w_code.intval
                return w_code.intval
            outstream.write_stderr(
                space.str_to_utf8(space.str_u(w_code)) + '\n')
            self.exit_requested = 1
            return 1
        outstream.write_stderr(traceback.format_exception(operr))
        return 1


def first_invalid_utf8(s):
    """Position of the first byte that is not valid UTF-8, or -1."""
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            i += 1
            continue
        if 0xc2 <= c <= 0xdf:
            need = 1
        elif 0xe0 <= c <= 0xef:
            need = 2
        elif 0xf0 <= c <= 0xf4:
            need = 3
        else:
            return i
        for k in range(1, need + 1):
            if i + k >= n or not (0x80 <= ord(s[i + k]) <= 0xbf):
                return i
        i += need + 1
    return -1


def absolute_path(path):
    if path.startswith('/') or path.startswith('<'):
        return path
    try:
        return os.getcwd() + '/' + path
    except OSError:
        return path


def _hex2(c):
    digits = '0123456789abcdef'
    return digits[c >> 4] + digits[c & 15]


def is_terminal(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


def parse_command_line(argv):
    """Return (mode, payload, program_argv) with mode 'file', 'command',
    'stdin', 'version' or 'help'."""
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '--version' or arg == '-V':
            return 'version', '', []
        if arg == '-h' or arg == '--help':
            return 'help', '', []
        if arg == '--jit':
            if i + 1 >= len(argv):
                raise UsageError("Argument expected for the --jit option")
            jit.set_user_param(jitdriver, argv[i + 1])
            i += 2
            continue
        if arg.startswith('--jit='):
            jit.set_user_param(jitdriver, arg[len('--jit='):])
            i += 1
            continue
        if arg == '-c':
            if i + 1 >= len(argv):
                raise UsageError("Argument expected for the -c option")
            assert i >= 0
            return 'command', argv[i + 1], ['-c'] + argv[i + 2:]
        if arg.startswith('-c'):
            return 'command', arg[2:], ['-c'] + argv[i + 1:]
        if arg == '-':
            assert i >= 0
            return 'stdin', '', ['-'] + argv[i + 1:]
        if arg.startswith('-') and len(arg) > 1:
            raise UsageError("Unknown option: %s" % arg)
        assert i >= 0
        return 'file', arg, argv[i:]
    return 'stdin', '', ['']


# The C stack RPython lets fastpy use before StackOverflow, as a multiple
# of its default 768 KB (the main thread usually has 8 MB): room for the
# nesting the parser and compiler counters allow (parser.py MAXSTACK,
# compiler/limits.py) and for RECURSION_LIMIT Python calls, so that bad
# input is decided by those counters, not by the host stack.
STACK_FRACTION = 4.0


def main(argv):
    rstack._stack_set_length_fraction(STACK_FRACTION)
    outstream.stdout.setup()
    try:
        mode, payload, program_argv = parse_command_line(argv)
    except UsageError as e:
        outstream.write_stderr("%s\nusage: fastpy [option] ... [-c cmd | "
                               "file | -] [arg] ...\nTry `fastpy -h' for "
                               "more information.\n" % e.msg)
        return 2
    if mode == 'version':
        outstream.stdout.write("Python %s (fastpy %s)\n" %
                               (version.PYTHON_VERSION,
                                version.FASTPY_VERSION))
        outstream.stdout.flush()
        return 0
    if mode == 'help':
        outstream.stdout.write(USAGE)
        outstream.stdout.flush()
        return 0
    if mode == 'file':
        try:
            source = read_file(payload)
        except OSError as e:
            outstream.write_stderr(
                "%s: can't open file '%s': [Errno %d] %s\n" %
                (argv[0], absolute_path(payload), e.errno,
                 os.strerror(e.errno)))
            return 2
        filename = payload
    elif mode == 'command':
        source = payload
        filename = '<string>'
    else:
        if mode == 'stdin' and len(program_argv) == 1 and \
                program_argv[0] == '' and is_terminal(0):
            status = Interpreter(program_argv).repl()
            outstream.stdout.flush()
            return status
        source = read_stdin()
        filename = '<stdin>'
    interp = Interpreter(program_argv)
    status = interp.run_source(source, filename)
    outstream.stdout.flush()
    return status


if __name__ == '__main__':
    # Untranslated run on top of Python 2.7, for quick experiments:
    #   python2.7 -m fastpy.main prog.py
    import sys
    sys.setrecursionlimit(100000)
    sys.exit(main(sys.argv))
