for s in ["*a,", "*a", " 1", "1\n\n", "1;", "1;2", "x = 3", "del x", "pass", "a += 1", "yield 1", "(yield)", "f(**a, *b)", "1\n2", "lambda: 1", "a := 1", "1,", "# c\n1", "\n1", "import x", "f'' = 3", "x:int", "if 1: pass", "1 1", "[x for x in y] = 1", "a.b = 1"]:
    try:
        compile(s, '<s>', 'eval')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ["x = 3", "1, 2", "f'' = 3", "del x", "a\n"]:
    try:
        print(eval(s, {'a': 5}))
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
