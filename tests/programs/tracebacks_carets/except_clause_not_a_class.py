# A clause whose type is not an exception class fails at the except line,
# with no markers (the clause spans its body).
def f():
    try:
        1/0
    except (ValueError, 42):  # not a class
        pass


f()
