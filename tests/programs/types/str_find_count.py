s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("x"), s.find("o", 5, 8), s.find("", 100), s.find("", 18))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("l", 5), s.count(""), "".count(""), s.count("hello", 0, 5))
print(s.startswith("hello"), s.startswith(("x", "he")), s.startswith("world", 6), s.endswith("hello"), s.endswith("lo", 0, 5))
try:
    s.index("zz")
except ValueError as e:
    print(e)
try:
    s.rindex("zz")
except ValueError as e:
    print(e)
try:
    s.startswith(1)
except TypeError as e:
    print(e)
try:
    s.find(1)
except TypeError as e:
    print(e)
