for src in ["x = (*a)", "x = (**a)", "print((**a))", "x = (*a,)", "(*a) = 1", "*a", "f'{*a}'", "f'{**a}'", "f((**a))", "x = (** a)", "x = (**a, b)"]:
    try:
        compile(src, "?", "exec")
        print(src, 'ok')
    except SyntaxError as e:
        print(src, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
