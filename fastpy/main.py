"""Running a program the way python3 does: the entry point `main(argv)`
(options in cmdline.py), the Interpreter (builtins, sys, __main__) and
the three ways in: a file or command (`run_source`), a module (`-m`,
`run_module`) and the interactive prompt (repl.py).
"""

import os

from rpython.rlib import jit

from fastpy import version
from fastpy import cmdline, repl
from rpython.rlib import rstack
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from fastpy.parser.parser import parse, ParseError, ParserStackError
from fastpy.parser import syntaxwarn
from fastpy.parser import errorpos
from fastpy.compiler.codegen import compile_module, CompileError
from fastpy.compiler import limits
from fastpy.compiler.limits import CompileRecursionError
from fastpy.interpreter.error import OperationError
from fastpy.interpreter.eval import ec, execute_frame
from fastpy.interpreter.frame import Frame
from fastpy.interpreter.jitdriver import jitdriver
from fastpy.interpreter import traceback
from fastpy.objspace import space, refcount, methodcache
from fastpy.objspace import exceptions as exc
from fastpy.objspace.dictobject import new_module_dict
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.tupleobject import newtuple
from fastpy.modules import builtins, outstream, atexitmodule, sysmodule
from fastpy.modules import signalmodule
from fastpy.objspace import finalizer
from fastpy.modules.sysmodule import make_sys_module
from fastpy.interpreter import importing, stdlibpath
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.hexdigit import hex2

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


BUILTINS_DOC = ("Built-in functions, exceptions, and other objects.\n\n"
                "Noteworthy: None is the `nil' object; Ellipsis represents "
                "`...' in slices.")


class Interpreter(object):
    """One run of a program: builtins, modules, and the __main__ dict."""

    def __init__(self, argv, path0=''):
        # Entries left by lookups while the builtin types were being
        # set up (some dicts were filled after) are dropped.
        methodcache.clear()
        ec.w_builtins = builtins.make_builtins_dict()
        refcount.incref(ec.w_builtins)
        stdlib_dir = stdlibpath.find_stdlib()
        use_env = not cmdline.current.options.ignore_environment
        w_sys = make_sys_module(argv, stdlibpath.initial_path(
            path0, stdlib_dir, use_env), stdlib_dir)
        w_modules = w_sys.w_dict.getitem_str('modules')
        assert isinstance(w_modules, W_DictObject)
        importing.setup(w_sys, w_modules, stdlib_dir)
        w_modules.setitem_str('sys', w_sys)
        w_b = ec.w_builtins
        w_b.setitem_str('__name__', space.newtext('builtins'))
        w_b.setitem_str('__doc__', space.newtext(BUILTINS_DOC))
        w_b.setitem_str('__package__', space.newtext(''))
        w_b.setitem_str('__loader__', space.w_None)
        w_b.setitem_str('__spec__', space.w_None)
        w_modules.setitem_str('builtins', W_Module('builtins', w_b))
        self.w_main = new_module_dict()
        self.w_main.setitem_str('__name__', space.newtext('__main__'))
        self.w_main.setitem_str('__doc__', space.w_None)
        self.w_main.setitem_str('__package__', space.w_None)
        self.w_main.setitem_str('__loader__', space.w_None)
        self.w_main.setitem_str('__spec__', space.w_None)
        self.w_main.setitem_str('__builtins__', w_modules.getitem_str(
            'builtins'))
        w_modules.setitem_str('__main__', W_Module('__main__', self.w_main))
        self.main_code = None
        self.exit_requested = -1     # set by SystemExit in the REPL
        self.interrupted = False     # ended by KeyboardInterrupt
        signalmodule.install_defaults()

    def run_source(self, source, filename, interactive=False):
        """Compile and run; return the exit status."""
        is_command = filename == '<string>'      # -c: a str, as CPython's
        try:
            source, has_encoding = decode_script(source, filename,
                                                 is_command)
        except ScriptDecodeError:
            return 1
        if not filename.startswith('<'):
            # CPython shows source lines for files, not for -c or stdin.
            traceback.sources.add(filename, source)
        syntaxwarn.take()
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
            if not self.issue_syntax_warnings(filename, source, e.lineno,
                                              e.col):
                return 1
            # a file's error line is read from the file (the script's
            # text); -c's from the tokenizer's copy, which ends in '\n'
            file_source = None if is_command else source
            loc = errorpos.locate(e, source + '\n', has_encoding,
                                  file_source)
            outstream.write_stderr(traceback.format_syntax_error(
                e.kind(), e.msg, filename, loc))
            return 1
        except CompileError as e:
            if not self.issue_syntax_warnings(filename, source, -1, -1):
                return 1
            loc = errorpos.locate_compile_error(
                e, None if is_command else source)
            outstream.write_stderr(traceback.format_syntax_error(
                'SyntaxError', e.msg, filename, loc))
            return 1
        if not self.issue_syntax_warnings(filename, source, -1, -1):
            return 1
        self.main_code = code
        frame = Frame(code, self.w_main)
        status = 0
        try:
            refcount.discard(execute_frame(frame))
        except OperationError as e:
            status = self.report(e)
        return status

    def run_module(self, name, executable):
        """`fastpy -m name`: run the module as __main__ (runpy's
        _run_module_as_main): a package runs its __main__ submodule.
        sys.argv[0] becomes the module's file."""
        try:
            spec = importing.find_main_spec(name)
        except OperationError as e:
            msg = space.str_to_utf8(space.str_u(e.w_exc))
            outstream.write_stderr("%s: Error while finding module "
                                   "specification for '%s' (%s: %s)\n" %
                                   (executable, name, e.w_exc.gettype().name,
                                    msg))
            refcount.discard(e.w_exc)
            return 1
        if spec is None or spec.kind == importing.Spec.BUILTIN or \
                spec.kind == importing.Spec.NAMESPACE:
            outstream.write_stderr("%s: No module named %s\n" %
                                   (executable, name))
            return 1
        if spec.kind == importing.Spec.PACKAGE:
            main_name = spec.name + '.__main__'
            main_spec = importing.find_spec(main_name,
                                            spec.search_locations)
            if main_spec is None:
                outstream.write_stderr(
                    "%s: No module named %s; '%s' is a package and cannot "
                    "be directly executed\n" % (executable, main_name,
                                                 spec.name))
                return 1
            try:
                importing.gcd_import(spec.name)
            except OperationError as e:
                return self.report(e)
            spec = main_spec
        source = importing.read_file_or_none(spec.origin)
        if source is None:
            outstream.write_stderr("%s: No module named %s\n" %
                                   (executable, name))
            return 1
        w_argv = importing.state.w_sys.w_dict.getitem_str('argv')
        if isinstance(w_argv, W_ListObject) and w_argv.length() > 0:
            w_argv.setitem(0, space.newtext(spec.origin))
        importing.prepare_main(self.w_main, spec)
        return self.run_source(source, spec.origin)

    def shutdown(self):
        """CPython's Py_FinalizeEx, once, after the program and the -i
        session: the atexit functions, then __del__ of the objects still
        alive (finalizer.py); main() flushes the streams after this."""
        atexitmodule.run_exitfuncs()
        finalizer.finalize_at_exit()

    def repl(self, quiet=False):
        """The interactive prompt (repl.py); returns the exit status."""
        status = repl.run(self, quiet)
        return status

    def issue_syntax_warnings(self, filename, source, end_lineno, end_col):
        """The SyntaxWarnings of the program's source (compilebuiltin.py);
        False when one of them was raised (and reported)."""
        from fastpy.modules.compilebuiltin import issue_syntax_warnings
        try:
            issue_syntax_warnings(filename, source, end_lineno, end_col)
        except OperationError as e:
            self.report(e)
            return False
        return True

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
        if operr.match(exc.w_KeyboardInterrupt):
            self.interrupted = True
        outstream.write_stderr(traceback.format_exception(operr))
        return 1


class ScriptDecodeError(Exception):
    """The script's bytes cannot be decoded (the error is written)."""


def decode_script(source, filename, is_command):
    """(UTF-8 text, has_encoding) of a script's bytes, decoded from the
    encoding its coding cookie names (PEP 263); ScriptDecodeError when
    they cannot be, the error written as CPython's file tokenizer reports
    it.  -c's text is a str: no cookie counts, its encoding is known."""
    from fastpy.parser import coding
    if is_command:
        _check_utf8(source, filename)
        return source, True
    try:
        has_bom, encoding = coding.find_encoding(
            errorpos.normalize_newlines(source))
    except coding.CodingError as e:
        outstream.write_stderr("SyntaxError: %s\n" % e.msg)
        raise ScriptDecodeError()
    if encoding == '':
        _check_utf8(source, filename)
        return source, has_bom
    if encoding == 'utf-8':
        return source, True
    from fastpy.interpreter import syntaxerror
    try:
        return syntaxerror.decode_source(source)
    except syntaxerror.SourceDecodeError:
        # fp_setreadl: the file cannot be read in that encoding
        outstream.write_stderr("SyntaxError: encoding problem: %s\n" %
                               encoding)
        raise ScriptDecodeError()


def _check_utf8(source, filename):
    """Without a coding cookie the source must be UTF-8."""
    bad = first_invalid_utf8(source)
    if bad < 0:
        return
    lineno = source.count('\n', 0, bad) + 1
    outstream.write_stderr(
        "SyntaxError: Non-UTF-8 code starting with '\\x%s' in file %s on "
        "line %d, but no encoding declared; see "
        "https://peps.python.org/pep-0263/ for details\n" %
        (hex2(ord(source[bad])), absolute_path(filename), lineno))
    raise ScriptDecodeError()


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


def is_terminal(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


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
        opts = cmdline.parse(argv, jitdriver)
    except cmdline.UsageError as e:
        outstream.write_stderr("%s\n%sTry `fastpy -h' for more "
                               "information.\n" % (e.msg,
                                                    cmdline.USAGE_LINE))
        return 2
    except cmdline.ConfigError as e:
        outstream.write_stderr("Fatal Python error: %s: %s\nPython runtime "
                               "state: preinitialized\n\n" %
                               (e.function, e.msg))
        return 1
    if opts.unbuffered:
        outstream.stdout.set_unbuffered()
    mode = opts.mode
    payload = opts.payload
    program_argv = opts.program_argv
    if mode == 'version':
        outstream.stdout.write("Python %s (fastpy %s)\n" %
                               (version.PYTHON_VERSION,
                                version.FASTPY_VERSION))
        outstream.stdout.flush()
        return 0
    if mode == 'help':
        outstream.stdout.write(cmdline.HELP)
        outstream.stdout.flush()
        return 0
    # sys.path[0]: the script's directory, '' for -c, stdin and the REPL,
    # the current directory for -m; none at all with -P / -I.
    path0 = ''
    if mode == 'file':
        try:
            source = read_file(payload)
        except OSError as e:
            outstream.write_stderr(
                "%s: can't open file '%s': [Errno %d] %s\n" %
                (argv[0], absolute_path(payload), e.errno,
                 os.strerror(e.errno)))
            return 2
        if opts.skip_first_line:
            # -x: the first line goes, its newline stays (line numbers).
            end = source.find('\n')
            source = source[end:] if end >= 0 else ''
        # CPython: __file__ and tracebacks show the path made absolute,
        # sys.path[0] is the script's directory, normalized.
        filename = absolute_path(payload)
        path0 = stdlibpath.normalize(importing.dirname(filename))
    elif mode == 'command':
        source = payload
        filename = '<string>'
    elif mode == 'module':
        path0 = stdlibpath.normalize('.')
        source = ''
        filename = ''
    else:
        source = ''
        filename = '<stdin>'
    if opts.safe_path:
        path0 = None
    sysmodule.set_command_line(argv)
    interp = Interpreter(program_argv, path0)
    if mode == 'module':
        status = interp.run_module(payload, argv[0])
    elif mode == 'stdin' and (opts.inspect or (
            len(program_argv) == 1 and is_terminal(0))):
        status = interp.repl(opts.quiet)
        opts.inspect = 0
    else:
        if mode == 'stdin':
            source = read_stdin()
        if mode == 'file':
            interp.w_main.setitem_str('__file__', space.newtext(filename))
        status = interp.run_source(source, filename)
    if opts.inspect and interp.exit_requested < 0:
        status = interp.repl(True)
    interp.shutdown()
    from fastpy.modules.iomodule import flush_at_exit
    flush_at_exit()     # sys.stdout/stderr, open files (_io)
    outstream.stdout.flush()
    if interp.interrupted:
        signalmodule.exit_by_sigint()
        return 130
    return status


if __name__ == '__main__':
    # Untranslated run on top of Python 2.7, for quick experiments:
    #   python2.7 -m fastpy.main prog.py
    import sys
    sys.setrecursionlimit(100000)
    sys.exit(main(sys.argv))
