print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("\u3000 wide \u3000".strip() == "wide", "hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("ab".center(7, "*"), "ab".center(6), "abc".center(2), "ab".ljust(5, "."), "ab".rjust(5, "."), "42".zfill(5), "-42".zfill(6), "+7".zfill(1))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "x\ty\nab\tc".expandtabs(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "a".strip(5)
except TypeError as e:
    print(e)
