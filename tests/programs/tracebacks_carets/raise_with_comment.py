# A trailing comment is part of the line: the span no longer covers it
# all, so the marker appears.
def f():
    raise ValueError("bad value")  # explain


f()
