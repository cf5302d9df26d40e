# ast.literal_eval: values and its errors
import ast


def clean(e):
    # drop the address from '<ast.Name object at 0x...>'
    s = str(e)
    i = s.find(' at 0x')
    if i >= 0:
        s = s[:i] + s[s.index('>', i):]
    return s


for s in ['1', '-2.5', '+3', '1+2j', '-1-2j', "'abc'", "b'x'", '[1, (2, 3), {4}]',
          "{'a': 1, 'b': [None, True, False]}", 'set()', '()', '...',
          '  42', '\t[1,\n 2]', '0x10', '1_000', '{1: {2: 3}}', 'frozenset',
          'x', '1 + x', 'f(1)', '[1, *a]', '{**d}', 'set(1)', '2 ** 3',
          '"a" + "b"', '1 +', '-"a"', '1 - 1j', '1j + 1', '{[1]: 2}',
          'None', '-(1)', '- -1']:
    try:
        print(repr(s), '->', repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), '!', type(e).__name__, clean(e))

print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print(clean(e))
