s = "  a b\tc\n d  "
print(s.split(), s.split(None, 2), s.rsplit(None, 2), s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(), "".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "x".rsplit("x"))
print("l1\nl2\r\nl3\rl4\x0bl5\u2028l6".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    "a".split(1)
except TypeError as e:
    print(e)
try:
    "a".partition("")
except ValueError as e:
    print(e)
