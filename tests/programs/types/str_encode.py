print("abc".encode(), "é".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "€".encode("utf8"))
print("x".encode(encoding="ascii"), "é".encode("ascii", errors="ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "x".encode("klingon")
except LookupError as e:
    print(e)
print(str(b"abc", "ascii"), str(b"h\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
