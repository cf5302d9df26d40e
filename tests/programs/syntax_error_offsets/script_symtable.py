# Symbol table errors: AST columns, in bytes.
def f():
    α = 1; from x import *
