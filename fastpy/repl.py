"""The interactive prompt (`fastpy` on a terminal, `fastpy -i`).

As CPython's: the banner and the `>>> ` / `... ` prompts go to stderr; a
statement that is not complete yet (a compound statement, open brackets,
an unterminated triple-quoted string, a trailing backslash) reads more
lines, and a compound statement ends at an empty line; expression values
are printed with repr() and kept in `builtins._`; an uncaught exception
prints its traceback and the session goes on; end of input (Ctrl-D)
leaves with status 0, `exit()`/SystemExit with its status.
"""

import errno
import os

from fastpy import version
from fastpy.interpreter.error import OperationError
from fastpy.modules import outstream, signalmodule
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount


def read_line(prompt):
    """One line from stdin (with its newline), or None at end of input.
    The prompt goes to stderr, after stdout is flushed."""
    outstream.write_stderr(prompt)
    chars = []
    while True:
        # a Ctrl-C that came before the read blocks (after the prompt)
        signalmodule.check_pending()
        try:
            c = os.read(0, 1)
        except OSError as e:
            if e.errno == errno.EINTR:
                # Ctrl-C: the SIGINT handler raises KeyboardInterrupt
                signalmodule.run_handlers()
                continue
            return None
        if not c:
            if not chars:
                return None
            break
        chars.append(c)
        if c == '\n':
            break
    return ''.join(chars)


def open_brackets(source):
    """(depth of open brackets, inside a triple-quoted string, ends with
    a backslash continuation) at the end of source."""
    depth = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '#':
            while i < n and source[i] != '\n':
                i += 1
            continue
        if c == '"' or c == "'":
            if source[i:i + 3] == c * 3:
                end = source.find(c * 3, i + 3)
                while end > 0 and source[end - 1] == '\\':
                    end = source.find(c * 3, end + 1)
                if end < 0:
                    return depth, True, False
                i = end + 3
                continue
            i += 1
            while i < n and source[i] != c and source[i] != '\n':
                if source[i] == '\\':
                    i += 1
                i += 1
            i += 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        i += 1
    stripped = source.rstrip('\n')
    return depth, False, stripped.endswith('\\')


def first_line_opens_block(source):
    line = source.split('\n', 1)[0]
    i = line.find('#')
    if i >= 0:
        line = line[:i]
    line = line.rstrip()
    return line.endswith(':') or line.lstrip().startswith('@')


def sys_prompt(name):
    """str(sys.ps1) or str(sys.ps2); '' when it is missing or str() fails."""
    from fastpy.interpreter.error import OperationError
    from fastpy.interpreter.importing import state
    from fastpy.objspace import refcount
    from fastpy.objspace.space import str_u
    w_sys = state.w_sys
    if w_sys is None:
        return ''
    w_prompt = w_sys.w_dict.getitem_str(name)
    if w_prompt is None:
        return ''
    try:
        w_text = str_u(w_prompt)
    except OperationError as e:
        refcount.discard(e.w_exc)
        return ''
    return w_text.encode('utf-8')


def install_prompts():
    """CPython sets sys.ps1 and sys.ps2 when a session starts."""
    from fastpy.interpreter.importing import state
    from fastpy.objspace.space import newtext
    w_sys = state.w_sys
    if w_sys is None:
        return
    if w_sys.w_dict.getitem_str('ps1') is None:
        w_sys.w_dict.setitem_str('ps1', newtext('>>> '))
    if w_sys.w_dict.getitem_str('ps2') is None:
        w_sys.w_dict.setitem_str('ps2', newtext('... '))


def read_statement():
    """The source of the next statement, or None at end of input."""
    line = read_line(sys_prompt('ps1'))
    if line is None:
        return None
    source = line
    block = first_line_opens_block(source)
    while True:
        depth, in_string, backslash = open_brackets(source)
        if depth > 0 or in_string or backslash:
            more = read_line(sys_prompt('ps2'))
            if more is None:
                return source
            source += more
            continue
        if block:
            more = read_line(sys_prompt('ps2'))
            if more is None or more.strip() == '':
                return source
            source += more
            continue
        return source


def run(interp, quiet):
    """The loop; returns the exit status."""
    install_prompts()
    if not quiet:
        outstream.write_stderr(
            "Python %s (fastpy %s) on linux\nType \"help\", \"copyright\", "
            "\"credits\" or \"license\" for more information.\n" %
            (version.PYTHON_VERSION, version.FASTPY_VERSION))
    while True:
        try:
            source = read_statement()
        except OperationError as e:
            if not e.match(exc.w_KeyboardInterrupt):
                raise
            refcount.discard(e.w_exc)
            outstream.write_stderr("\nKeyboardInterrupt\n")
            continue
        if source is None:
            outstream.write_stderr("\n")
            return 0
        if source.strip() == '':
            continue
        interp.run_source(source, "<stdin>", interactive=True)
        if interp.exit_requested >= 0:
            return interp.exit_requested
