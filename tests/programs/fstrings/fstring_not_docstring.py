f"""mod doc"""
print(__doc__)
class C:
    f"""cdoc"""
print(C.__doc__)
def g():
    f"""gdoc"""
print(g.__doc__)
def h():
    """a""" f""
print(h.__doc__)
def k():
    """real"""
print(k.__doc__)
