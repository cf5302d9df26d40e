import tokenize, io, token
src = b'''# comment
def f(a, b=2):
    """doc"""
    return a + b * 3.5  # trailing

x = f(1) if True else [1, 2,
    3]
s = 'str' f"{x}"
'''
for tok in tokenize.tokenize(io.BytesIO(src).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
toks = list(tokenize.generate_tokens(io.StringIO('a = (1 +\n 2)\n').readline))
print([(token.tok_name[t.exact_type], t.string) for t in toks])
print(tokenize.untokenize([(t.type, t.string) for t in toks]))
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.EXACT_TOKEN_TYPES['+='] == token.PLUSEQUAL)
