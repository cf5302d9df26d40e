"""SyntaxWarnings found while tokenizing and compiling source.

CPython's tokenizer and compiler call warnings.warn_explicit() the moment
they find a doubtful construct; fastpy's tokenizer, parser and compiler
run without calling back into Python code, so they record each warning
here and compile() issues them, in order, once its work is done
(modules/compilebuiltin.py).  A warning the filters turn into an
exception becomes a SyntaxError at the warning's position, as in
CPython."""


class PendingWarning(object):
    """`from_tokenizer`: CPython reports it as a tokenizer error (with the
    source line as the text) when the filters turn it into one."""

    def __init__(self, msg, lineno, col, from_tokenizer):
        self.msg = msg
        self.lineno = lineno
        self.col = col
        self.from_tokenizer = from_tokenizer
        # a DeprecationWarning (an invalid escape in a string literal),
        # reported as an error at the whole token [lineno, col,
        # end_lineno, end_col)
        self.deprecation = False
        self.end_lineno = -1
        self.end_col = -1


class _Pending(object):
    def __init__(self):
        self.warnings = []


pending = _Pending()


def warn(msg, lineno, col, from_tokenizer=False):
    pending.warnings.append(PendingWarning(msg, lineno, col, from_tokenizer))


def warn_escape(msg, tok):
    """CPython's warn_invalid_escape_sequence for the literal token `tok`
    (nothing when msg is None)."""
    if msg is None:
        return
    w = PendingWarning(msg, tok.lineno, tok.col, True)
    w.deprecation = True
    w.end_lineno = tok.end_lineno
    w.end_col = tok.end_col
    pending.warnings.append(w)


def take():
    """The warnings recorded so far, forgetting them."""
    result = pending.warnings
    pending.warnings = []
    return result
