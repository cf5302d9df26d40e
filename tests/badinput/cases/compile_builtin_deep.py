for src, mode in [("-" * 4000 + "1", "eval"), ("not " * 7000 + "1", "exec"),
                  ("(" * 300 + ")" * 300, "exec"), ("x = " + "1+" * 5000 + "1", "exec")]:
    try:
        compile(src, "<s>", mode)
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__, e.args[:1])
