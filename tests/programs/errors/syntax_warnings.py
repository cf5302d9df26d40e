# SyntaxWarnings of the tokenizer (a number run into a keyword) and the
# compiler (assert of a tuple, `is` with a literal, a missed comma), and
# the SyntaxError each becomes under the "error" filter.
import warnings
SOURCES = ['0xfor x','y = 1if x else y','x = [(1,2) (3,4)]', 'x = (y is 1)', 'if 1:\n  assert (x, 1)', 'x = f(1 is y)', '[None [i]]', '[[1] [1,2]]','x is not ()', 'x = 1\nx is 1 +', 'x is 1; 1 +', 'x = 1; 0xfor x; 1 +', 'def f():\n  x is 1\n  nonlocal q',
 'x is y is 1', 'x is f"a"', 'x is f"{a}"', 'x is None', 'x is ...', 'x is True', 'x is -1', 'x is (1, (2,))', 'x is (1, y)',
 '[f"{x}" (3, 4)]', '[f"x" (3, 4)]', '[lambda: 1 [1]]', '[(lambda: 1) [1]]', '[[1, 2] [f"{x}"]]', '[[1, 2] [b"abc"]]', '[[1, 2] [12.3]]', '[[1,2] [1:2]]', '[[1,2] [True]]', '["abc" [i, j]]', '[(1, 2) [i, j]]', 'x[1,2] = 3', 'del [1][1,2]', '[1][1,2] += 3',
 'assert (x, "msg")', 'assert (False,)', 'assert ()', 'assert x, "msg"', '[{1: 2} (3, 4)]', '[... [i, j]]', '[{1} [1]]', '0xf⁄7', '1⁄7', '1is x', '0b1or x', '1jif x else y', '1.e3in x', '0xfnot in x', '[0xffor x in ()]', '0xfspam', '1and x',
 'def g():\n  x is 1\n  y is 2', 'class C:\n  x is 1']
for action in ['always', 'error']:
    print('---', action)
    for s in SOURCES:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(action, SyntaxWarning)
            try:
                compile(s, '<testcase>', 'exec')
                r = 'ok'
            except SyntaxError as e:
                r = 'SyntaxError: %s %s %s' % (e.msg, e.lineno, e.offset)
        print(repr(s), r, [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
