print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "+".join(str(i) for i in range(4)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "-".join(5)
except TypeError as e:
    print(e)
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", 98: None}) == {97: "1", 98: None})
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
