# Columns are UTF-8 bytes in the code object; the markers count
# characters, east Asian wide ones (and emoji) as two columns.
def label(n):
    return "é" + n


def wide(n):
    return ("中文", "😀", "名前" + n)


try:
    label(1)
except TypeError as e:
    print("caught", e)
wide(2)
