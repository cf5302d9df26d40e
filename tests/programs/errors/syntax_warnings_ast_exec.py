# ast.parse shows the tokenizer's SyntaxWarnings only (the compiler's
# come with code); exec and eval of a string show both.
import ast
import warnings

for action in ['always', 'error']:
    for how in ['ast', 'exec', 'eval']:
        for src in ['0xfor x', 'x is 1', '1if x else 2', '(1, 2)(3)']:
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter(action, SyntaxWarning)
                try:
                    x = 1
                    if how == 'ast':
                        ast.parse(src)
                    elif how == 'exec':
                        exec(src)
                    else:
                        eval(src)
                    r = 'ok'
                except SyntaxError as e:
                    r = 'SyntaxError: %s %s %s %s' % (e.msg, e.filename,
                                                      e.lineno, e.offset)
                except Exception as e:
                    r = type(e).__name__
            print(action, how, repr(src), r,
                  [(str(m.message), m.filename, m.lineno) for m in w])
