"""SyntaxError objects for the errors of the tokenizer, the parser and the
compiler (CPython 3.11's fields: msg, filename, lineno, offset, text,
end_lineno, end_offset; parser/errorpos.py computes them), and the
decoding of source bytes that compile() and imports do first (PEP 263:
parser/coding.py finds the encoding, the codec registry decodes)."""

from fastpy.interpreter.error import OperationError
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.parser import errorpos, coding


class SourceDecodeError(Exception):
    """The source bytes could not be decoded: CPython's tokenizer fails
    before reading a token (_PyPegen_raise_tokenizer_init_error)."""

    def __init__(self, msg, encoding):
        self.msg = msg
        self.encoding = encoding    # '' for a BOM that contradicts a cookie


def decode_source(source):
    """(UTF-8 text, has_encoding) of source bytes: decoded from the
    encoding their coding cookie names, if other than UTF-8.
    has_encoding: the tokenizer knows the encoding (a BOM or a cookie),
    which makes the parser's offsets count characters."""
    text = errorpos.normalize_newlines(source)
    try:
        has_bom, encoding = coding.find_encoding(text)
    except coding.CodingError as e:
        raise SourceDecodeError(e.msg, '')
    if encoding == '' or encoding == 'utf-8':
        return source, has_bom or encoding != ''
    from fastpy.objspace import codecs
    from fastpy.objspace.strobject import str_to_utf8
    try:
        u = codecs.decode(text, encoding, 'strict')
    except OperationError as e:
        if not (e.match(exc.w_LookupError) or e.match(exc.w_ValueError) or
                e.match(exc.w_SyntaxError)):
            raise
        msg = str_to_utf8(space.str_u(e.w_exc))
        refcount.discard(e.w_exc)
        raise SourceDecodeError(msg, encoding)
    return str_to_utf8(u), True


def decode_error(e, path):
    """SyntaxError(msg, (filename, 0, -1, None)) of a SourceDecodeError."""
    from fastpy.objspace.intobject import newint
    from fastpy.objspace.tupleobject import newtuple
    w_details = newtuple([space.newtext(path), newint(0), newint(-1),
                          space.w_None])
    return OperationError(exc.W_BaseException(
        exc.w_SyntaxError, [space.newtext(e.msg), w_details]))


def error_type(e):
    """The class of a ParseError."""
    kind = e.kind()
    if kind == 'TabError':
        return exc.w_TabError
    if kind == 'IndentationError':
        return exc.w_IndentationError
    return exc.w_SyntaxError


def parse_syntax_error(e, path, source, has_encoding, file_source):
    """The OperationError of a ParseError (see errorpos.locate)."""
    loc = errorpos.locate(e, source, has_encoding, file_source)
    return make_syntax_error(error_type(e), e.msg, path, loc)


def compile_syntax_error(e, path):
    """The OperationError of a CompileError: CPython takes the text from
    the file the filename names, if it can read it."""
    from fastpy.interpreter.importing import read_file_or_none
    loc = errorpos.locate_compile_error(e, read_file_or_none(path))
    return make_syntax_error(exc.w_SyntaxError, e.msg, path, loc)


def _int_or_none(value):
    from fastpy.objspace.intobject import newint
    if value == errorpos.END_NONE:
        return space.w_None
    return newint(value)


def make_syntax_error(w_type, msg, path, loc):
    from fastpy.objspace.intobject import newint
    from fastpy.objspace.tupleobject import newtuple
    w_text = space.w_None
    if loc.text is not None:
        w_text = space.newtext(loc.text)
    w_details = newtuple([space.newtext(path), newint(loc.lineno),
                          newint(loc.offset), w_text,
                          _int_or_none(loc.end_lineno),
                          _int_or_none(loc.end_offset)])
    return OperationError(exc.W_BaseException(
        w_type, [space.newtext(msg), w_details]))
