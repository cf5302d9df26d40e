# Each block of a chained traceback has its markers.
d = {}
try:
    value = d["key"] * 2
except KeyError:
    result = [1, 2][d.get("k", 5)]
