"""Parsing the class statement (CPython 3.11's grammar):

    class_def: decorators? 'class' NAME ['(' [arguments] ')'] ':' block

The bases and keywords are parsed like a call's arguments (`*bases`,
`metaclass=M`, `**kw`).  A function taking the Parser, called from
parser.py."""

from fastpy.parser import ast


def class_def(p, decorators):
    tok = p.advance()                      # 'class'
    name = p.expect_name()
    bases = []
    kw_names = []
    kw_values = []
    kw_pos = []
    if p.at_op('('):
        p.advance()
        call = p.call_args(None, tok, False)
        bases = call.args
        kw_names = call.kw_names
        kw_values = call.kw_values
        kw_pos = call.kw_pos
    body = p.block_after(tok)
    node = ast.ClassDef(name, bases, kw_names, kw_values, body, decorators,
                        tok.lineno, tok.col)
    node.kw_pos = kw_pos
    return node
