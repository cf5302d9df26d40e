def level(n):
    if n == 0:
        raise IndexError('bottom')
    level(n - 1)
try:
    level(3)
except IndexError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines = lines + [tb.tb_lineno]
        tb = tb.tb_next
    print(lines)
