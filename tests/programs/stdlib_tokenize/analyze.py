import tokenize, io, token, keyword
from collections import Counter
src = '''import os
def area(r):
    # compute area
    return 3.14159 * r ** 2
class Circle:
    def __init__(self, r=1.0):
        self.r = r  # radius
print(area(2), "done", f'{1+1}')
'''
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
kinds = Counter(token.tok_name[t.type] for t in toks)
print(sorted(kinds.items()))
print([t.string for t in toks if t.type == token.NAME and keyword.iskeyword(t.string)])
print([t.string for t in toks if t.type == tokenize.COMMENT])
print([t.string for t in toks if t.type == token.NUMBER], [t.string for t in toks if t.type == token.STRING])
names = Counter(t.string for t in toks if t.type == token.NAME and not keyword.iskeyword(t.string))
print(names.most_common(3))
ops = [token.tok_name[t.exact_type] for t in toks if t.type == token.OP]
print(ops[:12])
stripped = tokenize.untokenize(t for t in toks if t.type != tokenize.COMMENT)
print(stripped)
print(max(t.end[0] for t in toks), toks[-1].type == token.ENDMARKER)
