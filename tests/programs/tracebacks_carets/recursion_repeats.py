# Repeated frames fold into "[Previous line repeated N more times]";
# the markers stay on the lines that are shown.
def down(n):
    if n == 0:
        return [][n]
    return down(n - 1) * 2


down(12)
