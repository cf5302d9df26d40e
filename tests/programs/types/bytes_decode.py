data = "héllo €".encode("utf-8")
print(data, data.decode(), data.decode("utf-8"), len(data))
print("héllo".encode("latin-1"), b"h\xe9llo".decode("latin-1"))
print(b"abc".decode("ascii"), "abc".encode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xe9".decode("ascii", "replace"), "aé€".encode("ascii", "replace"), "aé".encode("ascii", "ignore"))
print("a€".encode("ascii", "backslashreplace"), "a€".encode("ascii", "xmlcharrefreplace"))
for bad in [b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xc3"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    "xé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
try:
    b"x".decode("nope")
except LookupError as e:
    print(e)
